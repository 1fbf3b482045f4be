import type { Candidate } from './candidate.ts';
import type { TokenCues } from './cues.ts';
import { HONORIFICS, PERSON_VERBS } from './lexicon.ts';
import { isTitleWord } from './runs.ts';
import type { TokenTable } from '../../doc/tokens.ts';

const BOUNDARIES = new Set([';', ':', '"', ',', '(', '--', '\u2014', 'that', 'because', 'while', 'when', 'after', 'before', 'but', 'although', 'though', 'since', 'if', 'as', 'who', 'which', 'where']);
const VERBAL = new Set(['VERB', 'AUX']);

/**
 * Grammatical position without a parser, good enough for salience: a mention is subject-like when no verb
 * stands between the start of its clause and it ("On Monday, Lavrov said…"; "…, Peskov told reporters"),
 * and in the inverted attribution "…," said Lavrov. A possessor ("Lavrov's aide") is neither.
 */
export function markPositions(c: TokenCues, mentions: readonly Candidate[]): void {
  const t = c.tokens;
  for (const m of mentions) {
    m.inQuote = c.inQuote[m.start] === 1;
    // "KYIV, Sept 11 — Ukraine said it …": the dateline's place is where the story was filed; "it" is Ukraine
    if (c.dateline[m.start]) continue;
    if (t.lower[m.end] === "'s" || t.lower[m.end] === "'" || m.pronoun?.case === 'possessive') continue;
    const prev = m.start - 1;
    if (prev >= 0 && PERSON_VERBS.has(t.lower[prev]) && (t.words[prev - 1] === ',' || t.words[prev - 1] === '"')) {
      m.subject = true;
      continue;
    }
    if (prev >= 0 && c.pos(prev) === 'ADP') continue;
    m.subject = true;
    for (let k = prev; k >= 0 && t.sentence[k] === t.sentence[m.start]; k--) {
      if (BOUNDARIES.has(t.lower[k])) break;
      if (VERBAL.has(c.pos(k)) && !openingModifier(t, k, m)) {
        m.subject = false;
        break;
      }
    }
  }
}

/** A participle opening the sentence right before a mention modifies it: "Neighbouring Mali", "Leading economists". */
function openingModifier(t: TokenTable, k: number, m: Candidate): boolean {
  return k === m.start - 1 && t.lower[k].endsWith('ing') && (k === 0 || t.sentence[k - 1] !== t.sentence[k]);
}

/** How many title words may stand between an apposition's comma and its name ("Lieutenant General"). */
const MAX_TITLE_WORDS = 3;

/**
 * Appositions, which name one referent twice: "Olena Marchenko, a spokeswoman for the ministry," and
 * "the Kremlin's spokesman, Dmitry Peskov, said". The second mention records the first.
 */
export function markAppositives(c: TokenCues, mentions: readonly Candidate[]): void {
  const t = c.tokens;
  const byStart = new Map<number, Candidate>();
  for (const m of mentions) if (m.form !== 'pronoun' && !byStart.has(m.start)) byStart.set(m.start, m);
  for (const first of mentions) {
    const comma = phraseEnd(t, first, byStart);
    if (first.form === 'pronoun' || first.plural || t.words[comma] !== ',') continue;
    // "Sudan's army chief, General Abdel Fattah al-Burhan,": a title before the name is no part of its mention
    let at = comma + 1;
    while (at < comma + 1 + MAX_TITLE_WORDS && isTitleWord(t.lower[at] ?? '')) at++;
    // "Samir Haddad, the WFP's regional director,": a nominal with a possessor name may start after the article
    const second = byStart.get(comma + 1) ?? byStart.get(at) ?? (t.lower[comma + 1] === 'the' ? byStart.get(comma + 2) : undefined);
    if (!second || second.plural || second.type !== first.type || second.form === first.form) continue;
    if (t.sentence[second.start] !== t.sentence[first.start]) continue;
    if (first.form === 'name' && second.form === 'nominal' && !closesAppositive(c, second.end)) continue;
    if (first.form === 'nominal' && !closesAppositive(c, second.end)) continue;
    second.appositive = first;
    // "Salaheddine Sidhoum, Algeria's leading rights activist,": the description titles the name, as one before it does
    // and "Sudan's army chief, Abdel Fattah al-Burhan," the name after it
    const [name, description] = first.form === 'name' ? [first, second] : [second, first];
    if (name.form === 'name' && name.type === 'PERSON' && description.title) {
      name.title ??= description.title;
      name.qualifier ??= description.qualifier;
      name.country ??= description.country;
    }
  }
}

/**
 * Where a mention's phrase ends: after the prepositional phrase of a nominal ("the secretary general of NATO, Mark
 * Rutte,", "a spokeswoman for the ministry, Anna Berg,", "his ambassador in Washington, Oksana Markarova,"), else after
 * the mention.
 */
function phraseEnd(t: TokenTable, m: Candidate, byStart: ReadonlyMap<number, Candidate>): number {
  if (m.form !== 'nominal' || !PHRASE_PREPOSITIONS.has(t.lower[m.end] ?? '')) return m.end;
  // the object's mention may start at its article ("the ministry") or after it ("the Kremlin")
  const object = byStart.get(m.end + 1) ?? (t.lower[m.end + 1] === 'the' ? byStart.get(m.end + 2) : undefined);
  return object ? object.end : m.end;
}

const PHRASE_PREPOSITIONS = new Set(['of', 'for', 'in', 'at', 'to', 'from']);

/**
 * A description written straight before a name is its title: "Nigerian junior foreign minister Dubem Oniya",
 * "Iran's religious leader Ayatollah Ruhollah Khomeini", "the rebel commander Ali Musa". The name takes the
 * description's office (unless its own capitalised title gave one) and its country evidence, so linking can
 * code a person the base does not know; both are one entity. Honorifics may stand between ("Ayatollah" is already the name's title).
 */
export function markPrenominalTitles(c: TokenCues, mentions: readonly Candidate[]): void {
  const t = c.tokens;
  for (let k = 0; k + 1 < mentions.length; k++) {
    const d = mentions[k];
    if (d.form !== 'nominal' || d.type !== 'PERSON' || d.plural || !d.title) continue;
    const name = mentions.slice(k + 1).find((m) => m.start >= d.end);
    if (!name || name.form !== 'name' || name.type !== 'PERSON' || t.sentence[name.start] !== t.sentence[d.start]) continue;
    let joined = true;
    for (let j = d.end; j < name.start; j++) if (!HONORIFICS.has(t.lower[j].replace(/\.$/, ''))) joined = false;
    if (!joined || name.start - d.end > 2) continue;
    name.title ??= d.title;
    name.country ??= d.country;
    name.qualifier ??= d.qualifier;
    name.appositive ??= d;
  }
}

/**
 * An acronym in brackets right after an organisation's name is that organisation, whatever its letters (they
 * often spell the name in another language): "the Serbian Workers' Union (SSS)", "Revolutionary United Front (RUF)".
 */
export function markBracketAcronyms(c: TokenCues, mentions: readonly Candidate[]): void {
  const t = c.tokens;
  const byStart = new Map<number, Candidate>();
  for (const m of mentions) if (m.form === 'name') byStart.set(m.start, m);
  for (const m of mentions) {
    if (m.form !== 'name' || m.type !== 'ORG' || t.words[m.end] !== '(' || t.words[m.end + 2] !== ')') continue;
    const acronym = byStart.get(m.end + 1);
    if (acronym && acronym.end === m.end + 2 && /^\p{Lu}[\p{Lu}\d&/.-]+$/u.test(t.words[m.end + 1])) {
      acronym.appositive ??= m;
      acronym.type = 'ORG';
    }
  }
}

const PREDICATE = new Set(['as', 'is', 'was', 'are', 'were', 'be', 'been', 'became', 'becomes', 'become', 'remains', 'remained']);
const SUBJECT_BREAKS = new Set([',', ';', ':', '"', 'that', 'who', 'which', 'where', 'when', 'while', 'because', 'after', 'before', 'if']);

/**
 * Predicate nominals name the subject again: "Maxime Bernier resigned as foreign minister", "Warhol was a
 * businessperson". The nominal records the clause subject as its appositive.
 */
export function markPredicates(c: TokenCues, mentions: readonly Candidate[]): void {
  const t = c.tokens;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.form !== 'nominal' || m.appositive || m.start === 0 || !PREDICATE.has(t.lower[m.start - 1])) continue;
    for (let j = k - 1; j >= 0; j--) {
      const x = mentions[j];
      if (x.end > m.start) continue;
      if (t.sentence[x.start] !== t.sentence[m.start] || breaks(c, x.end, m.start)) break;
      if (x.subject && x.type === m.type && x.plural === m.plural && x.form !== 'pronoun') {
        m.appositive = x;
        break;
      }
    }
  }
}

function breaks(c: TokenCues, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SUBJECT_BREAKS.has(c.tokens.lower[k])) return true;
  return false;
}

function closesAppositive(c: TokenCues, k: number): boolean {
  const w = c.tokens.lower[k] ?? '.';
  return w === ',' || w === '.' || w === ';' || w === 'of' || w === 'for' || w === 'at' || w === 'in' || VERBAL.has(c.pos(k)) || c.tokens.sentence[k] !== c.tokens.sentence[k - 1];
}

/**
 * A place or institution alias that is also the surname of a person the document names in full is that
 * person ("Valeska Paris … Paris said", "Michael Jordan … Jordan scored"), unless it follows a place
 * preposition ("in Paris").
 */
export function surnamesOverAliases(c: TokenCues, mentions: Candidate[]): void {
  const t = c.tokens;
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.form !== 'name' || m.type !== 'PERSON' || !m.typeSure || m.end - m.start < 2) continue;
    surnames.add(t.lower[m.end - 1]);
    // "Lai Ching-te", "Park Min-seo": a hyphenated given name after it marks the surname-first order
    if (t.words.slice(m.start, m.end).includes('-')) surnames.add(t.lower[m.start]);
  }
  if (surnames.size === 0) return;
  for (const m of mentions) {
    if (m.form !== 'name' || m.end - m.start !== 1 || m.type === 'PERSON' || !surnames.has(t.lower[m.start])) continue;
    if (m.start > 0 && PLACE_WORDS.has(t.lower[m.start - 1])) continue;
    m.type = 'PERSON';
    m.ids = undefined;
    m.typeSure = true;
  }
}

const PLACE_WORDS = new Set(['in', 'to', 'from', 'at', 'near', 'of', 'outside', 'across', 'into']);
