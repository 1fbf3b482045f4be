import type { TokenTable } from '../../doc/tokens.ts';
import type { Candidate } from './candidate.ts';
import type { EntityState } from './entity-state.ts';

/** Bodies that serve the person who owns them: "Pashinyan's office", "the president's administration". */
const OFFICE_BODIES = new Set(['office', 'administration', 'government', 'cabinet', 'staff', 'team']);

/**
 * "According to Pashinyan's office, …": an office named through its holder serves the post the holder holds, so it is
 * coded as the holder is (ARM GOV for an Armenian prime minister), not as the person. Runs once the holders' titles
 * have set their codes (person-link.ts applyTitles).
 */
export function linkOfficeBodies(t: TokenTable, candidates: readonly Candidate[], entityOf: ReadonlyMap<Candidate, EntityState>): void {
  for (const m of candidates) {
    const q = m.form === 'nominal' && m.type === 'ORG' && !m.actor && OFFICE_BODIES.has(t.lower[m.head]) ? m.qualifier : undefined;
    if (q?.type !== 'PERSON') continue;
    const holder = entityOf.get(q)?.actor;
    if (!holder?.sector) continue;
    m.actor = { id: `${holder.country}${holder.sector}`, name: `${holder.name}'s ${t.lower[m.head]}`, country: holder.country, sector: holder.sector };
    const own = entityOf.get(m);
    if (own && !own.actor) own.actor = m.actor;
  }
}
