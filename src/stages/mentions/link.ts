import type { ActorRef } from '../../doc/layers.ts';
import type { TokenTable } from '../../doc/tokens.ts';
import type { Candidate } from './candidate.ts';
import type { ActorLookup, RoleLookup } from './kb.ts';
import { GOVERNMENT_HEADS } from './nominal-resolve.ts';
import { officeIndex } from './offices.ts';

/**
 * Linking mentions to actors on the article's date. Names carry actor-base ids from the trie; an
 * ambiguous alias ("Brussels": EU, NATO, Belgium) takes the candidate the rest of the document names
 * unambiguously most often. Organisations named through a country ("the Russian Defence Ministry",
 * "the Kiev regime") get that country's government, sectored by their head noun.
 */
export class Linker {
  constructor(
    readonly kb: ActorLookup,
    readonly roles: RoleLookup | undefined,
    readonly date: string | undefined,
  ) {}

  linkNames(mentions: readonly Candidate[]): void {
    // Evidence is what the document names without ambiguity ("NATO"), not another "Brussels".
    const counts = new Map<string, number>();
    for (const m of mentions) {
      if (m.ids?.length !== 1 || this.kb.get(m.ids[0])?.ambiguous?.length) continue;
      counts.set(m.ids[0], (counts.get(m.ids[0]) ?? 0) + 1);
    }
    for (const m of mentions) {
      if (!m.ids?.length) continue;
      let id = m.ids[0];
      for (const other of m.ids) if ((counts.get(other) ?? 0) > (counts.get(id) ?? 0)) id = other;
      const rec = this.kb.get(id);
      for (const alt of rec?.ambiguous ?? []) if ((counts.get(alt) ?? 0) > (counts.get(id) ?? 0)) id = alt;
      m.actor = this.code(id);
      m.gender ??= this.kb.get(id)?.gender;
    }
  }

  code(id: string): ActorRef | undefined {
    const code = this.kb.code(id, this.date);
    if (!code) return undefined;
    const { id: cid, name, country, sector, wikidata, title } = code;
    return { id: cid, name, country, ...(sector ? { sector } : {}), ...(wikidata ? { wikidata } : {}), ...(title ? { title } : {}) };
  }

  /** "the Russian government", "Russia's Defence Ministry", "the Kiev regime": the country's government (or military). */
  institutionOf(m: Candidate, country: string | undefined, words: readonly string[]): ActorRef | undefined {
    if (!country || m.type !== 'ORG' || words.length === 0) return undefined;
    const head = words[words.length - 1];
    let sector = GOVERNMENT_HEADS.has(head) ? 'GOV' : undefined;
    // The longest ending the role list knows: "russian defence ministry" → "defence ministry" → GOV.
    for (let k = 0; k < words.length && !sector; k++) sector = this.roles?.sectorOf(words.slice(k).join(' ')) ?? undefined;
    if (!sector) return undefined;
    const government = sector === 'GOV' ? governmentsOf(this.kb).get(country) : undefined;
    if (government) return this.code(government);
    const state = this.kb.get(country);
    return { id: `${country}${sector}`, name: `${state?.name ?? country} ${sectorName(sector)}`, country, sector };
  }

  /** The one person holding the office on the article's date ("Russia's top diplomat" → its foreign minister). */
  officeHolder(title: string, country: string): ActorRef | undefined {
    if (title.startsWith('former ')) return undefined;
    const ids = officeIndex(this.kb).holders(title, country, this.date);
    return ids.length === 1 ? this.code(ids[0]) : undefined;
  }

  /** A surname alone, when the actor base has one person by it (or one holding office on the date). */
  /**
   * A surname alone ("Lavrov said"), when one person by that name holds office on the article's date, or
   * (without a date) one hand-curated person has it. Generated records hold thousands of surnames of
   * minor officials: a bare "Waters" or "Thompson" must not become one of them.
   */
  surname(word: string): ActorRef | undefined {
    const ids = this.kb.bySurname(word).filter((id) => lastName(this.kb.get(id)?.name) === word.toLowerCase());
    if (!this.date) {
      const trusted = ids.filter((id) => this.kb.get(id)?.source !== 'phoenix');
      return trusted.length === 1 ? this.code(trusted[0]) : undefined;
    }
    const day = this.date.slice(0, 10);
    const serving = ids.filter((id) => this.kb.get(id)?.roles?.some((r) => (r.start || r.end) && (!r.start || r.start <= day) && (!r.end || day <= r.end)));
    return serving.length === 1 ? this.code(serving[0]) : undefined;
  }
}

function lastName(name: string | undefined): string {
  const words = (name ?? '').toLowerCase().split(/\s+/);
  return words[words.length - 1];
}

const GOVERNMENTS = new WeakMap<ActorLookup, Map<string, string>>();

/** The actor base's government record of each country ("RUS" → the record the Kremlin names). */
function governmentsOf(kb: ActorLookup): Map<string, string> {
  let map = GOVERNMENTS.get(kb);
  if (!map) {
    map = new Map();
    for (const r of kb.records?.() ?? []) if (r.kind === 'government' && !map.has(r.country)) map.set(r.country, r.id);
    GOVERNMENTS.set(kb, map);
  }
  return map;
}

const SKIP = new Set(['the', 'a', 'an', "'s", "'", 'its', 'their']);

/** The words of a mention that can name an institution: "the Kiev regime" → kiev, regime. */
export function institutionWords(t: TokenTable, m: Candidate): string[] {
  return t.lower.slice(m.start, m.head + 1).filter((w) => !SKIP.has(w));
}

function sectorName(sector: string): string {
  switch (sector) {
    case 'GOV': return 'government';
    case 'MIL': return 'military';
    case 'LEG': return 'legislature';
    case 'JUD': return 'judiciary';
    case 'COP': return 'police';
    default: return sector;
  }
}
