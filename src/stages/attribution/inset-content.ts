import type { AttributionContext } from './context.ts';
import { unquoted } from './quotes.ts';
import type { Segment } from './tags.ts';

/**
 * A cue set off by commas inside the reported sentence splits its content in two: in "Acts of protest,
 * Mr. Obama said, are acts of patriotism" the content is "Acts of protest" + "are acts of patriotism"
 * (PolNeAR marks both pieces). The role tagger finds the piece after the cue but almost never the one before
 * it, so when the content starts right after the inset ("…, Mr. Clarke said, the debate…") and nothing
 * before the inset is content, the sentence up to the first comma of the inset joins the content.
 */
export function insetLeadContent(ctx: AttributionContext, cue: Segment, source: Segment | null, contents: readonly Segment[], cues: readonly Segment[]): Segment[] {
  const { tokens, quotes } = ctx;
  if (!source) return [...contents];
  const insetFirst = Math.min(cue.first, source.first);
  const insetLast = Math.max(cue.last, source.last);
  const sentence = tokens.sentence[insetFirst];
  // The speaker and the cue make the inset together, nothing else: "Mr. Obama said", "said Mr. Obama".
  if (source.last < cue.first ? source.last + 1 !== cue.first : source.first !== cue.last + 1) return [...contents];
  const open = insetFirst - 1;
  const close = insetLast + 1;
  if (tokens.lower[open] !== ',' || tokens.lower[close] !== ',' || tokens.sentence[close] !== sentence) return [...contents];
  // "the announcer said, “It’s…": a quotation introduced by the cue, not a sentence it interrupts.
  if (quotes.region[close + 1] >= 0) return [...contents];
  if (!contents.some((c) => c.first === close + 1) || contents.some((c) => c.last < insetFirst && tokens.sentence[c.last] === sentence)) return [...contents];
  const first = leadStart(ctx, open);
  if (first >= open) return [...contents];
  if (!unquoted(quotes, first, open - 1)) return [...contents];
  if (cues.some((c) => c !== cue && c.first < open && c.last >= first)) return [...contents];
  return [{ role: 'CON' as const, first, last: open - 1 }, ...contents].sort((a, b) => a.first - b.first);
}

const CLAUSE_JOINERS = new Set(['and', 'but', 'or', 'so', 'yet']);
const RELATIVES = new Set(['who', 'which']);

/**
 * Where the interrupted clause starts, scanning back from the inset's first comma to the sentence start: after
 * ", but" / ", and" ("…, but the air pollution had become so bad, Mr. Obama noted, …"), at ", who" / ", which",
 * and never on a sentence-initial "But" (PolNeAR leaves it out).
 */
function leadStart(ctx: AttributionContext, open: number): number {
  const { tokens } = ctx;
  const sentence = tokens.sentence[open];
  let first = open;
  while (first > 0 && tokens.sentence[first - 1] === sentence) {
    const w = tokens.lower[first - 1];
    const afterComma = first - 2 >= 0 && tokens.lower[first - 2] === ',' && tokens.sentence[first - 2] === sentence;
    if (afterComma && CLAUSE_JOINERS.has(w)) return first;
    if (afterComma && RELATIVES.has(w)) return first - 1;
    first--;
  }
  return CLAUSE_JOINERS.has(tokens.lower[first]) ? first + 1 : first;
}
