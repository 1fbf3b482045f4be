import type { AttributionContext } from './context.ts';
import type { Segment } from './tags.ts';

/** How much a forced tag's score is raised: far above any sum of feature weights, so Viterbi must take it. */
const FORCE = 1e6;

/** Whether token i is a hyphen joining two words with no space on either side: "gun-controlled", "so-called". */
export function joiningHyphen(ctx: AttributionContext, i: number): boolean {
  const { tokens } = ctx;
  return i > 0 && i + 1 < tokens.length && tokens.words[i] === '-' && tokens.ends[i - 1] === tokens.starts[i] && tokens.ends[i] === tokens.starts[i + 1];
}

/**
 * A span never ends or starts inside a word. The role tagger reads "gun", "-", "controlled" as three tokens
 * and sometimes stops a content at "gun" ("… shootings in gun"), or starts one at "called" of "so-called".
 * For each such break, raises the role's inside tag on the hyphen and the word part across it in the
 * emissions (n × tags, first token `first`), so that decoding again carries the segment over the whole word
 * and lets the model decide where it then ends. Returns the tokens whose scores were raised (none when no
 * segment breaks a word).
 */
export function forceWholeWords(ctx: AttributionContext, segments: readonly Segment[], emissions: Float64Array, first: number, tags: readonly string[]): number[] {
  const T = tags.length;
  const n = emissions.length / T;
  const forced: number[] = [];
  const raise = (token: number, ...names: string[]) => {
    if (token < first || token >= first + n) return;
    for (const name of names) emissions[(token - first) * T + tags.indexOf(name)] += FORCE;
    forced.push(token);
  };
  for (const s of segments) {
    if (s.role === 'CUE') continue;
    if (joiningHyphen(ctx, s.last + 1)) {
      raise(s.last + 1, `I-${s.role}`);
      raise(s.last + 2, `I-${s.role}`);
    }
    if (joiningHyphen(ctx, s.first - 1)) {
      raise(s.first - 2, `B-${s.role}`, `I-${s.role}`);
      raise(s.first - 1, `I-${s.role}`);
      raise(s.first, `I-${s.role}`);
    }
  }
  return forced;
}
