import type { Candidate } from './candidate.ts';
import type { TokenCues } from './cues.ts';
import { mentionsBefore, type EntityState } from './entity-state.ts';
import { isPossessive } from './possessors.ts';
import { titlesCompatible } from './titles.ts';

/** Heads that stand for whatever organisation was last named ("the group said", "the company denied"). */
const GENERIC_ORG = new Set(['team', 'group', 'organisation', 'organization', 'company', 'agency', 'movement', 'alliance', 'party', 'militia', 'coalition', 'bloc', 'union']);
/** Heads that refer to a government actor ("the government", "the administration", "the regime"). */
export const GOVERNMENT_HEADS = new Set(['government', 'administration', 'regime', 'cabinet', 'authorities', 'kremlin']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'my', 'our', 'your']);
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'some', 'several', 'many', 'two', 'three']);

export interface NominalContext {
  readonly c: TokenCues;
  /** Sentences back a definite nominal may look for its referent. */
  readonly window: number;
}

/**
 * The entity a definite nominal refers back to, or undefined for a new referent. "The minister" takes the
 * most recent person whose office it names; "the president" does not take a foreign minister; "the
 * ministry" takes an organisation named "... Ministry"; "the group" the last organisation; "the country"
 * the last country. Indefinites ("a spokeswoman") introduce someone new unless in apposition.
 */
export function resolveNominal(x: NominalContext, m: Candidate, head: string, entities: readonly EntityState[]): EntityState | undefined {
  const t = x.c.tokens;
  if (INDEFINITE.has(t.lower[m.start])) return undefined;
  // "her party", "his government" name something of the pronoun's referent, not the last party named.
  if (m.type !== 'PERSON' && POSSESSIVE_PRONOUNS.has(t.lower[m.start])) return undefined;
  // "the army chief" after "the UN chief": a qualifier whose country is unknown cannot be checked, so it decides nothing
  if (m.qualifier && m.qualifier.form !== 'pronoun' && !m.country && !m.actor) return undefined;
  const here = t.sentence[m.start];
  if (m.epithet) return lastPerson(entities, m.start, (last) => here - t.sentence[last] <= x.window);
  // the entity mentioned last, not the one named last: in "Asked whether the UN would send convoys, Laerke said the
  // organisation would not", the UN was named long before the African Union but mentioned after it. A possessor
  // counts less: after "Washington appreciated Ankara's role", "the administration" is Washington's.
  let best: EntityState | undefined;
  let bestStart = -1;
  for (const e of entities) {
    const last = lastStart(e, m.start);
    if (last < 0 || here - t.sentence[last] > x.window) continue;
    const rank = lastStart(e, m.start, (k) => !isPossessive(t.lower[k.end]));
    if ((rank >= 0 ? rank : last) <= bestStart) continue;
    if (e.plural !== m.plural && e.type === 'PERSON') continue;
    if (m.type === 'ORG' && e.type === 'ORG' && !numberAgrees(m, head, e)) continue;
    if (m.country && e.country && m.country !== e.country) continue;
    if (m.actor && e.actor && m.actor.id !== e.actor.id) continue;
    if (fits(m, head, e)) [best, bestStart] = [e, rank >= 0 ? rank : last];
  }
  return best;
}

/**
 * Organisations agree in number, as people do, with two exceptions for a singular noun: a name may look plural ("the
 * Rapid Support Forces … the group", "the United Nations … the organisation"), and one of a group may be named with
 * the group's noun. So "the warring parties" are not the African Union, "humanitarian agencies" not "a terrorist
 * organisation", and "the organisation" not "both sides".
 */
function numberAgrees(m: Candidate, head: string, e: EntityState): boolean {
  if (m.plural === e.plural) return true;
  if (m.plural) return false;
  // one of a group named with the same noun is let through: "two Syrian teams … the Syrian refugee team … their"
  return e.names.length > 0 || e.heads.has(head);
}

/** The single person mentioned last before token `before`, if `near` accepts where. */
function lastPerson(entities: readonly EntityState[], before: number, near: (last: number) => boolean): EntityState | undefined {
  let best: EntityState | undefined;
  let bestStart = -1;
  for (const e of entities) {
    if (e.type !== 'PERSON' || e.plural) continue;
    const last = lastStart(e, before);
    if (last > bestStart && near(last)) [best, bestStart] = [e, last];
  }
  return best;
}

/** Where the last mention of e before token `before` (that `keep` accepts) starts, or -1. */
function lastStart(e: EntityState, before: number, keep: (m: Candidate) => boolean = () => true): number {
  for (let k = mentionsBefore(e, before) - 1; k >= 0; k--) if (keep(e.mentions[k])) return e.mentions[k].start;
  return -1;
}

function fits(m: Candidate, head: string, e: EntityState): boolean {
  if (m.type === 'PERSON') {
    if (e.type !== 'PERSON') return false;
    // "Venezuela's defence minister" is not the foreign minister named before, though both are ministers
    if (m.title && e.titles.size > 0) return [...e.titles].some((title) => titlesCompatible(m.title!, title));
    return e.heads.has(head);
  }
  if (m.type === 'ORG') {
    if (e.type !== 'ORG') return false;
    if (e.heads.has(head)) return true;
    // "the ministry" after "the Foreign Ministry" or "the Ministry of Trade and Industry"
    if (e.names.some((n) => namesHead(n, head))) return true;
    if (GOVERNMENT_HEADS.has(head)) return e.actor?.sector === 'GOV' || [...e.heads].some((h) => GOVERNMENT_HEADS.has(h));
    // "MOSCOW (Reuters) - … The agency said": a state's government is no agency, company or group
    // (only singular: "the groups", "the warring parties" stand for no one organisation named before)
    return GENERIC_ORG.has(head) && !m.plural && !(e.actor?.sector === 'GOV' && e.actor.name.startsWith('Government of'));
  }
  if (m.type === 'GPE') return e.type === 'GPE' && (e.heads.has(head) || head === 'country' || head === 'nation' || e.names.length > 0);
  return e.type === m.type && e.heads.has(head);
}

/** Whether a name (lower-case words) has `head` for its head: its last word, or the word before its "of" ("Ministry of Foreign Affairs"). */
export function namesHead(name: readonly string[], head: string): boolean {
  return name[name.length - 1] === head || name[name.indexOf('of') - 1] === head;
}
