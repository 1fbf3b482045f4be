import type { Doc } from '../../doc/document.ts';
import type { Span } from '../../doc/span.ts';
import { posIndex, type TokenTable } from '../../doc/tokens.ts';
import { cueEntry, type CueClass } from './lexicon.ts';
import { analyseQuotes, type QuoteAnalysis } from './quotes.ts';

/** Cue classes as small integers for packed arrays; 0 = not in the lexicon. */
export const CUE_CLASSES: readonly (CueClass | 'none')[] = ['none', 'speech', 'belief', 'evidence', 'according'];

/**
 * What every part of the extractor reads about one document, computed once: tokens, their paragraph, the
 * quote analysis and each token's cue class. Paragraph ranges are token index ranges [first, end).
 */
export interface AttributionContext {
  readonly text: string;
  readonly tokens: TokenTable;
  readonly sentences: readonly Span[];
  readonly paragraphRanges: ReadonlyArray<readonly [number, number]>;
  readonly paragraphOf: Int32Array;
  readonly quotes: QuoteAnalysis;
  readonly cueClass: Uint8Array;
  readonly cueLemma: readonly (string | undefined)[];
}

/** One context per document: the stage reads it again to type the final spans, and a Doc never changes. */
const CONTEXTS = new WeakMap<Doc, AttributionContext>();

export function attributionContext(doc: Doc): AttributionContext {
  let ctx = CONTEXTS.get(doc);
  if (!ctx) CONTEXTS.set(doc, (ctx = buildContext(doc)));
  return ctx;
}

function buildContext(doc: Doc): AttributionContext {
  const tokens = doc.get('tokens');
  const paragraphs = doc.get('paragraphs');
  const paragraphRanges: Array<[number, number]> = [];
  const paragraphOf = new Int32Array(tokens.length);
  let i = 0;
  for (const p of paragraphs) {
    while (i < tokens.length && tokens.ends[i] <= p.start) i++;
    const first = i;
    while (i < tokens.length && tokens.starts[i] < p.end) paragraphOf[i++] = paragraphRanges.length;
    if (i > first) paragraphRanges.push([first, i]);
  }
  const cueClass = new Uint8Array(tokens.length);
  const cueLemma: (string | undefined)[] = new Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    const entry = cueEntry(tokens.lower[t]);
    if (!entry) continue;
    // "according" is a cue only before "to"; other entries only as verbs, so "the plan" is not "plan".
    if (entry.cueClass === 'according' ? tokens.lower[t + 1] !== 'to' : !isVerbLike(tokens, t)) continue;
    cueClass[t] = CUE_CLASSES.indexOf(entry.cueClass);
    cueLemma[t] = entry.lemma;
  }
  return {
    text: doc.text,
    tokens,
    sentences: doc.get('sentences'),
    paragraphRanges,
    paragraphOf,
    quotes: analyseQuotes(doc.text, tokens, paragraphs),
    cueClass,
    cueLemma,
  };
}

const VERB = posIndex('VERB');
const AUX = posIndex('AUX');

function isVerbLike(tokens: TokenTable, t: number): boolean {
  const pos = tokens.pos[t];
  // wink tags some sentence-final "said" as NOUN/ADJ after a quote; the form is still a cue there.
  return pos === VERB || pos === AUX || /(ed|ing|s)$/.test(tokens.lower[t]) || tokens.lower[t] === 'said';
}
