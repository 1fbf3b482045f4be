import type { Candidate } from './candidate.ts';
import type { TokenCues } from './cues.ts';

/** A speaker's name in capitals, as transcripts print it: "RUSU", "O'REILLY". */
const SHOUTED = /^[A-Z][A-Z'.-]*[A-Z]$/;
/** Longest speaker label of a transcript turn, in tokens ("JAKE TAPPER"). */
const MAX_LABEL_TOKENS = 3;

/**
 * A paragraph opened by a label and a colon, as titles ("Lavrov: Western troops …") and printed transcripts
 * ("WALLACE: Will she be there?") attribute: the colon's token when at most `maxWords` words from `first`, each
 * matching `word`, stand before it; -1 when the paragraph does not open so. Tokens up to `end` are read.
 */
export function colonAfterLabel(words: readonly string[], first: number, end: number, maxWords: number, word: RegExp): number {
  let i = first;
  while (i < end && i - first < maxWords && word.test(words[i])) i++;
  return i > first && words[i] === ':' ? i : -1;
}

/**
 * The speaker label in capitals and its colon opening a transcript turn at token `first` ("RUSU:"), read up to `end`;
 * `quoted` when the paragraph opens a quotation, whose mark comes before the label (`"PENCE: Well, …`).
 */
export function turnLabel(words: readonly string[], first: number, end: number, quoted: boolean): { label: number; colon: number } | null {
  const label = quoted && !/\w/.test(words[first]) ? first + 1 : first;
  const colon = colonAfterLabel(words, label, end, MAX_LABEL_TOKENS, SHOUTED);
  return colon < 0 ? null : { label, colon };
}

/**
 * The speaker of the transcript turn `m` stands in: a paragraph opened by a name in capitals and a colon ("RUSU: We
 * have conveyed our position …") is that speaker's own words, so its "I" and "we" are theirs, as a quotation's are.
 * The label's mention, or undefined outside a turn (and for the label itself).
 */
export function turnSpeaker(c: TokenCues, m: Candidate, mentions: readonly Candidate[]): Candidate | undefined {
  let first = m.start;
  while (first > 0 && c.paragraph[first - 1] === c.paragraph[m.start]) first--;
  const turn = turnLabel(c.tokens.words, first, m.start, c.inQuote[first] === 1);
  return turn ? mentions.find((x) => x.start >= turn.label && x.end <= turn.colon && x.form !== 'pronoun') : undefined;
}
