import { POS_TAGS } from '../../doc/tokens.ts';
import { CUE_CLASSES, type AttributionContext } from './context.ts';
import { QuoteState } from './quotes.ts';

/**
 * The values features are built from, one string per token and kind, computed once per document so that
 * the featuriser only looks strings up. Values hold no '|' (it separates the halves of a pair feature).
 */
export interface TokenAtoms {
  readonly word: string[];
  readonly suffix: string[];
  readonly shape: string[];
  readonly pos: string[];
  readonly cue: string[];
  readonly quote: string[];
  /** Distance to the nearest lexicon cue in the same sentence, left and right, bucketed ("-" for none). */
  readonly cueLeft: string[];
  readonly cueRight: string[];
  /** "first" / "last" / "mid" / "only" token of its sentence. */
  readonly place: string[];
  /** The nearest punctuation mark in the sentence, left and right (",", ":", "\"", "-" for none). */
  readonly punctLeft: string[];
  readonly punctRight: string[];
  /** For tokens inside a quotation: its length bucket, and the cue class just after / before it. */
  readonly quoteLength: string[];
  readonly cueAfterQuote: string[];
  readonly cueBeforeQuote: string[];
  /** "y" inside a quote continued from the previous paragraph. */
  readonly continued: string[];
  /** The word without an inflectional ending ("warns", "warned", "warning" → "warn"). */
  readonly stem: string[];
  /** Index of the token in its sentence, bucketed (cues come early: "He said…", "Officials believe…"). */
  readonly index: string[];
  /** For verbs: "1" for the first verb of the sentence, "n" for later ones; "-" for other words. */
  readonly verbOrder: string[];
  /** Tokens left to the end of the sentence, bucketed ("0" on its final mark): reported clauses mostly run to it. */
  readonly toEnd: string[];
  /**
   * What follows the next comma ahead in the sentence, which decides whether content runs past it: "j" and/but/or,
   * "c" a cue-lexicon word within two tokens (", adding that", ", she said"), "v" another verb (", leaving"), "s" a
   * subordinator or relative (", though", ", which"), "x" anything else, "-" no comma ahead.
   */
  readonly nextComma: string[];
}

const QUOTE_NAMES = ['n', 'i', 'o', 'c'];
const BUCKETS = ['0', '1', '2', '3', '4', '4', '4', '7', '7', '7', '7', '7', '7'];
/** How far (in tokens) a cue may stand from a quotation's marks and still be read as its cue. */
const QUOTE_CUE_REACH = 4;

export function tokenAtoms(ctx: AttributionContext): TokenAtoms {
  const { tokens, quotes } = ctx;
  const n = tokens.length;
  const word = tokens.lower.map((w) => (w.includes('|') ? w.replaceAll('|', '¦') : w));
  const atoms: TokenAtoms = {
    word,
    suffix: word.map((w) => (w.length > 3 ? w.slice(-3) : w)),
    shape: tokens.words.map(shapeOf),
    pos: Array.from(tokens.pos, (p) => POS_TAGS[p]),
    cue: Array.from(ctx.cueClass, (c) => CUE_CLASSES[c]),
    quote: Array.from(quotes.state, (q) => QUOTE_NAMES[q]),
    cueLeft: new Array(n).fill('-'),
    cueRight: new Array(n).fill('-'),
    place: new Array(n).fill('mid'),
    punctLeft: new Array(n).fill('-'),
    punctRight: new Array(n).fill('-'),
    quoteLength: new Array(n).fill('-'),
    cueAfterQuote: new Array(n).fill('-'),
    cueBeforeQuote: new Array(n).fill('-'),
    continued: new Array(n).fill('n'),
    stem: word.map(stemOf),
    index: new Array(n).fill('-'),
    verbOrder: new Array(n).fill('-'),
    toEnd: new Array(n).fill('-'),
    nextComma: new Array(n).fill('-'),
  };
  fillSentenceAtoms(ctx, atoms);
  fillQuoteAtoms(ctx, atoms);
  return atoms;
}

function fillSentenceAtoms(ctx: AttributionContext, atoms: TokenAtoms): void {
  const { tokens, cueClass } = ctx;
  let first = 0;
  while (first < tokens.length) {
    let end = first;
    while (end < tokens.length && tokens.sentence[end] === tokens.sentence[first]) end++;
    let lastCue = -1;
    let lastPunct = '-';
    for (let i = first; i < end; i++) {
      if (cueClass[i]) lastCue = i;
      if (lastCue >= 0) atoms.cueLeft[i] = bucket(i - lastCue);
      atoms.punctLeft[i] = lastPunct;
      if (tokens.pos[i] === PUNCT) lastPunct = atoms.word[i];
    }
    lastCue = -1;
    lastPunct = '-';
    for (let i = end - 1; i >= first; i--) {
      if (cueClass[i]) lastCue = i;
      if (lastCue >= 0) atoms.cueRight[i] = bucket(lastCue - i);
      atoms.punctRight[i] = lastPunct;
      if (tokens.pos[i] === PUNCT) lastPunct = atoms.word[i];
    }
    let verbs = 0;
    for (let i = first; i < end; i++) {
      const k = i - first;
      atoms.index[i] = k < 3 ? String(k) : k < 6 ? '3' : k < 11 ? '6' : k < 21 ? '11' : '21';
      if (tokens.pos[i] === VERB || tokens.pos[i] === AUX) atoms.verbOrder[i] = verbs++ === 0 ? '1' : 'n';
    }
    let comma = '-';
    for (let i = end - 1; i >= first; i--) {
      atoms.toEnd[i] = bucket(end - 1 - i);
      atoms.nextComma[i] = comma;
      if (atoms.word[i] === ',') comma = afterComma(ctx, i, end);
    }
    atoms.place[first] = 'first';
    atoms.place[end - 1] = end - 1 === first ? 'only' : 'last';
    first = end;
  }
}

function fillQuoteAtoms(ctx: AttributionContext, atoms: TokenAtoms): void {
  const { tokens, cueClass, quotes } = ctx;
  for (const r of quotes.regions) {
    const length = r.close - r.open - 1;
    const size = length <= 3 ? 'short' : length <= 12 ? 'mid' : 'long';
    let after = '-';
    for (let i = r.close + 1; i < Math.min(tokens.length, r.close + 1 + QUOTE_CUE_REACH); i++) {
      if (cueClass[i]) { after = CUE_CLASSES[cueClass[i]]; break; }
    }
    let before = '-';
    for (let i = r.open - 1; i >= Math.max(0, r.open - QUOTE_CUE_REACH); i--) {
      if (cueClass[i]) { before = CUE_CLASSES[cueClass[i]]; break; }
    }
    for (let i = r.open; i <= r.close; i++) {
      atoms.quoteLength[i] = size;
      atoms.cueAfterQuote[i] = after;
      atoms.cueBeforeQuote[i] = before;
      if (r.continues) atoms.continued[i] = 'y';
    }
  }
}

/** Coordinating conjunctions that may continue a reported clause past a comma ("…, and the army will…"). */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or']);

/** The kind of what follows the comma at token i (sentence ends at `end`), for `nextComma`. */
function afterComma(ctx: AttributionContext, i: number, end: number): string {
  const { tokens, cueClass } = ctx;
  const next = i + 1;
  if (next >= end) return 'x';
  if (CONJUNCTIONS.has(tokens.lower[next])) return 'j';
  if (cueClass[next] || (next + 1 < end && cueClass[next + 1])) return 'c';
  const pos = tokens.pos[next];
  if (pos === VERB || pos === AUX) return 'v';
  if (pos === SCONJ || tokens.lower[next].startsWith('wh')) return 's';
  return 'x';
}

const PUNCT = POS_TAGS.indexOf('PUNCT');
const SCONJ = POS_TAGS.indexOf('SCONJ');
const VERB = POS_TAGS.indexOf('VERB');
const AUX = POS_TAGS.indexOf('AUX');

/** A crude inflection stripper for features (not a lemmatiser): "claims" → "claim", "urged" → "urg". */
export function stemOf(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function bucket(distance: number): string {
  return distance < BUCKETS.length ? BUCKETS[distance] : '13';
}

/** "Lavrov" → "Xx", "U.S." → "X.X.", "2016" → "d", ":" → ":" — runs of one character class collapse. */
export function shapeOf(word: string): string {
  let out = '';
  for (const ch of word.length > 12 ? word.slice(0, 12) : word) {
    const c = ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch === '|' ? '¦' : ch;
    if (out.at(-1) !== c) out += c;
  }
  return out;
}

export { QuoteState };
