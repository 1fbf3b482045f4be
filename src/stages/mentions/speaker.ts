import type { Candidate } from './candidate.ts';
import type { TokenCues } from './cues.ts';
import { PERSON_VERBS } from './lexicon.ts';

export interface SpeakerOptions {
  /** Tokens between a quote's edge and its reporting verb ("…," the Kremlin's spokesman said). */
  reach: number;
}
export const DEFAULT_SPEAKER: SpeakerOptions = { reach: 8 };

/** Parts of speech after a mention that make it a modifier of the noun that follows ("Panama coach"). */
const MODIFIED = new Set(['NOUN', 'PROPN']);

/**
 * The mention that reports the quote holding token m, from the reporting frame around the quote:
 * `"…," X said`, `"…," said X`, `X said: "…"`. A light stand-in for the attribution stage, which runs
 * later: it only serves to resolve "I" and "we" inside quotes, and gives up when the frame is not one of these.
 */
export function findSpeaker(
  c: TokenCues,
  m: Candidate,
  mentions: readonly Candidate[],
  o = DEFAULT_SPEAKER,
  fits: (x: Candidate) => boolean = () => true,
): Candidate | undefined {
  const t = c.tokens;
  let open = m.start;
  while (open > 0 && c.inQuote[open - 1] && c.paragraph[open - 1] === c.paragraph[m.start]) open--;
  let close = m.end;
  while (close < t.length && c.inQuote[close] && c.paragraph[close] === c.paragraph[m.start]) close++;
  // After the quote: the first outside mention within reach, with a reporting verb beside it.
  const after = mentions.find((x) => x.start >= close && x.start - close <= o.reach && !x.inQuote && c.paragraph[x.start] === c.paragraph[m.start]);
  if (after && (PERSON_VERBS.has(t.lower[after.end] ?? '') || PERSON_VERBS.has(t.lower[after.start - 1] ?? '') || PERSON_VERBS.has(t.lower[after.end + 1] ?? ''))) return after;
  // Before the quote: the last outside mention in the sentence before it that fits the pronoun, with a reporting
  // verb between. Not a mention nested in the one already found ("USI" inside "USI associate professor"), nor a
  // preposition's object ("editor at the Saudi Gazette"); for "I", not one that modifies the noun after it
  // ("Hernan Gomez, Panama coach, said" — though "we" in the quote may well be Panama's team).
  let before: Candidate | undefined;
  for (const x of mentions) {
    if (x.end > open - 1) break;
    if (x.inQuote || t.sentence[x.start] !== t.sentence[open - 1] || !x.subject || (before && x.start < before.end)) continue;
    if ((!m.pronoun?.plural && MODIFIED.has(c.pos(x.end))) || prepositionObject(c, x) || !fits(x)) continue;
    before = x;
  }
  if (before) for (let k = before.end; k < open; k++) if (PERSON_VERBS.has(t.lower[k])) return before;
  return undefined;
}

/** Parts of speech a noun phrase may hold before its head ("the Saudi Gazette", "its new chief"). */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PRON']);

/** Whether a preposition opens the noun phrase that ends in mention x. */
function prepositionObject(c: TokenCues, x: Candidate): boolean {
  let k = x.start - 1;
  while (k >= 0 && c.tokens.sentence[k] === c.tokens.sentence[x.start] && NOUN_PHRASE.has(c.pos(k))) k--;
  return k >= 0 && c.pos(k) === 'ADP';
}

/** How many tokens may stand between a speaker and the body named in their description. */
const MAX_AFFILIATION_GAP = 5;
/** What may stand between them: "Tunisia's coach", ", the State Department spokeswoman", ", a spokeswoman for the". */
const DESCRIPTION = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'PART', 'PUNCT', 'ADP']);

/**
 * The body a person speaks for, named in the phrase that describes them: "Tunisia's coach Nabil Maaloul",
 * "Jeff Rathke, the State Department spokesman,", "Mao Ning, a spokeswoman for the foreign ministry". The nearest
 * mention that fits, with only words of a noun phrase, commas and prepositions between (no verb: in "Ana Ruiz, who met
 * Egypt's president," Egypt is no body of hers).
 */
export function affiliationOf(c: TokenCues, person: Candidate, mentions: readonly Candidate[], fits: (x: Candidate) => boolean): Candidate | undefined {
  const t = c.tokens;
  let best: Candidate | undefined;
  let bestGap = Infinity;
  for (const x of mentions) {
    if (x === person || x.inQuote || t.sentence[x.start] !== t.sentence[person.start] || !fits(x)) continue;
    const [from, to] = x.end <= person.start ? [x.end, person.start] : x.start >= person.end ? [person.end, x.start] : [0, -1];
    if (to < from || to - from > MAX_AFFILIATION_GAP || to - from >= bestGap) continue;
    let plain = true;
    for (let k = from; k < to && plain; k++) plain = DESCRIPTION.has(c.pos(k)) && t.words[k] !== '"' && t.words[k] !== '.';
    if (!plain) continue;
    best = x;
    bestGap = to - from;
  }
  return best;
}
