import { CUE_CLASSES, type AttributionContext } from './context.ts';
import type { Segment } from './tags.ts';
import { isVerbal, posIndex, sentenceEnd, sentenceStart } from '../../doc/tokens.ts';
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
 * Quotations around a report are left to the quotation rules. Returns no segment when the sentence has none of these shapes.
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
  const around = trailingReport(ctx, s, cue, open, close) ?? insetReport(ctx, s, open, close);
  if (around) return around.every((p) => unquoted(ctx.quotes, p.first, p.last)) ? around : [];
  // a that-clause may quote in part ("that the attack showed Moscow "has no interest in peace"")
  return thatClause(ctx, s, cue) ?? [];
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

/**
 * "… responded that the website cites …" — "that" and the rest of the sentence; after an adjunct too: "was quoted as
 * saying by the state news agency that …", "told reporters in Geneva that …".
 */
function thatClause(ctx: AttributionContext, s: SentenceBounds, cue: Segment): Segment[] | null {
  const { lower, words, pos } = ctx.tokens;
  let at = cue.last + 1;
  if (ADJUNCT_OPENERS.has(lower[at]) || lower[at] === 'by' || lower[at] === 'to') {
    while (at <= s.last && at - cue.last <= MAX_ADJUNCT_WORDS && lower[at] !== 'that' && words[at] !== ',' && !isVerbal(ctx.tokens, at)) at++;
  }
  if (lower[at] !== 'that' || s.last - at < 3) return null;
  // "…, touting a message of unity": a participle after a comma is the narrator's, not part of the clause
  let last = at + 1;
  while (last < s.last && !(words[last + 1] === ',' && pos[last + 2] === VERB && /ing$/.test(lower[last + 2] ?? ''))) last++;
  return [{ role: 'CON', first: at, last }];
}

/** How many words an adjunct between a cue and its "that" may have: "by the state news agency Ukrinform". */
const MAX_ADJUNCT_WORDS = 8;

/** How many words the subject of a report after its clause may have: "Ukraine's air force", "a senior Western diplomat". */
const MAX_SUBJECT_WORDS = 6;
/** Words that open a narrator's adjunct after a report: "…, the air force said, in one of the largest attacks …". */
const ADJUNCT_OPENERS = new Set(['in', 'on', 'as', 'amid', 'after', 'during', 'with', 'at', 'despite', 'following']);
const SPEECH = CUE_CLASSES.indexOf('speech');

/**
 * "Russia launched 400 drones overnight, Ukraine's air force said on Thursday, in one of the largest attacks this
 * winter.": a speech cue after its clause for which the tagger found no content, and no source or just that subject
 * (the adjunct after the report throws it; without one it finds both). The words between the comma and the cue,
 * with no verb among them, are the source; the clause before the comma is the content. After the cue only a few
 * words may follow, or a comma and an adjunct with no verb.
 */
export function reportAfterClause(ctx: AttributionContext, cue: Segment, segments: readonly Segment[]): Segment[] {
  const { words, lower } = ctx.tokens;
  if (segments.some((x) => x.role === 'CON') || segments.length > 1 || ctx.cueClass[cue.first] !== SPEECH) return [...segments];
  const s = sentenceOf(ctx, cue);
  if (!s) return [...segments];
  const verb = (i: number) => isVerbal(ctx.tokens, i);
  let comma = cue.first - 1;
  while (comma > s.first && cue.first - comma <= MAX_SUBJECT_WORDS && words[comma] !== ',' && !verb(comma)) comma--;
  if (words[comma] !== ',' || comma === cue.first - 1 || comma - s.first < 3) return [...segments];
  let k = cue.last + 1;
  while (k <= s.last && words[k] !== ',' && !verb(k) && k - cue.last <= TRAILING_WORDS) k++;
  if (k <= s.last && (words[k] !== ',' || !ADJUNCT_OPENERS.has(lower[k + 1] ?? ''))) return [...segments];
  for (let j = k + 1; j <= s.last; j++) if (verb(j)) return [...segments];
  const content: Segment = { role: 'CON', first: afterDateline(ctx.text, ctx.tokens, s.first, comma - 1), last: comma - 1 };
  if (!unquoted(ctx.quotes, content.first, content.last)) return [...segments];
  const source: Segment = { role: 'SRC', first: comma + 1, last: cue.first - 1 };
  // a source the tagger found elsewhere says the words before the comma are not this report's subject
  if (segments.length === 1 && (segments[0].first !== source.first || segments[0].last !== source.last)) return [...segments];
  return [content, source];
}
