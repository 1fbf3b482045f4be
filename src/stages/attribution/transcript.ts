import type { AttributionContext } from './context.ts';
import type { RuleAttribution } from './rules.ts';

const QUOTE_MARK = /^["“”'’]+$/;
/** Longest speaker label of a transcript turn, in tokens ("JAKE TAPPER"). */
const MAX_LABEL_TOKENS = 3;

/**
 * The turns of a printed interview transcript, each a paragraph opened by its speaker's name in capitals
 * and a colon (the colon is the cue, the rest of the paragraph the content, as PolNeAR marks them):
 *   "WALLACE: Let’s start with breaking news on the debate story. …
 *   "PENCE: Well, look, Hillary Clinton apparently thinks …
 * Only a dialogue counts — at least two speakers with two turns each — and only its speakers' turns, so
 * that a one-off label ("CORRECTION: …", "UPDATE: …", "BYLINE: …") is never read as a speaker.
 */
export function transcriptTurns(ctx: AttributionContext): RuleAttribution[] {
  const turns = ctx.paragraphRanges.flatMap(([first, end]) => {
    const turn = turnOf(ctx, first, end);
    return turn ? [turn] : [];
  });
  const names = turns.map((t) => labelOf(ctx, t));
  const speakers = new Set(names.filter((n, i) => names.indexOf(n) !== i));
  return speakers.size >= 2 ? turns.filter((_, i) => speakers.has(names[i])) : [];
}

function turnOf(ctx: AttributionContext, first: number, end: number): RuleAttribution | null {
  const { tokens, quotes } = ctx;
  let i = first;
  if (quotes.state[i] !== 0 && !/\w/.test(tokens.words[i])) i++; // the opening mark of a quoted transcript
  const label = i;
  while (i < end && i - label < MAX_LABEL_TOKENS && /^[A-Z][A-Z'.-]*[A-Z]$/.test(tokens.words[i])) i++;
  if (i === label || tokens.words[i] !== ':' || i + 1 >= end) return null;
  let last = end - 1;
  if (QUOTE_MARK.test(tokens.words[last])) last--; // a closing mark
  return { cue: { role: 'CUE', first: i, last: i }, source: { role: 'SRC', first: label, last: i - 1 }, contents: [{ role: 'CON', first: i + 1, last }] };
}

function labelOf(ctx: AttributionContext, turn: RuleAttribution): string {
  return ctx.tokens.words.slice(turn.source!.first, turn.source!.last + 1).join(' ');
}
