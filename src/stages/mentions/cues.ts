import type { Span } from '../../doc/span.ts';
import { datelineLength } from '../../doc/dateline.ts';
import { POS_TAGS, tokenAtOrAfter, type TokenTable } from '../../doc/tokens.ts';

/** Token-level facts every detector reads, computed once per document in one pass. */
export interface TokenCues {
  readonly tokens: TokenTable;
  /** 1 when the token is the first of its sentence, or follows an opening quote or bracket there. */
  readonly clauseInitial: Uint8Array;
  /**
   * 1 inside double quotes: toggled by each quote mark, reset at every paragraph unless a quotation left open goes on
   * into it (`He said, "In the first half it felt good.¶We could've scored two goals." After the match, …`).
   */
  readonly inQuote: Uint8Array;
  /** 1 for tokens of a sentence written in title case ("Russia Warns West Over Grain Deal"). */
  readonly titleCase: Uint8Array;
  /** Paragraph index of each token. */
  readonly paragraph: Int32Array;
  /** 1 for tokens of the first sentence of a paragraph. */
  readonly paragraphLead: Uint8Array;
  /** 1 for tokens of a dateline opening a sentence ("KYIV, Sept 11 —"): where the story was filed, no subject. */
  readonly dateline: Uint8Array;
  pos(i: number): string;
  /** No space between token i and i+1 ("al" "-" "Qaeda"). */
  glued(i: number): boolean;
}

const UPPER = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;

/** Asked for nearly every token by several detectors: plain ASCII is decided without a Unicode regex. */
export function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90) return true; // A-Z: upper case, and a letter
  if (first < 128) return false; // any other ASCII start is not an upper-case letter
  return UPPER.test(word) && HAS_LETTER.test(word);
}

/** Whether the word holds a letter; ASCII letters are found without the Unicode regex. */
function hasLetter(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 128) return HAS_LETTER.test(word);
    if ((code | 32) >= 97 && (code | 32) <= 122) return true;
  }
  return false;
}

export interface CueOptions {
  /** Lower-case words (other than "of", "and"…) a sentence may have and still count as a title-case headline. */
  titleCaseLowerWords: number;
  /** Fewest words for the title-case test: "Ukraine Says No" is too short to tell from a name list. */
  titleCaseMinWords: number;
}

export const DEFAULT_CUE_OPTIONS: CueOptions = { titleCaseLowerWords: 0, titleCaseMinWords: 4 };

export function tokenCues(t: TokenTable, paragraphs: readonly Span[], sentences: readonly Span[], o = DEFAULT_CUE_OPTIONS): TokenCues {
  const n = t.length;
  const clauseInitial = new Uint8Array(n);
  const inQuote = new Uint8Array(n);
  const titleCase = new Uint8Array(n);
  const paragraph = new Int32Array(n);
  const paragraphLead = new Uint8Array(n);
  let p = 0;
  let leadSentence = -1;
  let quoted = 0;
  for (let i = 0; i < n; i++) {
    while (p < paragraphs.length - 1 && t.starts[i] >= paragraphs[p].end) {
      p++;
      quoted = quoted && closesFirst(t, i, paragraphs[p].end) ? 1 : 0;
    }
    if (i === 0 || paragraph[i - 1] !== p) leadSentence = t.sentence[i];
    paragraph[i] = p;
    paragraphLead[i] = t.sentence[i] === leadSentence ? 1 : 0;
    const w = t.words[i];
    if (w === '"') quoted ^= 1;
    inQuote[i] = quoted;
    const first = i === 0 || t.sentence[i] !== t.sentence[i - 1];
    const prev = first ? '' : t.words[i - 1];
    clauseInitial[i] = first || prev === '"' || prev === '(' || prev === ':' || prev === '--' || prev === '\u2014' ? 1 : 0;
  }
  markTitleCase(t, sentences.length, titleCase, o);
  return {
    tokens: t, clauseInitial, inQuote, titleCase, paragraph, paragraphLead, dateline: datelineTokens(t, sentences),
    pos: (i) => POS_TAGS[t.pos[i]],
    glued: (i) => i + 1 < n && t.ends[i] === t.starts[i + 1],
  };
}

/**
 * Whether the first quote mark of the paragraph from token `first` (up to offset `end`) closes a quotation: it sticks
 * to the word before it ("… early." After"), where an opening mark stands free before its word. A quotation left open
 * at the end of a paragraph goes on into the next only then; the next usually reopens it with a mark of its own.
 */
function closesFirst(t: TokenTable, first: number, end: number): boolean {
  for (let k = first; k < t.length && t.starts[k] < end; k++) if (t.words[k] === '"') return k > first && t.starts[k] === t.ends[k - 1];
  return false;
}

function datelineTokens(t: TokenTable, sentences: readonly Span[]): Uint8Array {
  const out = new Uint8Array(t.length);
  for (const s of sentences) {
    const length = datelineLength(s.text, 0);
    if (length) out.fill(1, tokenAtOrAfter(t, s.start), tokenAtOrAfter(t, s.start + length));
  }
  return out;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'as', 'from', 'vs', 'via']);

/**
 * Headline style: every word but the small ones is capitalised ("Russia Warns Ukraine Over Grain Deal").
 * One lower-case verb or noun ("…Obama met Russian Foreign Minister Sergey Lavrov") makes it running
 * text, however dense with names.
 */
function markTitleCase(t: TokenTable, sentenceCount: number, out: Uint8Array, o: CueOptions): void {
  const words = new Int32Array(sentenceCount);
  const lower = new Int32Array(sentenceCount);
  for (let i = 0; i < t.length; i++) {
    const w = t.words[i];
    if (!hasLetter(w) || SMALL_WORDS.has(w)) continue;
    words[t.sentence[i]]++;
    if (!isCapitalised(w)) lower[t.sentence[i]]++;
  }
  for (let i = 0; i < t.length; i++) {
    const s = t.sentence[i];
    if (words[s] >= o.titleCaseMinWords && lower[s] <= o.titleCaseLowerWords) out[i] = 1;
  }
}
