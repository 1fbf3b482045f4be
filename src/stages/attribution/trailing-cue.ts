import type { AttributionContext } from './context.ts';
import type { Segment } from './tags.ts';
import { posIndex } from '../../doc/tokens.ts';
import { afterDateline } from './source-trim.ts';

/** Words after the cue and its source that still close a report: "a spokesman announced Monday morning." */
const TRAILING_WORDS = 4;
const SENTENCE_END = new Set(['.', '!', '?']);
const VERB = posIndex('VERB');

/**
 * The report that closes its sentence: "The meeting deteriorated from there, said one GOP source in the room."
 * and "Its first ad could start this week, a spokesman announced Monday morning." The role tagger finds the
 * source of such a cue but, over a long clause before it, sometimes no content, and a cue without content is
 * dropped. When the cue and its source are all that follows a comma (with at most TRAILING_WORDS more words,
 * none a verb, and the full stop), the sentence before that comma is the content, less a dateline. Quotations are left to the
 * quotation rules. Returns the content, or null when the sentence is not of that shape.
 */
export function trailingCueContent(ctx: AttributionContext, cue: Segment, source: Segment | null): Segment | null {
  const { tokens, quotes } = ctx;
  const sentence = tokens.sentence[cue.first];
  let first = cue.first;
  while (first > 0 && tokens.sentence[first - 1] === sentence) first--;
  let end = cue.last + 1;
  while (end < tokens.length && tokens.sentence[end] === sentence) end++;
  if (!SENTENCE_END.has(tokens.words[end - 1])) return null;
  // The source, if any, stands right before the cue ("a spokesman announced") or right after it ("said one source").
  const before = source && source.last < cue.first ? source : null;
  const after = source && source.first > cue.last ? source : null;
  if ((before && before.last + 1 !== cue.first) || (after && after.first !== cue.last + 1)) return null;
  const comma = (before ?? cue).first - 1;
  const tail = (after ?? cue).last + 1;
  if (comma - first < 3 || tokens.words[comma] !== ',' || end - 1 - tail > TRAILING_WORDS) return null;
  for (let i = tail; i < end - 1; i++) if (tokens.words[i] === ',' || tokens.pos[i] === VERB) return null;
  for (let i = first; i < comma; i++) if (quotes.region[i] >= 0) return null;
  return { role: 'CON', first: afterDateline(tokens, first, comma - 1), last: comma - 1 };
}
