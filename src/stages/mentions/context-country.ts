import type { TokenTable } from '../../doc/tokens.ts';
import type { Candidate } from './candidate.ts';
import type { RoleLookup } from './kb.ts';
import { nounInfo } from './nouns.ts';
import { locative } from './places.ts';
import { roleSector } from './role-actors.ts';

/**
 * Sectors of people who belong to no state office: a group of them with no country in its own words is coded
 * by where the sentence places it, as ICEWS codes "Protester (Iraq)" and the PLOVER GSR "prisoners in Dili"
 * (TLS CRM). State sectors are left alone: "officials in Baghdad" may well be American.
 */
const NON_STATE = new Set(['CVL', 'REB', 'UAF', 'CRM', 'REF', 'JRN', 'LAB', 'BUS', 'EDU', 'MED', 'REL', 'OPP', 'AGR', 'SOC']);
/** How far a post-modifier may run: "refugees fleeing the civil war in Liberia" (6 words). */
export const POST_MODIFIER_WINDOW = 8;
/** Agent-noun endings: "hackers", "newspaper", "separatists", "militiamen". */
const AGENT_NOUN = /(?:er|or|ist|ian|man|men)s?$/;
const PREPOSITIONS = new Set(['in', 'from', 'of', 'to', 'at', 'near', 'across', 'inside', 'outside']);
/** Participles and adjectives that open a post-modifier: "based in", "loyal to", "ordered out of". */
const MODIFYING = new Set(['based', 'loyal', 'stationed', 'living', 'ordered', 'displaced', 'detained', 'held', 'linked', 'allied', 'opposed']);
const STOPS = new Set([',', ';', ':', '"', '(', 'that', 'who', 'which', 'said', 'says', 'and', 'but']);

/**
 * Gives a country to nominal groups that have none ("Militants", "a journalist", "Prisoners") from a place in
 * their post-modifier ("Militants loyal to Iraq's …", "a newspaper based in Beirut") or, failing that, from
 * the one country the sentence names as a location ("… killed in Beirut"), or else the one country the story
 * names at all ("Egyptian police dispersed demonstrators"). Runs after places are resolved.
 */
export function markContextCountries(t: TokenTable, roles: RoleLookup | undefined, candidates: readonly Candidate[], dateline: Uint8Array): void {
  const places = candidates.filter((p) => p.form === 'name' && p.type === 'GPE' && p.actor && /^[A-Z]{3}$/.test(p.actor.country));
  // the story's one country, worked out at most once per document
  const story = once(() => onlyCountry(candidates));
  const office = once(() => officeCountry(t, candidates, dateline));
  for (const m of candidates) {
    if (m.form !== 'nominal' || (m.type !== 'PERSON' && m.type !== 'ORG') || m.country || m.actor) continue;
    // A qualifier that names no state leaves the group open: "Moslem fundamentalist demonstrators".
    if (m.qualifier && (m.qualifier.actor || m.qualifier.country)) continue;
    // The noun must name people or bodies ("prisoners", "a newspaper"): the role list also holds "settlement" (CVL).
    if (!nounInfo(t.lower[m.head]) && !AGENT_NOUN.test(t.lower[m.head])) continue;
    const sector = roleSector(roles, t.lower.slice(m.start, m.end));
    if (!sector || !NON_STATE.has(sector)) continue;
    m.country = postModifierCountry(t, m, places) ?? locatedCountry(t, m, places) ?? story();
  }
  for (const m of candidates) {
    // "Sudan's army chief, Abdel Fattah al-Burhan": the body the description names comes before any other office
    if (m.form === 'name' && m.type === 'PERSON' && m.title && !m.actor && !m.country) m.country = qualifierCountry(m.qualifier) ?? office();
  }
}

/** The country a qualifier names, through its own possessor: "Sudan's army" → Sudan. */
function qualifierCountry(q: Candidate | undefined, depth = 2): string | undefined {
  if (!q || depth === 0) return undefined;
  return q.actor?.country ?? q.country ?? qualifierCountry(q.qualifier, depth - 1);
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) (value = compute()), (done = true);
    return value;
  };
}

function postModifierCountry(t: TokenTable, m: Candidate, places: readonly Candidate[]): string | undefined {
  // Only a phrase that modifies the noun: "refugees fleeing …", "a newspaper based in …", "militants loyal to …";
  // "Protesters marched in Lima" is a clause, and where a group acts says less than where it comes from.
  const next = t.lower[m.end] ?? '';
  if (!PREPOSITIONS.has(next) && !MODIFYING.has(next) && !/ing$/.test(next)) return undefined;
  let preposition = false;
  for (let k = m.end; k < t.length && k < m.end + POST_MODIFIER_WINDOW && t.sentence[k] === t.sentence[m.start]; k++) {
    if (STOPS.has(t.lower[k])) return undefined;
    if (PREPOSITIONS.has(t.lower[k])) preposition = true;
    const place = places.find((p) => p.start === k);
    if (place) return preposition ? place.actor!.country : undefined;
  }
  return undefined;
}

/** The country of the sentence's located places ("in Dili", "near Mosul"), when they all name one. */
function locatedCountry(t: TokenTable, m: Candidate, places: readonly Candidate[]): string | undefined {
  const countries = new Set(places.filter((p) => t.sentence[p.start] === t.sentence[m.start] && locative(t, p.start)).map((p) => p.actor!.country));
  return countries.size === 1 ? [...countries][0] : undefined;
}

/**
 * The one country a story names, as a place or a nationality, when it names no other: the demonstrators
 * "Egyptian police" disperse are in Egypt. A story that names two countries ("Israeli troops fired on
 * Lebanese protesters", "a swap mediated by the United Arab Emirates" of Russian and Ukrainian prisoners) or
 * none leaves the group uncoded.
 */
function onlyCountry(candidates: readonly Candidate[], keep: (c: Candidate) => boolean = () => true): string | undefined {
  const countries = new Set<string>();
  for (const c of candidates) {
    if (c.form !== 'name' || !COUNTRY_TYPES.has(c.type) || !keep(c)) continue;
    const country = c.actor?.country ?? c.country;
    if (country && /^[A-Z]{3}$/.test(country)) countries.add(country);
  }
  return countries.size === 1 ? [...countries][0] : undefined;
}
const COUNTRY_TYPES = new Set(['GPE', 'NORP']);

/**
 * The country of an office held by a person the base does not know, when the story names one country as an
 * actor or a topic: "Planning and Investment Minister Tran Xuan Gia said Vietnam is committed to reform". A
 * place where things happen ("in Hanoi"), a nationality of someone else ("met the US envoy") or the dateline
 * ("GENEVA, Nov 25 -", where the reporter was, not whose spokesman speaks) says nothing about the minister's own
 * country.
 */
function officeCountry(t: TokenTable, candidates: readonly Candidate[], dateline: Uint8Array): string | undefined {
  const qualifiers = new Set(candidates.map((c) => c.qualifier).filter((q) => q !== undefined));
  return onlyCountry(candidates, (c) => !qualifiers.has(c) && !locative(t, c.start) && !dateline[c.start]);
}
