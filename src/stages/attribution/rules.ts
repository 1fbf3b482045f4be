import { posIndex } from '../../doc/tokens.ts';
import type { AttributionContext } from './context.ts';
import { withoutHearer } from './content-start.ts';
import { continueQuotedContent } from './continuation.ts';
import type { Segment } from './tags.ts';
import { transcriptTurns } from './transcript.ts';

/** A rule-found attribution over token segments. */
export interface RuleAttribution {
  readonly cue: Segment;
  readonly contents: Segment[];
  readonly source: Segment | null;
}

export interface RuleOptions {
  /** Longest source noun phrase, in tokens ("Russian Foreign Minister Sergey Lavrov" is 5). */
  readonly maxSourceTokens: number;
  /** Words allowed between a cue and the colon of a colon quote ("said in a statement:"). */
  readonly maxColonGap: number;
  /** Longest line signed with a dash whose marks did not pair, in tokens (signedLines). */
  readonly maxSignedLineTokens: number;
}

export const DEFAULT_RULE_OPTIONS: RuleOptions = { maxSourceTokens: 8, maxColonGap: 6, maxSignedLineTokens: 200 };

const NOMINAL = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'NUM'].map(posIndex));
const HEAD = new Set(['PROPN', 'NOUN', 'PRON'].map(posIndex));
const SPEECH = 1; // CUE_CLASSES index of 'speech'
const BELIEF = 2;

/**
 * Direct quotations with a speech cue next to them, found without the model so that they hold on any text:
 *   “We will respond,” Lavrov said.        (cue after, source before it)
 *   “We will respond,” said Lavrov.        (inverted)
 *   “We will respond,” he said, “and soon.” (split: two content segments)
 *   Lavrov said: “We will respond.”        (cue before)
 *   The ministry said in a statement: the talks will go on.   (colon quote, no marks needed)
 *   “We are afraid.” ― Ana Ruiz                               (signed with a dash)
 *   "PENCE: Well, look, …                                      (a transcript turn, see transcript.ts)
 * A short quotation with no cue beside it ('the so-called "peace plan"') matches nothing.
 */
export function ruleAttributions(ctx: AttributionContext, o: RuleOptions = DEFAULT_RULE_OPTIONS): RuleAttribution[] {
  const out: RuleAttribution[] = [];
  const { regions } = ctx.quotes;
  for (let r = 0; r < regions.length; r++) {
    const q = regions[r];
    if (q.continues) continue;
    const content: Segment = { role: 'CON', first: q.open, last: q.close };
    const after = q.closed ? cueAfter(ctx, q.close + 1, o) : null;
    if (after) {
      const contents = [content];
      const next = regions[r + 1];
      if (next && ctx.tokens.words[after.end] === ',' && next.open === after.end + 1) {
        contents.push({ role: 'CON', first: next.open, last: next.close });
        r++;
      }
      out.push({ cue: after.cue, source: after.source, contents: continueQuotedContent(ctx, contents) });
      continue;
    }
    const before = cueBefore(ctx, q.open - 1, o) ?? (q.closed ? dashByline(ctx, q.close + 1, o) : null);
    if (before) out.push({ cue: before.cue, source: before.source, contents: continueQuotedContent(ctx, [content]) });
  }
  out.push(...transcriptTurns(ctx));
  out.push(...colonQuotes(ctx, o, out));
  out.push(...signedLines(ctx, o, out));
  out.push(...subjectClauses(ctx, o, out));
  return out;
}

/**
 * Reported speech or belief in the plainest frame, a sentence that opens with its source and the cue verb:
 *   Moscow maintains it does not oppose guarantees but insists they must …   (content stops before "but insists")
 *   The union believes that the strike will spread.
 * Only the opening noun phrase may be the source, so "the plan he says will fail" never matches.
 */
function subjectClauses(ctx: AttributionContext, o: RuleOptions, found: readonly RuleAttribution[]): RuleAttribution[] {
  const { tokens, quotes } = ctx;
  const out: RuleAttribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens.sentence[i - 1] === tokens.sentence[i]) continue;
    const source = nounPhraseFrom(ctx, i, o);
    if (source && hasInnerPronoun(ctx, source)) continue; // "The plan he says will fail": a relative clause, not a source
    let c = source ? source.last + 1 : -1;
    if (c > 0 && c < tokens.length && ctx.tokens.lower[c].endsWith('ly')) c++; // "Moscow firmly maintains"
    if (!source || c >= tokens.length || !isSpeechCue(ctx, c) || tokens.sentence[c] !== tokens.sentence[i] || quotes.state[c] !== 0) continue;
    if (found.some((f) => f.cue.first === c)) continue;
    let first = c + 1;
    if (tokens.lower[first] === 'that') first++;
    let last = first;
    while (last + 1 < tokens.length && tokens.sentence[last + 1] === tokens.sentence[i] && !(tokens.lower[last + 1] === 'but' && isSpeechCue(ctx, last + 2))) last++;
    if (tokens.words[last] === '.') last--;
    if (last - first >= 2) out.push({ cue: cueAt(c), source, contents: withoutHearer(ctx, cueAt(c), [{ role: 'CON', first, last }]) });
  }
  return out;
}

interface CueMatch {
  readonly cue: Segment;
  readonly source: Segment | null;
  /** First token after the match. */
  readonly end: number;
}

function isSpeechCue(ctx: AttributionContext, i: number): boolean {
  return ctx.cueClass[i] === SPEECH || ctx.cueClass[i] === BELIEF;
}

/** `, he said` / `, said Lavrov` / `, the minister told reporters` right after a closing mark. */
function cueAfter(ctx: AttributionContext, from: number, o: RuleOptions): CueMatch | null {
  const { tokens } = ctx;
  let i = from;
  while (i < tokens.length && (tokens.words[i] === ',' || tokens.words[i] === '—')) i++;
  if (i >= tokens.length) return null;
  if (isSpeechCue(ctx, i)) {
    const source = nounPhraseFrom(ctx, i + 1, o);
    return source ? { cue: cueAt(i), source, end: source.last + 1 } : null;
  }
  const source = nounPhraseFrom(ctx, i, o);
  if (!source || !isSpeechCue(ctx, source.last + 1)) return null;
  return { cue: cueAt(source.last + 1), source, end: source.last + 2 };
}

/** `Lavrov said: “` / `He told reporters, “` right before an opening mark. */
function cueBefore(ctx: AttributionContext, at: number, o: RuleOptions): CueMatch | null {
  const { tokens } = ctx;
  if (at < 1 || (tokens.words[at] !== ':' && tokens.words[at] !== ',')) return null;
  for (let c = at - 1; c >= Math.max(0, at - 1 - o.maxColonGap); c--) {
    if (tokens.sentence[c] !== tokens.sentence[at]) break;
    if (!isSpeechCue(ctx, c)) continue;
    const source = nounPhraseBefore(ctx, c - 1, o);
    return { cue: cueAt(c), source, end: at };
  }
  return null;
}

export const DASHES: ReadonlySet<string> = new Set(['―', '—', '–', '--']);
const PROPN = posIndex('PROPN');

/**
 * A quotation signed with a dash, as in epigraphs and reader round-ups: `“We are afraid.” ― Ana Ruiz`. The dash
 * is the cue; the name must end its line or sentence, so a dash that opens an aside ("” — a claim the …") is not one.
 */
function dashByline(ctx: AttributionContext, at: number, o: RuleOptions): CueMatch | null {
  const { tokens } = ctx;
  if (at >= tokens.length || !DASHES.has(tokens.words[at]) || tokens.pos[at + 1] !== PROPN) return null;
  const source = nounPhraseFrom(ctx, at + 1, o);
  if (!source) return null;
  for (let k = source.first; k <= source.last; k++) if (tokens.pos[k] !== PROPN) return null;
  let next = source.last + 1;
  if (tokens.words[next] === '.') next++;
  const ends = next >= tokens.length || tokens.sentence[next] !== tokens.sentence[source.last] || ctx.quotes.state[next] !== 0 || tokens.starts[next] > tokens.ends[next - 1] + 1;
  return ends ? { cue: cueAt(at), source, end: source.last + 1 } : null;
}

/** A closing quotation mark of either facing. */
const CLOSING_MARK = /^["”’']+$/;

/**
 * A line signed with a dash whose quotation marks the quote finder could not pair: `”Mr. Trump embodies … our
 * greatest shame.” ― Ana Ruiz` (the opening mark faces the wrong way, as pasted reader comments often do). The content
 * runs from the line's start to the closing mark before the dash.
 */
function signedLines(ctx: AttributionContext, o: RuleOptions, found: readonly RuleAttribution[]): RuleAttribution[] {
  const { tokens, text } = ctx;
  const opensLine = (k: number) => k === 0 || text.slice(tokens.ends[k - 1], tokens.starts[k]).includes('\n');
  const out: RuleAttribution[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!DASHES.has(tokens.words[i]) || !CLOSING_MARK.test(tokens.words[i - 1]) || found.some((f) => f.cue.first === i)) continue;
    const signed = dashByline(ctx, i, o);
    if (!signed) continue;
    let first = i - 1;
    while (!opensLine(first) && i - first < o.maxSignedLineTokens) first--;
    if (first < i - 2 && opensLine(first)) out.push({ cue: signed.cue, source: signed.source, contents: [{ role: 'CON', first, last: i - 1 }] });
  }
  return out;
}

/** Colon quotes without marks: "The ministry said in a statement: the talks will go on." */
function colonQuotes(ctx: AttributionContext, o: RuleOptions, found: readonly RuleAttribution[]): RuleAttribution[] {
  const { tokens, quotes } = ctx;
  const out: RuleAttribution[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens.words[i] !== ':' || quotes.state[i + 1] !== 0 || tokens.sentence[i + 1] !== tokens.sentence[i]) continue;
    const match = cueBefore(ctx, i, o);
    if (!match || !match.source || found.some((f) => f.cue.first === match.cue.first)) continue;
    let last = i + 1;
    while (last + 1 < tokens.length && tokens.sentence[last + 1] === tokens.sentence[i]) last++;
    if (tokens.words[last] === '.') last--;
    if (last > i) out.push({ cue: match.cue, source: match.source, contents: [{ role: 'CON', first: i + 1, last }] });
  }
  return out;
}

const PRON = posIndex('PRON');

function hasInnerPronoun(ctx: AttributionContext, s: Segment): boolean {
  for (let k = s.first + 1; k <= s.last; k++) if (ctx.tokens.pos[k] === PRON) return true;
  return false;
}

function cueAt(i: number): Segment {
  return { role: 'CUE', first: i, last: i };
}

/** A noun phrase starting at `i` ("Lavrov", "the minister", "Russian Foreign Minister Sergey Lavrov"). */
function nounPhraseFrom(ctx: AttributionContext, i: number, o: RuleOptions): Segment | null {
  const { tokens } = ctx;
  let last = i - 1;
  while (last + 1 < tokens.length && last + 1 - i < o.maxSourceTokens && NOMINAL.has(tokens.pos[last + 1]) && !ctx.cueClass[last + 1] && tokens.sentence[last + 1] === tokens.sentence[i]) last++;
  while (last >= i && !HEAD.has(tokens.pos[last])) last--;
  return last >= i ? { role: 'SRC', first: i, last } : null;
}

/** A noun phrase ending at `i`, read leftwards. */
function nounPhraseBefore(ctx: AttributionContext, i: number, o: RuleOptions): Segment | null {
  const { tokens } = ctx;
  if (i < 0 || !HEAD.has(tokens.pos[i])) return null;
  let first = i;
  while (first - 1 >= 0 && i - first + 1 < o.maxSourceTokens && NOMINAL.has(tokens.pos[first - 1]) && tokens.sentence[first - 1] === tokens.sentence[i]) first--;
  return { role: 'SRC', first, last: i };
}
