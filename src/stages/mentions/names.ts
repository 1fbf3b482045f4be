import type { MentionType } from '../../doc/layers.ts';
import { newCandidate, type Candidate } from './candidate.ts';
import { isCapitalised, type TokenCues } from './cues.ts';
import { genderOfFirstName } from './first-names.ts';
import type { KbHit, KbMatches } from './kb-match.ts';
import { GROUP_WORDS, HONORIFICS, NOT_NAMES, ORG_HEADS, PERSON_VERBS, PLACE_HEADS, PLACE_PREPOSITIONS } from './lexicon.ts';
import { canStartName, isHonorific, runEnd } from './runs.ts';
import { isTemporal, titleOf } from './titles.ts';
import { looksDemonym } from './demonyms.ts';
import { placeCountry } from './places.ts';

export interface NameOptions {
  /** Longest capitalised run considered one name; longer stretches are headlines or lists. */
  maxRunTokens: number;
}
export const DEFAULT_NAME_OPTIONS: NameOptions = { maxRunTokens: 8 };

interface Piece {
  start: number;
  end: number;
  hit?: KbHit;
}

/** Name mentions: actor-base aliases (longest match) and unknown capitalised runs typed by their cues. */
export function findNames(c: TokenCues, kb: KbMatches, o: NameOptions = DEFAULT_NAME_OPTIONS): Candidate[] {
  const out: Candidate[] = [];
  const n = c.tokens.length;
  for (let i = 0; i < n; ) {
    if (!canStartName(c, kb, i)) {
      i++;
      continue;
    }
    const end = runEnd(c, kb, i, o.maxRunTokens);
    splitRun(c, kb, i, end, out);
    i = end;
  }
  return out;
}

/** Cuts a run into actor-base pieces and stretches of unknown words. */
function piecesOf(kb: KbMatches, a: number, b: number): Piece[] {
  const pieces: Piece[] = [];
  for (let k = a; k < b; ) {
    const hit = kb.at(k);
    if (hit && k + hit.length <= b) {
      pieces.push({ start: k, end: k + hit.length, hit });
      k += hit.length;
    } else {
      const last = pieces[pieces.length - 1];
      if (last && !last.hit && last.end === k) last.end = k + 1;
      else pieces.push({ start: k, end: k + 1 });
      k++;
    }
  }
  return pieces;
}

function splitRun(c: TokenCues, kb: KbMatches, a: number, b: number, out: Candidate[]): void {
  const lower = c.tokens.lower;
  const whole = kb.at(a);
  // "Furious Spanish dock workers", "Senior Turkish officials", "Recent US Predator attacks": a sentence's first
  // word before a nationality or a country is an ordinary word written with a capital.
  const next = !whole && c.clauseInitial[a] && a + 1 < b ? kb.at(a + 1) : null;
  if (next && OPENING_TYPES.has(kb.typeOf(next, a + 1) ?? '') && !genderOfFirstName(lower[a]) && !kb.isTitle(lower[a])) {
    splitRun(c, kb, a + 1, b, out);
    return;
  }
  // "University of Texas Arlington Amneh Jafari": a known given name inside a run after a place or
  // organisation starts a second name. Only there: "Shafqat Ali Khan" is one name with "Ali" in the middle.
  for (let k = a + 1; k < b - 1 && !(whole && whole.length >= b - a); k++) {
    const before = lower[k - 1];
    if (genderOfFirstName(lower[k]) && !kb.isTitle(before) && !genderOfFirstName(before) && !/^\p{L}\.?$/u.test(before) && !insideHit(kb, a, k) && !unknownWordsOnly(c, kb, a, k)) {
      splitRun(c, kb, a, k, out);
      splitRun(c, kb, k, b, out);
      return;
    }
  }
  if (whole && whole.length === b - a) {
    out.push(kbCandidate(kb, a, whole));
    return;
  }
  // "Ministry of Water Resources", "Republic of Korea": in "X of Y" the head is X.
  let of = a + 1;
  while (of < b && lower[of] !== 'of') of++;
  const last = of < b ? lower[of - 1] : lower[b - 1];
  // "the Russian Defence Ministry", "Kherson Oblast": the head word decides, the whole run is the name.
  if (ORG_HEADS.has(last) || PLACE_HEADS.has(last)) {
    const type: MentionType = ORG_HEADS.has(last) ? 'ORG' : 'GPE';
    // the head carries the agreement and the sector: "Ministry of Trade and Industry" is a ministry, not an industry
    const cand = newCandidate({ start: a, end: b, type, form: 'name', head: of < b ? of - 1 : b - 1 });
    // the country before the head ("the Russian Defence Ministry") or after its "of" ("Ministry of Defence of the Russian Federation")
    // (a body only: a place "of" a country is not in it, "the Gulf of Finland")
    const modifier = piecesOf(kb, a, of < b && ORG_HEADS.has(last) ? b : b - 1).find((p) => p.hit && isPlace(kb.typeOf(p.hit, p.start)));
    if (modifier?.hit) cand.country = countryOf(kb, modifier.hit);
    out.push(cand);
    return;
  }
  // A run that ends in an office is a title with no name: "Russian Foreign Minister", "President",
  // "Ukrainian President" (but "John Major" is a name: a title word after a plain word is a surname).
  if (titleWordOfRun(kb, lower, a, b - 1) && !kb.at(b - 1) && (b - 1 === a || qualifiesOffice(c, kb, a, b - 2) || bodyOffice(c, kb, a, b))) {
    out.push(...prefixMentions(c, kb, a, b));
    // "Foreign Affairs minister": the capitalised words are modifiers of the nominal that follows.
    if (!kb.isTitle(c.tokens.lower[b] ?? '') || isCapitalised(c.tokens.words[b] ?? '')) out.push(titleNominal(c, kb, a, b));
    return;
  }
  // Title prefix: everything up to the last title word that still leaves a name after it.
  let t = -1;
  for (let k = a; k < b - 1; k++) if (titleWordOfRun(kb, lower, a, k)) t = k;
  // "National Day", "State Duma": a title's modifier alone is no title, and what follows it no person's name.
  if (t >= 0 && TITLE_MODIFIERS.has(lower[t])) t = -1;
  // "U.S. Secretary of State Ana Ruiz": an office the base names runs on past its first word, and
  // an alias that spells title and name together ends where the name alone begins.
  const office = t >= 0 ? kb.at(t) : null;
  if (office && t + office.length < b) t += office.length - 1;
  else if (office && t + office.length === b) t = nameInside(kb, t, b, office.ids[0]) - 1;
  const prefix = t < 0 ? [] : prefixMentions(c, kb, a, t + 1);
  out.push(...prefix);
  const nameStart = t + 1 > a ? t + 1 : a;
  const name = nameCandidates(c, kb, nameStart, b, t >= 0);
  if (t >= 0 && name.length > 0) {
    const person = name[name.length - 1];
    // "former President Ana Ruiz", "Deposed President Ana Ruiz": the word before the run says the office is past.
    const when = a > 0 && isTemporal(lower[a - 1]) ? [lower[a - 1]] : [];
    const country = prefix.find((p) => isPlace(p.type));
    // The office without the country before it: "Russian Foreign Minister" → "foreign minister".
    const office = lower.slice(a, t + 1).filter((w, k) => (!isHonorific(w) || w === 'president') && !(country && a + k >= country.start && a + k < country.end));
    person.title = titleOf([...when, ...office]);
    if (country?.ids) person.country = kb.record(country.ids[0])?.country;
    for (let k = a; k <= t; k++) person.gender ??= HONORIFICS.get(lower[k].replace(/\.$/, '')) ?? undefined;
  }
  out.push(...name);
}

const OPENING_TYPES = new Set(['NORP', 'GPE']);

/** A title word of the run starting at a, not inside an actor-base alias that began earlier in it. */
function titleWordOfRun(kb: KbMatches, lower: readonly string[], a: number, k: number): boolean {
  return kb.isTitle(lower[k]) && !insideHit(kb, a, k);
}

/** Whether word k of the run starting at a can stand before an office: a title word, a known name, a nationality. */
function qualifiesOffice(c: TokenCues, kb: KbMatches, a: number, k: number): boolean {
  const lower = c.tokens.lower;
  // A hyphen joins two title words the segmenter split: "Secretary - General".
  if (lower[k] === '-') return k > a && qualifiesOffice(c, kb, a, k - 1);
  return titleWordOfRun(kb, lower, a, k) || kb.at(k) !== null || insideHit(kb, a, k) || looksDemonym(c.tokens.words[k]);
}

/** Title words that only modify an office ("National Security Adviser", "Acting President"), never end one. */
const TITLE_MODIFIERS = new Set(['national', 'supreme', 'state', 'house', 'first', 'late', 'acting', 'special', 'foreign', 'deputy', 'vice', 'prime', 'executive', 'majority', 'minority', 'affairs', 'interior', 'finance', 'economy', 'trade', 'health', 'justice', 'defence', 'defense']);

/**
 * An international body's name and an office with no person's name in between: "United Nations Emergency Relief
 * Coordinator", "UN High Commissioner". A given name among the words ("UN envoy John Major") makes it a name.
 */
function bodyOffice(c: TokenCues, kb: KbMatches, a: number, b: number): boolean {
  const body = kb.at(a);
  if (!body || kb.typeOf(body, a) !== 'ORG' || a + body.length >= b - 1) return false;
  for (let k = a + body.length; k < b - 1; k++) if (genderOfFirstName(c.tokens.lower[k]) || kb.at(k)) return false;
  return true;
}

/** Where the name of the person an alias (title + name) matched starts inside it, or the alias end when it does not. */
function nameInside(kb: KbMatches, t: number, b: number, id: string): number {
  for (let j = t + 1; j < b; j++) if (kb.at(j)?.ids[0] === id && j + kb.at(j)!.length === b) return j;
  return t + 1;
}

/** Whether tokens [a, k) are capitalised words that the actor base does not know and that name no place or body: a given name. */
function unknownWordsOnly(c: TokenCues, kb: KbMatches, a: number, k: number): boolean {
  for (let j = a; j < k; j++) {
    const w = c.tokens.lower[j];
    if (kb.at(j) || !isCapitalised(c.tokens.words[j]) || NOT_NAMES.has(w) || ORG_HEADS.has(w) || PLACE_HEADS.has(w)) return false;
  }
  return true;
}

function insideHit(kb: KbMatches, a: number, k: number): boolean {
  for (let j = a; j < k; j++) {
    const hit = kb.at(j);
    if (hit && j + hit.length > k) return true;
  }
  return false;
}

function countryOf(kb: KbMatches, hit: KbHit): string | undefined {
  return kb.record(hit.ids[0])?.country;
}

const isPlace = (type: MentionType | undefined): boolean => type === 'GPE' || type === 'NORP';

function kbCandidate(kb: KbMatches, start: number, hit: KbHit): Candidate {
  const type = kb.typeOf(hit, start) ?? 'ORG';
  const g = kb.record(hit.ids[0])?.gender?.charAt(0).toLowerCase();
  const gender = g === 'm' ? 'm' : g === 'f' ? 'f' : undefined;
  // "Russians" names people, "Russian" qualifies: only the plural is a plural referent.
  const plural = type === 'NORP' && kb.wordAt(start + hit.length - 1).endsWith('s');
  return newCandidate({ start, end: start + hit.length, type, form: 'name', ids: hit.ids, gender, plural });
}

/** Mentions inside a title prefix: "Russian" (NORP), "U.S." (GPE), "NATO" (ORG); title words themselves are not mentions. */
function prefixMentions(c: TokenCues, kb: KbMatches, a: number, b: number): Candidate[] {
  const out: Candidate[] = [];
  for (const p of piecesOf(kb, a, b)) {
    if (p.hit && !kb.isTitle(c.tokens.lower[p.start])) {
      out.push(kbCandidate(kb, p.start, p.hit));
      continue;
    }
    if (p.hit) continue; // an office the base names ("Secretary of State") is part of the title
    for (let k = p.start; k < p.end; k++) {
      if (!kb.isTitle(c.tokens.lower[k]) && looksDemonym(c.tokens.words[k])) out.push(newCandidate({ start: k, end: k + 1, type: 'NORP', form: 'name' }));
    }
  }
  return out;
}

/** A capitalised title with no name after it is a nominal: "the Russian Foreign Minister said". */
function titleNominal(c: TokenCues, kb: KbMatches, a: number, b: number): Candidate {
  const lower = c.tokens.lower;
  let start = a;
  const hits = piecesOf(kb, a, b).filter((p) => p.hit);
  const hit = hits[0];
  // The office is what follows the country or body: "Russian Foreign Minister" → "foreign minister",
  // "United Nations Emergency Relief Coordinator" → "emergency relief coordinator".
  let title = hits.length ? hits[hits.length - 1].end : a;
  if (!hits.length) while (title < b - 1 && !kb.isTitle(lower[title])) title++;
  if (start > 0 && (lower[start - 1] === 'the' || lower[start - 1] === 'a')) start--;
  const cand = newCandidate({ start, end: b, type: 'PERSON', form: 'nominal', title: titleOf(lower.slice(title, b)) });
  if (hit?.hit) cand.country = countryOf(kb, hit.hit);
  cand.gender = HONORIFICS.get(lower[b - 1]) ?? undefined;
  return cand;
}

/** The name part of a run: one actor-base alias, several adjacent ones, or an unknown name typed by cues. */
function nameCandidates(c: TokenCues, kb: KbMatches, a: number, b: number, titled: boolean): Candidate[] {
  const pieces = piecesOf(kb, a, b);
  if (pieces.length === 1 && pieces[0].hit) return [kbCandidate(kb, a, pieces[0].hit)];
  const community = communityOf(c, kb, pieces);
  if (community) return [community];
  if (pieces.every((p) => p.hit)) return pieces.map((p) => kbCandidate(kb, p.start, p.hit!));
  // "Ukrainian Olena Marchenko": a nationality before an unknown person's name; "US Predator": a country's
  // name before an unknown word is that country's (its drone, its newspaper), the country a mention of its own.
  const first = pieces[0];
  if (first.hit && pieces.length === 2 && OPENING_TYPES.has(kb.typeOf(first.hit, first.start) ?? '')) {
    return [kbCandidate(kb, first.start, first.hit), unknownName(c, kb, pieces[1].start, b, titled)];
  }
  return [unknownName(c, kb, a, b, titled)];
}

/**
 * A nationality before a people names that state's community of them, one mention: "Syrian Kurds", "Croatian
 * Serbs", "Lebanese Christians", "American Muslims" are civilians of Syria, Croatia, Lebanon, the US.
 */
function communityOf(c: TokenCues, kb: KbMatches, pieces: readonly Piece[]): Candidate | undefined {
  if (pieces.length !== 2 || !pieces[0].hit || pieces[1].end - pieces[1].start !== 1) return undefined;
  const [state, people] = pieces;
  const word = c.tokens.words[people.start];
  if (kb.typeOf(state.hit!, state.start) !== 'NORP' || /s$/.test(c.tokens.words[state.end - 1]) || !/s$/.test(word)) return undefined;
  const isPeople = people.hit ? kb.typeOf(people.hit, people.start) === 'NORP' && people.hit.ids[0] !== state.hit!.ids[0] : GROUP_WORDS.has(word.toLowerCase());
  if (!isPeople) return undefined;
  return newCandidate({ start: state.start, end: people.end, type: 'NORP', form: 'name', ids: state.hit!.ids, plural: true, sector: 'CVL' });
}

/** Frequent Korean, Chinese and Vietnamese surnames that the first-name list also holds ("Kim", "Lee", "Wang"). */
const SURNAMES_FIRST = new Set(['kim', 'lee', 'park', 'choi', 'wang', 'li', 'xi', 'zhang', 'liu', 'chen', 'nguyen', 'tran']);

/** Types a name the actor base does not know from what surrounds it. */
export function unknownName(c: TokenCues, kb: KbMatches, a: number, b: number, titled: boolean): Candidate {
  const t = c.tokens;
  const len = b - a;
  // "Kim Yo Jong", "Lee Jae-myung": written surname first, so the first word says nothing of gender
  const surnameFirst = SURNAMES_FIRST.has(t.lower[a]) && (b - a >= 3 || t.words.slice(a, b).includes('-'));
  const firstGender = surnameFirst ? undefined : genderOfFirstName(t.lower[a]);
  const make = (type: MentionType, typeSure: boolean) => newCandidate({ start: a, end: b, type, form: 'name', typeSure, gender: type === 'PERSON' ? firstGender : undefined });
  if (titled) return make('PERSON', true);
  if (len === 1 && GROUP_WORDS.has(t.lower[a])) return { ...make('NORP', true), plural: /s$/.test(t.lower[a]) }; // "Kurds", "Muslims" name people
  // The gazetteer knows places the actor base does not name as actors ("Ohio", "Mariupol").
  const surface = t.words.slice(a, b).join(' ');
  if (kb.base && placeCountry(kb.base, surface)) return make('GPE', true);
  // "Europa Energy Forum", "Victoria Institute": a body's head word outweighs a given name before it
  if (len >= 2 && ORG_HEADS.has(t.lower[b - 1])) return make('ORG', true);
  if (len >= 2 && firstGender) return make('PERSON', true);
  if (ORG_HEADS.has(t.lower[b - 1])) return make('ORG', true);
  if (PLACE_HEADS.has(t.lower[b - 1])) return make('GPE', true);
  if (len === 1 && looksDemonym(t.words[a]) && (c.pos(a + 1) === 'NOUN' || /s$/.test(t.words[a]))) return make('NORP', true);
  if (len === 1 && /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(t.words[a])) return make('ORG', true); // "UNICEF", "OSCE": acronyms name organisations
  const prev = a > 0 ? t.lower[a - 1] : '';
  if (PLACE_PREPOSITIONS.has(prev) && t.lower[b] !== "'s") return make('GPE', false);
  // "said Park Min-seo", "Olena Marchuk said": a speech verb beside the name types it
  if (PERSON_VERBS.has(t.lower[b] ?? '') || PERSON_VERBS.has(prev) || firstGender) return make('PERSON', true);
  // Two or three words the tagger calls proper nouns are most often a person ("Amneh Jafari"); a common
  // word among them ("Space Shuttle", "Easy Rider") leaves the type open.
  if (len >= 2) return make('PERSON', allProper(c, a, b));
  return make('PERSON', false);
}

function allProper(c: TokenCues, a: number, b: number): boolean {
  let words = 0;
  for (let k = a; k < b; k++) {
    // "Chia-lung": the hyphen and the syllable after it belong to the word before
    if (c.tokens.words[k] === '-' && k > a) {
      k++;
      continue;
    }
    if (c.pos(k) !== 'PROPN') return false;
    words++;
  }
  return words <= 3;
}

