import { afterDateline } from '../../doc/dateline.ts';
import { isVerbal, sentenceEnd, sentenceStart } from '../../doc/tokens.ts';
import type { AttributionContext } from './context.ts';
import type { Segment } from './tags.ts';


/**
 * "According to the ministry, the talks collapsed on Friday": the role tagger sometimes runs the source on over the
 * comma and leaves no content after the cue, as sources after "according to" often hold appositions ("according to
 * Ana Ruiz, a spokeswoman for the ministry, the talks …"). Then the source ends at the comma before the first stretch
 * between commas that holds a verb (or, for an inset cue after the subject, that starts with one), and the rest is
 * content (the source without the comma, as PolNeAR marks sources after "according to").
 */
export function splitAccordingTo(ctx: AttributionContext, cue: Segment, segments: readonly Segment[]): Segment[] {
  const { words } = ctx.tokens;
  if (ctx.cueLemma[cue.first] !== 'according' || segments.some((s) => s.role === 'CON' && s.first > cue.last)) return [...segments];
  const source = segments.find((s) => s.role === 'SRC' && s.first === cue.last + 1);
  if (!source) return openerShape(ctx, cue, segments);
  // "The proposal, according to two people familiar with it, includes a truce": the predicate goes on after the inset
  const inset = segments.some((s) => s.role === 'CON' && s.last < cue.first);
  for (let k = source.first + 1; k < source.last; k++) {
    if (words[k] !== ',' || !(inset ? isVerbal(ctx.tokens, k + 1) : opensClause(ctx, k + 1, source.last))) continue;
    const rest = segments.filter((s) => s !== source);
    const split: Segment[] = [{ role: 'SRC', first: source.first, last: k - 1 }, { role: 'CON', first: k + 1, last: source.last }];
    return [...rest, ...split].sort((a, b) => a.first - b.first);
  }
  return openerShape(ctx, cue, segments, source);
}

/**
 * "According to Reuters, the talks, which began in May, collapsed": the content starts right after the comma that
 * closes the source (PolNeAR train: 72 of 76 sentence-opening "According to" attributions), though the tagger may
 * begin it at a later clause ("which began in May, collapsed"). The first content piece after the cue is moved back
 * to that comma when it starts later in the same sentence.
 */
export function contentAfterAccordingSource(ctx: AttributionContext, cue: Segment, source: Segment | null, contents: readonly Segment[]): Segment[] {
  const { words, sentence } = ctx.tokens;
  if (ctx.cueLemma[cue.first] !== 'according' || !source || source.first !== cue.last + 1 || words[source.last + 1] !== ',') return [...contents];
  const start = source.last + 2;
  const i = contents.findIndex((c) => c.first > cue.last);
  const head = contents[i];
  if (!head || head.first <= start || sentence[head.first] !== sentence[start]) return [...contents];
  return contents.map((c, k) => (k === i ? { ...c, first: start } : c));
}

/** How many tokens a source after a sentence-opening "According to" may take before its comma. */
const MAX_OPENER_SOURCE = 12;

/**
 * "According to a diplomat in Paris, France wants the tariffs extended.": when the tagger gives a sentence-opening
 * "According to" no content (it reads the words as the inner cue's, or runs the source on over the comma: "a
 * diplomat in Paris, France"), the shape gives both: the source runs to the comma before the first clause, the content
 * from there to the sentence's end.
 */
function openerShape(ctx: AttributionContext, cue: Segment, segments: readonly Segment[], source?: Segment): Segment[] {
  const { words, sentence } = ctx.tokens;
  if (cue.first !== afterDateline(ctx.text, ctx.tokens, sentenceStart(ctx.tokens, cue.first), cue.first)) return [...segments];
  const end = sentenceEnd(ctx.tokens, cue.first) - 1;
  // the comma before a clause, not one that opens an apposition ("According to Ana Ruiz, a spokeswoman, the talks …")
  let comma = cue.last + 2;
  while (comma <= cue.last + MAX_OPENER_SOURCE && comma < end && !(words[comma] === ',' && opensClause(ctx, comma + 1, end))) comma++;
  if (words[comma] !== ',' || sentence[comma] !== sentence[cue.first] || end <= comma + 1) return [...segments];
  const last = /^[.!?]$/.test(words[end]) ? end - 1 : end;
  const rest = segments.filter((s) => s !== source && (s.last < cue.first || s.first > last));
  const shaped: Segment[] = [{ role: 'SRC', first: cue.last + 1, last: comma - 1 }, { role: 'CON', first: comma + 1, last }];
  return [...rest, ...shaped].sort((a, b) => a.first - b.first);
}


/**
 * Whether tokens from `from` up to the next comma (or `last`) are a clause: a verb among them, not opened by a
 * verb ("speaking on condition of anonymity") or a relative pronoun ("which began in May").
 */
function opensClause(ctx: AttributionContext, from: number, last: number): boolean {
  const { lower, words } = ctx.tokens;
  if (isVerbal(ctx.tokens, from) || RELATIVE.has(lower[from])) return false;
  for (let j = from + 1; j <= last && words[j] !== ','; j++) if (isVerbal(ctx.tokens, j)) return true;
  return false;
}

const RELATIVE = new Set(['who', 'which', 'that', 'whose', 'where']);
