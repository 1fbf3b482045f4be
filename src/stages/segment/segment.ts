import type { Doc } from '../../doc/document.ts';
import type { Span } from '../../doc/span.ts';
import { makeSpan } from '../../doc/span.ts';
import { partitionPoint } from '../../doc/search.ts';
import { posIndex, type TokenTable } from '../../doc/tokens.ts';
import type { Stage, StageOutput } from '../../pipeline/stage.ts';
import { winkAnalyse, winkInstance } from './wink.ts';
import { TITLE_ABBREVIATIONS } from '../../knowledge/title-abbreviations.ts';

/** Straight forms of the typographic quotes and apostrophes, so lexicons match "Russia’s" and "Russia's" alike. */
const FOLD: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u00AB': '"', '\u00BB': '"', '\u201E': '"', '\u2032': "'" };
const FOLD_RE = /[\u2018\u2019\u201C\u201D\u00AB\u00BB\u201E\u2032]/g;

export function foldQuotes(s: string): string {
  return s.replace(FOLD_RE, (c) => FOLD[c]);
}

/**
 * Paragraphs, sentences and tokens. Tokens and sentence boundaries come from wink-nlp; offsets are recovered
 * by walking the text (wink's tokenisation is lossless, so each token value is found at or after the cursor).
 * A sentence never crosses a paragraph break, even when the first paragraph lacks a full stop (headlines).
 */
export const segmentStage: Stage = {
  name: 'segment',
  version: '1.0.0',
  requires: [],
  produces: ['paragraphs', 'sentences', 'tokens'],
  description: 'Paragraphs, sentences and tokens with universal POS tags (wink-nlp), as packed arrays.',
  prepare() {
    winkInstance();
  },
  run(doc: Doc): StageOutput {
    const text = doc.text;
    const paragraphs = findParagraphs(text);
    const wink = winkAnalyse(text);
    const starts: number[] = [];
    const ends: number[] = [];
    const pos: number[] = [];
    const winkToOurs = new Int32Array(wink.values.length).fill(-1);
    let cursor = 0;
    for (let i = 0; i < wink.values.length; i++) {
      const value = wink.values[i];
      const at = text.indexOf(value, cursor);
      if (at < 0) continue; // never seen; a token that is not in the text cannot become a span
      cursor = at + value.length;
      if (wink.types[i] === 'tabCRLF' || value.trim() === '') continue;
      winkToOurs[i] = starts.length;
      starts.push(at);
      ends.push(cursor);
      pos.push(posIndex(wink.pos[i]));
    }
    // Folding maps one character to one, so the folded text keeps every offset: fold once, then slice.
    const folded = foldQuotes(text);
    const words = starts.map((st, i) => folded.slice(st, ends[i]));
    const sentenceSpans = sentencesFrom(text, words, wink.sentences, winkToOurs, starts, ends, paragraphs);
    const sentence = new Int32Array(starts.length);
    let s = 0;
    for (let i = 0; i < starts.length; i++) {
      while (s < sentenceSpans.length - 1 && starts[i] >= sentenceSpans[s].end) s++;
      sentence[i] = s;
    }
    const tokens: TokenTable = {
      length: starts.length,
      starts: Int32Array.from(starts),
      ends: Int32Array.from(ends),
      sentence,
      pos: Uint8Array.from(pos),
      words,
      lower: words.map((w) => w.toLowerCase()),
    };
    return { layers: { paragraphs, sentences: sentenceSpans, tokens } };
  },
};

function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g; // runs of text separated by blank lines
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push(makeSpan(text, start + lead, start + lead + trimmed.length));
  }
  return out;
}

function sentencesFrom(
  text: string,
  words: readonly string[],
  winkSentences: Array<[number, number]>,
  map: Int32Array,
  starts: number[],
  ends: number[],
  paragraphs: Span[],
): Span[] {
  // Sentence start offsets from wink, plus every paragraph start; then each sentence runs to the next start.
  const boundaries = new Set<number>();
  for (const [first, last] of winkSentences) {
    let i = first;
    while (i <= last && map[i] < 0) i++;
    if (i <= last) boundaries.add(starts[map[i]]);
  }
  repairBoundaries(text, words, boundaries, starts, ends);
  for (const p of paragraphs) boundaries.add(p.start);
  const ordered = [...boundaries].sort((a, b) => a - b);
  const out: Span[] = [];
  let p = 0;
  for (let k = 0; k < ordered.length; k++) {
    const start = ordered[k];
    while (p < paragraphs.length - 1 && start >= paragraphs[p].end) p++;
    const limit = Math.min(k + 1 < ordered.length ? ordered[k + 1] : text.length, paragraphs[p]?.end ?? text.length);
    // End at the last token inside the limit, so the span holds no trailing white space.
    let end = start;
    for (let i = partitionPoint(starts.length, (k) => starts[k] < start); i < starts.length && ends[i] <= limit; i++) end = ends[i];
    if (end > start) out.push(makeSpan(text, start, end));
  }
  return out;
}

/**
 * Four repairs of wink's sentence breaks that matter for attribution:
 * - `"Is it over?" she asked.` is one sentence: a "sentence" that starts with a lower-case word continues the
 *   previous one (news sentences do not start lower-case);
 * - `said the Rev. Peter Wherry` is one: a title's abbreviation never ends a sentence;
 * - `Sen. Ana Ruiz (D-S.C.), who …` is one: a sentence never starts inside an initialism (wink splits "S.C."
 *   after "S." when a hyphen is glued before it);
 * - `He said no. Mr. Okafor disagreed.` is two: a full stop (free-standing, or swallowed by a lower-case word as
 *   in "no."), optionally followed by a closing quote, before a capitalised word ends a sentence.
 */
function repairBoundaries(text: string, words: readonly string[], boundaries: Set<number>, starts: number[], ends: number[]): void {
  for (let i = 0; i < starts.length; i++) {
    const first = text[starts[i]];
    if (boundaries.has(starts[i]) && i > 0 && first >= 'a' && first <= 'z') boundaries.delete(starts[i]);
    if (boundaries.has(starts[i]) && insideInitialism(words, starts, ends, i)) boundaries.delete(starts[i]);
    // The folded word serves: no abbreviation or sentence-final word holds a quote or apostrophe.
    const word = words[i];
    // "Rev." as one token, or "Rev" and a glued "."
    const abbreviation = TITLE_ABBREVIATIONS.has(word) || (word === '.' && i > 0 && ends[i - 1] === starts[i] && TITLE_ABBREVIATIONS.has(text.slice(starts[i - 1], ends[i])));
    if (abbreviation && i + 1 < starts.length) {
      boundaries.delete(starts[i + 1]);
      continue;
    }
    if (!endsSentence(word) || i + 1 >= starts.length) continue;
    let next = i + 1;
    if (ends[next] - starts[next] === 1 && CLOSING_QUOTES.has(text[starts[next]]) && starts[next] === ends[i]) next++;
    const c = text[starts[next]];
    if (next < starts.length && c >= 'A' && c <= 'Z' && starts[next] > ends[next - 1]) boundaries.add(starts[next]);
  }
}

/** Token i is glued to a "." that is glued to a single letter: "C." after "S." in "S.C.". */
function insideInitialism(words: readonly string[], starts: number[], ends: number[], i: number): boolean {
  return i >= 2 && words[i - 1] === '.' && starts[i] === ends[i - 1] && starts[i - 1] === ends[i - 2] && /^[A-Za-z]$/.test(words[i - 2]);
}

/** A closing quote between a full stop and the next sentence, as written (a curly opening quote does not close). */
const CLOSING_QUOTES = new Set(['"', '\u201D', '\u2019', "'"]);

/** Lower-case abbreviations that are followed by a capitalised word mid-sentence ("vs. Russia"). */
const MID_SENTENCE_ABBREVIATIONS = new Set(['vs.', 'v.', 'cf.', 'approx.', 'ca.', 'e.g.', 'i.e.', 'incl.']);

/** "." on its own, or a lower-case word that swallowed the full stop ("no." in "He said no. Mr. X"). */
function endsSentence(word: string): boolean {
  if (word === '.') return true;
  return /^[a-z]+\.$/.test(word) && !MID_SENTENCE_ABBREVIATIONS.has(word);
}
