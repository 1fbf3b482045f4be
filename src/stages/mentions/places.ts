import type { ActorRef } from '../../doc/layers.ts';
import type { TokenTable } from '../../doc/tokens.ts';
import type { Candidate } from './candidate.ts';
import type { ActorLookup } from './kb.ts';

/** Prepositions that make a place a location rather than an actor: "in Lyon", "near Mosul". */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'into', 'throughout', 'within']);
/** A religious or national adjective before a place: "Christian east Beirut", "Shiite south Lebanon". */
const DESCRIBING = /^\p{Lu}\p{Ll}+(?:an|ite|ish|ese|i)$/u;
/** Words allowed between the preposition and the place: "in central Lima", "in the capital of". */
const BETWEEN = new Set(['the', 'central', 'northern', 'southern', 'eastern', 'western', 'downtown', 'north', 'south', 'east', 'west', 'greater']);

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

/** A place after a locative preposition, over a few describing words: "in central Lima", "in Christian east Beirut". */
export function locative(t: TokenTable, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && start - k <= 3 && (BETWEEN.has(t.lower[k]) || DESCRIBING.test(t.words[k]))) k--;
  return k >= 0 && LOCATIVE.has(t.lower[k]);
}

function placeActor(country: string, name: string, located: boolean): ActorRef {
  const slug = name.toLowerCase().replace(/[^\p{L}\d]+/gu, '-');
  return { id: `${country}-${slug}`, name, country, ...(located ? { sector: 'CVL' } : {}) };
}
