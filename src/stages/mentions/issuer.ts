import type { Candidate } from './candidate.ts';
import type { TokenCues } from './cues.ts';
import { saysFirstPerson, type EntityState } from './entity-state.ts';

/** How many sentences from the top the issuer of a statement is looked for in. */
const ISSUER_SENTENCES = 3;

/**
 * Who "we" and "I" are in a statement written in its issuer's own voice: a communiqué, a press release or a
 * speech quotes no one ("We call on Russia to cease its attacks", "I will veto this law"). In a text with no
 * quotation marks at all, a first-person pronoun is the issuer named at the top, as the subject of an opening
 * sentence ("The foreign ministers of France, Germany and the United Kingdom condemn …") or after "by" in the title
 * ("Joint statement by the G7 foreign ministers"). A news report quotes its speakers, so there this finds nothing.
 */
export function issuerEntity(c: TokenCues, m: Candidate, mentions: readonly Candidate[], entityOf: Map<Candidate, EntityState>): EntityState | undefined {
  if (m.inQuote || c.inQuote.includes(1)) return undefined;
  const t = c.tokens;
  for (const x of mentions) {
    if (t.sentence[x.start] >= ISSUER_SENTENCES || x.start >= m.start) break;
    if (x.form === 'pronoun' || !(x.subject || t.lower[x.start - 1] === 'by' || t.lower[x.start - 2] === 'by')) continue;
    const e = entityOf.get(x);
    if (e && saysFirstPerson(e, m.pronoun!.plural, true)) return e;
  }
  return undefined;
}
