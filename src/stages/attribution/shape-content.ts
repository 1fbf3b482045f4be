import type { AttributionContext } from './context.ts';
import type { Segment } from './tags.ts';
import { posIndex, sentenceEnd, sentenceStart } from '../../doc/tokens.ts';
import { unquoted } from './quotes.ts';
import { afterDateline } from '../../doc/dateline.ts';

/**
 * Words after the cue and its source that still close a report: "a spokesman announced Monday morning.", "an
 * official told Reuters on condition of anonymity." (6 rather than 4: dev cue F1 +0.1, train the same).
 */
const TRAILING_WORDS = 6;
const SENTENCE_END = new Set(['.', '!', '?']);
const VERB = posIndex('VERB');

/**
 * Content from the shape of the sentence, for a cue the role tagger found a source for but no content (a cue
 * without content is dropped). Three shapes, each common in news and each with its content in a fixed place:
 * - the report that closes its sentence: "The meeting deteriorated from there, said one GOP source in the room."
 *   — the sentence before the comma (less a dateline);
 * - the report set off by commas inside it: "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt."
 *   — the two pieces around it;
 * - the cue right before "that": "Sharockman responded that the website cites …" — the that-clause.
 * Quotations are left to the quotation rules. Returns no segment when the sentence has none of these shapes.
 */
export function contentFromShape(ctx: AttributionContext, cue: Segment, source: Segment | null): Segment[] {
  const s = sentenceOf(ctx, cue);
  if (!s) return [];
  // The source, if any, stands right before the cue ("a spokesman announced") or right after it ("said one source").
  const before = source && source.last < cue.first ? source : null;
  const after = source && source.first > cue.last ? source : null;
  if ((before && before.last + 1 !== cue.first) || (after && after.first !== cue.last + 1)) return [];
  const open = (before ?? cue).first - 1;
  const close = (after ?? cue).last + 1;
  const pieces = trailingReport(ctx, s, cue, open, close) ?? insetReport(ctx, s, open, close) ?? thatClause(ctx, s, cue);
  return pieces && pieces.every((p) => unquoted(ctx.quotes, p.first, p.last)) ? pieces : [];
}

interface SentenceBounds {
  readonly first: number;
  /** The last token before the sentence's final punctuation. */
  readonly last: number;
}

function sentenceOf(ctx: AttributionContext, cue: Segment): SentenceBounds | null {
  const { tokens } = ctx;
  const end = sentenceEnd(tokens, cue.first);
  return SENTENCE_END.has(tokens.words[end - 1]) ? { first: sentenceStart(tokens, cue.first), last: end - 2 } : null;
}

/** "…, said one source in the room." — the report and at most TRAILING_WORDS words, no verb, after a comma. */
function trailingReport(ctx: AttributionContext, s: SentenceBounds, cue: Segment, open: number, close: number): Segment[] | null {
  const { tokens } = ctx;
  if (open - s.first < 3 || tokens.words[open] !== ',' || s.last + 1 - close > TRAILING_WORDS) return null;
  for (let i = close; i <= s.last; i++) if (tokens.words[i] === ',' || tokens.pos[i] === VERB) return null;
  return [{ role: 'CON', first: afterDateline(ctx.text, tokens, s.first, open - 1), last: open - 1 }];
}

/** "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999." — the pieces around the inset. */
function insetReport(ctx: AttributionContext, s: SentenceBounds, open: number, close: number): Segment[] | null {
  const { words } = ctx.tokens;
  if (words[open] !== ',' || words[close] !== ',' || open - s.first < 2 || s.last - close < 3) return null;
  return [
    { role: 'CON', first: afterDateline(ctx.text, ctx.tokens, s.first, open - 1), last: open - 1 },
    { role: 'CON', first: close + 1, last: s.last },
  ];
}

/** "… responded that the website cites …" — "that" and the rest of the sentence. */
function thatClause(ctx: AttributionContext, s: SentenceBounds, cue: Segment): Segment[] | null {
  const at = cue.last + 1;
  return ctx.tokens.lower[at] === 'that' && s.last - at >= 3 ? [{ role: 'CON', first: at, last: s.last }] : null;
}
