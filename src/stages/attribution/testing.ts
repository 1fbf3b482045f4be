import { Doc } from '../../doc/document.ts';
import { makeSpan, type Span } from '../../doc/span.ts';
import { segmentStage } from '../segment/segment.ts';
import { attributionContext, type AttributionContext } from './context.ts';
import type { Segment } from './tags.ts';

/** A segmented Doc for tests: paragraphs, sentences and tokens, as the pipeline's first stage writes them. */
export function segmented(text: string): Doc {
  const { layers } = segmentStage.run(new Doc(text), { knowledge: {} });
  return new Doc(text)
    .with('paragraphs', layers.paragraphs!, { stage: 'segment', version: segmentStage.version })
    .with('sentences', layers.sentences!, { stage: 'segment', version: segmentStage.version })
    .with('tokens', layers.tokens!, { stage: 'segment', version: segmentStage.version });
}

export function contextOf(text: string): AttributionContext {
  return attributionContext(segmented(text));
}

/** The text of tokens [first, last] of a context. */
export function tokenText(ctx: AttributionContext, s: { first: number; last: number }): string {
  return ctx.text.slice(ctx.tokens.starts[s.first], ctx.tokens.ends[s.last]);
}

/** The segment of the first run of tokens spelling `phrase` (words separated by single spaces) in a context. */
export function segmentOf(ctx: AttributionContext, phrase: string, role: Segment['role']): Segment {
  const words = phrase.split(' ');
  const first = ctx.tokens.words.findIndex((_, i) => words.every((x, k) => ctx.tokens.words[i + k] === x));
  if (first < 0) throw new Error(`"${phrase}" is not in the text`);
  return { role, first, last: first + words.length - 1 };
}

/** The span of the first occurrence of `phrase` in `text`; fails the test when it is not there. */
export function spanOf(text: string, phrase: string): Span {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in the text`);
  return makeSpan(text, at, at + phrase.length);
}
