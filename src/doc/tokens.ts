import { ParleyError } from '../errors/catalogue.ts';
import { partitionPoint } from './search.ts';

/**
 * Tokens are the hottest data in the pipeline, so they are packed in typed arrays (as wink-nlp does) rather
 * than held as one object each. Index i is the i-th token in text order.
 */
export interface TokenTable {
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Index of the sentence (in the sentences layer) that holds the token. */
  readonly sentence: Int32Array;
  /** Universal POS tag of each token, as an index into POS_TAGS. */
  readonly pos: Uint8Array;
  /** Surface form, with curly quotes and apostrophes folded to straight ones ("Russia’s" → "Russia's"). */
  readonly words: readonly string[];
  /** Lower-cased `words`, for lexicon look-ups. */
  readonly lower: readonly string[];
}

export const POS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART',
  'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE',
] as const;
export type PosTag = (typeof POS_TAGS)[number];
const POS_INDEX = new Map<string, number>(POS_TAGS.map((t, i) => [t, i]));

export function posIndex(tag: string): number {
  return POS_INDEX.get(tag) ?? POS_INDEX.get('X')!;
}

export function posOf(tokens: TokenTable, i: number): PosTag {
  return POS_TAGS[tokens.pos[i]];
}

const VERB_TAG = posIndex('VERB');
const AUX_TAG = posIndex('AUX');

/** Whether token i is tagged a verb or an auxiliary: what makes a stretch of words a clause. */
export function isVerbal(tokens: TokenTable, i: number): boolean {
  return tokens.pos[i] === VERB_TAG || tokens.pos[i] === AUX_TAG;
}

/** Checks that tokens are in order, do not overlap and lie inside the text. */
export function checkTokens(source: string, t: TokenTable): void {
  let previousEnd = 0;
  for (let i = 0; i < t.length; i++) {
    const s = t.starts[i];
    const e = t.ends[i];
    if (s < previousEnd || e <= s || e > source.length) {
      throw new ParleyError('SPAN_OUT_OF_BOUNDS', `token ${i} at [${s}, ${e}) (previous ended at ${previousEnd})`);
    }
    previousEnd = e;
  }
}

/** First token index whose start is ≥ offset (binary search over the packed starts). */
export function tokenAtOrAfter(t: TokenTable, offset: number): number {
  return partitionPoint(t.length, (i) => t.starts[i] < offset);
}

/** The first token of token i's sentence. */
export function sentenceStart(t: TokenTable, i: number): number {
  let first = i;
  while (first > 0 && t.sentence[first - 1] === t.sentence[i]) first--;
  return first;
}

/** The token after token i's sentence (its end, exclusive). */
export function sentenceEnd(t: TokenTable, i: number): number {
  let end = i + 1;
  while (end < t.length && t.sentence[end] === t.sentence[i]) end++;
  return end;
}
