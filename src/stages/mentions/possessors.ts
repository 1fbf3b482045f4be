import type { Candidate } from './candidate.ts';
import { isCapitalised, type TokenCues } from './cues.ts';
import type { KbMatches } from './kb-match.ts';
import { isTitleWord } from './runs.ts';

/** How far back over descriptive words a possessor may stand: "Chile's new President", "Mali's envoy". */
const MAX_GAP = 3;

/**
 * A country in the possessive before an institution or an office gives it its country: "Peru's Senate",
 * "the Czech Republic's Constitutional Court", "Chile's new President Ana Ruiz", "Mali's envoy Issa Keita",
 * "Japan's Deputy Trade Minister"; so does one after a titled name: "King Olaf of Norway".
 * Lower-case words between possessor and name must be adjectives ("new", "visiting") or titles.
 */
export function markPossessorCountries(c: TokenCues, kb: KbMatches, mentions: readonly Candidate[]): void {
  const t = c.tokens;
  const endingAt = new Map<number, Candidate>();
  const startingAt = new Map<number, Candidate>();
  for (const m of mentions) if (m.form === 'name' && m.ids?.length) endingAt.set(m.end, m), startingAt.set(m.start, m);
  for (const m of mentions) {
    if (m.country || m.form === 'pronoun' || m.qualifier) continue;
    const institution = m.form === 'name' && m.type === 'ORG' && !m.ids;
    if (!institution && !(m.type === 'PERSON' && m.title)) continue;
    let k = m.start - 1;
    for (let gap = 0; k >= 0 && gap < MAX_GAP && !isPossessive(t.lower[k]); gap++, k--) {
      const w = t.lower[k];
      if (isCapitalised(t.words[k]) || !(c.pos(k) === 'ADJ' || isTitleWord(w) || kb.isTitle(w) || /ing$/.test(w))) break;
    }
    if (k < 0 || !isPossessive(t.lower[k])) {
      if (m.type === 'PERSON' && m.form === 'name') m.country = ofCountry(c, kb, m, startingAt);
      continue;
    }
    const owner = endingAt.get(k);
    const type = owner?.ids && kb.typeOf({ length: owner.end - owner.start, ids: owner.ids, adjective: false }, owner.start);
    if (owner?.ids && (type === 'GPE' || owner.type === 'GPE')) m.country = kb.record(owner.ids[0])?.country;
  }
}

/** "King Olaf of Norway", "President Ana Ruiz of Chile": the country after "of" is the office's. */
function ofCountry(c: TokenCues, kb: KbMatches, m: Candidate, startingAt: Map<number, Candidate>): string | undefined {
  const t = c.tokens;
  if (t.lower[m.end] !== 'of') return undefined;
  const place = startingAt.get(t.lower[m.end + 1] === 'the' ? m.end + 2 : m.end + 1);
  return place?.ids && place.type === 'GPE' ? kb.record(place.ids[0])?.country : undefined;
}

/** The segmenter's possessive marks ("Russia 's", "Workers '"; curly apostrophes come out straight). */
export const isPossessive = (w: string | undefined): boolean => w === "'s" || w === "'";

const COMPASS = new Set(['the', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
/** How far after "ethnic Albanians" a place may name where they are: "ethnic Albanians in a gunbattle in southeastern Serbia". */
const RESIDENCE_WINDOW = 8;

/**
 * An ethnic community is coded by the country it lives in, as CAMEO and PLOVER coders do: "ethnic Hungarians in
 * western Romania" and "the Hungarians of Romania" are civilians of Romania, "the Kurds of Syria" of Syria.
 * "in" needs the word "ethnic" ("Americans in Iraq" are still Americans); "of" says membership by itself. With
 * "ethnic", the place may come a little later in the clause: "killed three ethnic Albanians in a gunbattle in
 * southeastern Serbia".
 */
export function markResidence(c: TokenCues, kb: KbMatches, mentions: readonly Candidate[]): void {
  const t = c.tokens;
  const startingAt = new Map<number, Candidate>();
  for (const m of mentions) if (m.form === 'name' && m.ids?.length) startingAt.set(m.start, m);
  const countryAt = (k: number): string | undefined => {
    const place = startingAt.get(k);
    return place?.ids && place.type === 'GPE' ? kb.record(place.ids[0])?.country : undefined;
  };
  for (const m of mentions) {
    if (m.type !== 'NORP' || !m.plural || m.form !== 'name') continue;
    const country = residence(t, m.end, t.lower[m.start - 1] === 'ethnic', countryAt);
    if (country && country !== kb.record(m.ids?.[0] ?? '')?.country) {
      m.country = country;
      m.sector = 'CVL';
    }
  }
}

/** The country of the place of residence after a community's name: "of Romania", "in western Romania". */
function residence(t: TokenCues['tokens'], end: number, ethnic: boolean, countryAt: (k: number) => string | undefined): string | undefined {
  const prep = t.lower[end];
  if (prep !== 'of' && !(prep === 'in' && ethnic)) return undefined;
  const last = ethnic ? end + RESIDENCE_WINDOW : end;
  for (let p = end; p <= last && p < t.length && t.sentence[p] === t.sentence[end - 1]; p++) {
    if (t.lower[p] === ',' || t.lower[p] === ';') break;
    if (p > end && t.lower[p] !== 'in') continue;
    let k = p + 1;
    while (k < t.length && k - p <= 2 && COMPASS.has(t.lower[k])) k++;
    const country = countryAt(k);
    if (country) return country;
  }
  return undefined;
}
