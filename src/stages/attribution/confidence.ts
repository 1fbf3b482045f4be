import type { Segment } from './tags.ts';

/**
 * Calibration of the 0..1 confidence, fitted on PolNeAR dev with the shipped model: an attribution whose
 * score margin is CONFIDENCE_OFFSET reads 0.5; in the dev quintiles, margins around 50 / 160 / 270 / 380
 * had 37% / 46% / 59% / 73% of attributions with cue and content both exactly right, which
 * logistic(CONFIDENCE_SCALE × (margin − CONFIDENCE_OFFSET)) follows within a few points.
 */
const CONFIDENCE_SCALE = 0.0052;
const CONFIDENCE_OFFSET = 190;
/** The margin of a token no other tag could take (every alternative path is forbidden). */
const UNCONTESTED_MARGIN = 1000;

/**
 * How sure a tagger was of token i's tag: the margin between the best path through the chosen tag and the
 * best path through any other (from max-marginals, so transitions count), in score units.
 */
export function tokenMargin(marginals: Float64Array, i: number, tagCount: number, chosen: number): number {
  const own = marginals[i * tagCount + chosen];
  let other = -Infinity;
  for (let t = 0; t < tagCount; t++) if (t !== chosen && marginals[i * tagCount + t] > other) other = marginals[i * tagCount + t];
  return other === -Infinity ? UNCONTESTED_MARGIN : own - other;
}

/**
 * An attribution is as sure as its weakest part: the lower of the mean margin over the cue's tokens and the
 * mean margin over each content's first and last token (the boundaries are where taggers err), calibrated.
 */
export function attributionConfidence(cueMargins: Float64Array, roleMargins: Float64Array, cue: Segment, contents: readonly Segment[]): number {
  let c = 0;
  for (let i = cue.first; i <= cue.last; i++) c += cueMargins[i];
  c /= cue.last - cue.first + 1;
  let edges = 0;
  for (const s of contents) edges += (roleMargins[s.first] + roleMargins[s.last]) / 2;
  edges /= Math.max(1, contents.length);
  const margin = Math.min(c, edges);
  return Math.round(1000 / (1 + Math.exp(-CONFIDENCE_SCALE * (margin - CONFIDENCE_OFFSET)))) / 1000;
}
