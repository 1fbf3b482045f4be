import type { AttributionContext } from './context.ts';
import { colonAfterLabel } from '../mentions/turns.ts';
import { labelAttribution } from './label-colon.ts';
import type { RuleAttribution } from './rules.ts';

/** Longest label of a headline claim, in tokens ("Senate Majority Leader McConnell" is 4). */
const MAX_LABEL_TOKENS = 4;
/** Labels that name a column or a kind of item, not who said it: "The Latest:", "Update:", "Watch:". */
const NOT_SPEAKERS = new Set(['update', 'updated', 'correction', 'watch', 'video', 'photos', 'analysis', 'opinion', 'editorial', 'exclusive', 'breaking', 'live', 'explainer', 'factbox', 'timeline', 'q&a', 'listen', 'podcast', 'review', 'obituary', 'interview', 'transcript', 'warning', 'full speech', 'the latest']);
const END = /^[.!?]$/;
/** A word of a title's label: "Poll", "Fact-Check", "AT&T". */
const CAPITALISED = /^[A-Z][\w'’.&-]*$/;

/**
 * The headline claim, the way news titles attribute: "Lavrov: Western troops would be legitimate targets",
 * "Poll: Clinton and Trump in dead heat". When the article's first paragraph is one sentence that opens with a
 * short capitalised label and a colon, the label is the source, the colon the cue and the rest (less a final
 * full stop) the content. PolNeAR marks 97 of its 107 train titles of this shape so; the others are column
 * names ("The Latest:", "The Ninth Circle:"), hence no label that starts with "The" or names a kind of item.
 */
export function headlineClaim(ctx: AttributionContext): RuleAttribution | null {
  const { tokens, paragraphRanges } = ctx;
  if (paragraphRanges.length < 2) return null;
  const [first, end] = paragraphRanges[0];
  if (tokens.sentence[first] !== tokens.sentence[end - 1]) return null;
  const colon = colonAfterLabel(tokens.words, first, end, MAX_LABEL_TOKENS, CAPITALISED);
  if (colon < 0) return null;
  if (tokens.lower[first] === 'the' || notSpeakerLabel(tokens.lower, first, colon - 1)) return null;
  let last = end - 1;
  if (END.test(tokens.words[last])) last--;
  if (last - colon < 3) return null;
  return labelAttribution(first, colon, last);
}

/** Whether tokens [first, last] are a label that names a column or a kind of item ("The Latest", "WARNING"), not a speaker. */
export function notSpeakerLabel(lower: readonly string[], first: number, last: number): boolean {
  return NOT_SPEAKERS.has(lower.slice(first, last + 1).join(' '));
}
