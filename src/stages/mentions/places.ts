import type { ActorRef } from '../../doc/layers.ts';
import type { TokenTable } from '../../doc/tokens.ts';
import type { Candidate } from './candidate.ts';
import type { ActorLookup } from './kb.ts';

/** Prepositions that make a place a location rather than an actor: "in Lyon", "near Mosul". */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'into', 'throughout', 'within']);
/** A religious or national adjective before a place: "Christian east Beirut", "Shiite south Lebanon", "Catholic west Belfast". */
const DESCRIBING = /^\p{Lu}\p{Ll}+(?:an|ite|ish|ese|ic|i)$/u;
/** Words allowed between the preposition and the place: "in central Lima", "in the capital of", "of mostly Christian east Beirut". */
const BETWEEN = new Set(['the', 'central', 'northern', 'southern', 'eastern', 'western', 'downtown', 'north', 'south', 'east', 'west', 'greater', 'mostly', 'largely', 'predominantly']);
/** A kind of place named before the name: "in the capital Dili", "in East Timor's capital Dili", "in the port city of Sidon". */
const PLACE_KIND = new Set(['capital', 'city', 'town', 'village', 'port', 'province', 'region', 'of']);
/** Parts of a place that make "of" locative: "a residential sector of Beirut", "the outskirts of Kabul". */
const PLACE_PART = new Set(['sector', 'part', 'parts', 'outskirts', 'suburb', 'suburbs', 'district', 'area', 'centre', 'center', 'heart', 'streets', 'neighbourhood', 'neighborhood']);
/** How many words may stand between the preposition and the place ("in East Timor 's capital Dili" has 4). */
const LOCATIVE_REACH = 5;

/**
 * Cities and regions as what they are in the sentence. A capital names its government when it acts ("Moscow
 * rejected the plan") but is a place where things happen after a locative preposition ("a blackout in Quito",
 * "clashes in central Lima"): there it is coded as the country's civilians (CVL), as PLOVER and CAMEO coders
 * do. Places the actor base does not list as actors but its gazetteer knows ("Mosul", "Kivu") resolve to
 * their country the same way, so "Kivu rebels" and "rebels from Kivu" find Congo through them.
 */
export function resolvePlaces(kb: ActorLookup, t: TokenTable, candidates: readonly Candidate[]): void {
  for (const m of candidates) {
    if (m.form !== 'name' || t.lower[m.end] === "'s" || t.lower[m.end] === "'") continue;
    const surface = t.words.slice(m.start, m.end).join(' ');
    const capital = m.actor && kb.get(m.actor.id)?.kind === 'government';
    if (!capital && (m.actor || m.type !== 'GPE')) continue;
    const country = placeCountry(kb, surface);
    if (!country || (capital && country !== m.actor!.country) || !kb.get(country)) continue;
    const located = locative(t, m.start);
    if (capital && !located) continue;
    m.actor = placeActor(country, surface, located);
    m.type = 'GPE';
    m.country ??= country;
  }
}

const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|north-east|north-west|south-east|south-west)\s+/i;
const PLACE_HEAD = /\s+(?:state|province|region|district|governorate|oblast|county)$/i;

/**
 * The country of a place the gazetteer knows, also when a compass word or a head noun is added to it: "Southern
 * Chile" (Chile), "North Kivu Province" (Kivu). Names that are their own country ("South Sudan", "North
 * Korea") are actor-base aliases and never get here.
 */
/** Compass-named parts of one state named after another: Northern Ireland is in the United Kingdom. */
const PARTS = new Map([['northern ireland', 'GBR']]);

export function placeCountry(kb: ActorLookup, surface: string): string | undefined {
  const direct = kb.countryOfPlace?.(surface);
  if (direct || !kb.countryOfPlace) return direct;
  const known = PARTS.get(surface.toLowerCase());
  if (known) return known;
  const core = surface.replace(COMPASS, '').replace(PLACE_HEAD, '');
  return core !== surface && core ? kb.countryOfPlace(core) : undefined;
}

/**
 * A place after a locative preposition, over a few describing words and a kind of place with its owner: "in
 * central Lima", "in Christian east Beirut", "at a jail in East Timor's capital Dili". "of" is locative after a
 * part of a place: "a residential sector of mostly Christian eastern Beirut", "the outskirts of Kabul".
 */
export function locative(t: TokenTable, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && start - k <= LOCATIVE_REACH && skippable(t, k)) k--;
  if (k < 0) return false;
  if (LOCATIVE.has(t.lower[k])) return true;
  return t.lower[k] === 'of' && PLACE_PART.has(t.lower[k - 1] ?? '');
}

/** A describing word, a kind of place, or a capitalised owner before "'s": "East Timor 's capital". */
function skippable(t: TokenTable, k: number): boolean {
  const w = t.lower[k];
  if (BETWEEN.has(w) || DESCRIBING.test(t.words[k])) return true;
  if (w === "'s") return k > 0 && /^\p{Lu}/u.test(t.words[k - 1]);
  if (PLACE_KIND.has(w)) return w !== 'of' || PLACE_KIND.has(t.lower[k - 1] ?? '');
  // the owner's words: "Ecuador" or "East Timor" before "'s"
  return ownerWord(t, k) && (t.lower[k + 1] === "'s" || (ownerWord(t, k + 1) && t.lower[k + 2] === "'s"));
}

function ownerWord(t: TokenTable, j: number): boolean {
  return /^\p{Lu}/u.test(t.words[j] ?? '') && !LOCATIVE.has(t.lower[j]);
}

function placeActor(country: string, name: string, located: boolean): ActorRef {
  const slug = name.toLowerCase().replace(/[^\p{L}\d]+/gu, '-');
  return { id: `${country}-${slug}`, name, country, ...(located ? { sector: 'CVL' } : {}) };
}
