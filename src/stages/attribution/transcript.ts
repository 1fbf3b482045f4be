import type { AttributionContext } from './context.ts';
import { labelAttribution } from './label-colon.ts';
import type { RuleAttribution } from './rules.ts';
import { turnLabel } from '../mentions/turns.ts';

const QUOTE_MARK = /^["“”'’]+$/;

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
  const turn = turnAt(ctx, first, end);
  if (!turn || turn.colon + 1 >= end) return null;
  let last = end - 1;
  if (QUOTE_MARK.test(ctx.tokens.words[last])) last--; // a closing mark
  return labelAttribution(turn.label, turn.colon, last);
}

/** The speaker label and colon opening the paragraph that starts at token `first`, read up to `end` (mentions/turns.ts). */
export function turnAt(ctx: AttributionContext, first: number, end: number): { label: number; colon: number } | null {
  return turnLabel(ctx.tokens.words, first, end, ctx.quotes.state[first] !== 0);
}

function labelOf(ctx: AttributionContext, turn: RuleAttribution): string {
  return ctx.tokens.words.slice(turn.source!.first, turn.source!.last + 1).join(' ');
}
