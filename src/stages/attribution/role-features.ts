import type { FeatureTable } from '../../learn/feature-table.ts';
import { emissionScores, type FeatureSequence } from '../../learn/perceptron.ts';
import type { TokenAtoms } from './atoms.ts';
import type { AttributionContext } from './context.ts';
import type { AtomColumns, AtomIdCache } from './feature-set.ts';
import { ROLE_BASE_TEMPLATES, ROLE_FEATURES, cueColumns, relativeColumns } from './features.ts';
import { cueRelativeAtoms, emptyRelativeAtoms, type CueRelativeAtoms } from './relative.ts';
import type { Segment } from './tags.ts';

/**
 * The role tagger's features in two parts: those of the token alone (the same for every cue, computed once
 * per paragraph and cached) and those relative to one cue (computed per cue over its window). Training and
 * analysis both go through here, so a window's features are the same in both.
 */
export class RoleFeaturizer {
  private readonly columns: AtomColumns;
  private readonly ids: AtomIdCache = new Map();
  /** Rows of the token templates, ROLE_BASE_TEMPLATES per token, for the paragraphs marked in `ready`. */
  private readonly base: Int32Array;
  private readonly ready: Uint8Array;
  /** The cue-relative atoms of the current cue; reused from cue to cue, as only a window's range is read. */
  private readonly relative: CueRelativeAtoms;

  constructor(
    private readonly ctx: AttributionContext,
    atoms: TokenAtoms,
    private readonly table: FeatureTable,
  ) {
    this.columns = cueColumns(atoms);
    this.base = new Int32Array(ctx.tokens.length * ROLE_BASE_TEMPLATES);
    this.ready = new Uint8Array(ctx.paragraphRanges.length);
    this.relative = emptyRelativeAtoms(ctx.tokens.length);
    // A growing table numbers features in the order it meets them, and that order is the model file's: training
    // featurises every paragraph up front, as the shipped model was built. A frozen table cannot change, so
    // analysis featurises only the paragraphs a cue's window reads (none in an article without cues).
    if (!table.frozen) ctx.paragraphRanges.forEach((_, p) => this.featurizeParagraph(p));
  }

  private featurizeParagraph(p: number): void {
    if (this.ready[p]) return;
    this.ready[p] = 1;
    const [first, end] = this.ctx.paragraphRanges[p];
    ROLE_FEATURES.cacheAtomIds(this.columns, this.table, this.ids, first, end);
    const seq = ROLE_FEATURES.featurize(this.columns, this.table, first, end, 0, ROLE_BASE_TEMPLATES, this.ids);
    this.base.set(seq.rows, first * ROLE_BASE_TEMPLATES);
  }

  /**
   * Makes sure the token features (and cached atom ids) of every paragraph [first, end) touches are there.
   * A window never holds a token outside the paragraphs (the segmenter's paragraphs hold every token).
   */
  private cover(first: number, end: number): void {
    for (let p = this.ctx.paragraphOf[first]; p <= this.ctx.paragraphOf[end - 1]; p++) this.featurizeParagraph(p);
  }

  /** Only the cue-relative features of window [first, end) (token features are in `base`). */
  relativeSequence(cue: Segment, cues: readonly Segment[], first: number, end: number): FeatureSequence {
    this.cover(first, end);
    const relative = cueRelativeAtoms(this.ctx, cue, cues, first, end, this.relative);
    return ROLE_FEATURES.featurize({ ...this.columns, ...relativeColumns(relative) }, this.table, first, end, ROLE_BASE_TEMPLATES, undefined, this.ids);
  }

  /**
   * Emission scores (n × tags) of window [first, end) for `cue` under `weights`: those of its cue-relative
   * features plus those of its token features, which are the same for every cue and so are computed once
   * per paragraph (the scores are linear). A featurizer serves one model: the first weights it is given.
   */
  emissions(cue: Segment, cues: readonly Segment[], first: number, end: number, weights: Float32Array, tagCount: number): Float64Array {
    const out = emissionScores(this.relativeSequence(cue, cues, first, end), weights, tagCount);
    const base = this.baseScores(weights, tagCount, first, end);
    for (let k = 0; k < out.length; k++) out[k] += base[first * tagCount + k];
    return out;
  }

  private scores: Float64Array | null = null;
  private scored: Uint8Array | null = null;

  /** The token features' scores of every token (n × tags), filled for the paragraphs [first, end) touches. */
  private baseScores(weights: Float32Array, tagCount: number, first: number, end: number): Float64Array {
    const { paragraphRanges, paragraphOf, tokens } = this.ctx;
    this.scores ??= new Float64Array(tokens.length * tagCount);
    this.scored ??= new Uint8Array(paragraphRanges.length);
    const B = ROLE_BASE_TEMPLATES;
    for (let p = paragraphOf[first]; p <= paragraphOf[end - 1]; p++) {
      if (this.scored[p]) continue;
      this.scored[p] = 1;
      const [from, to] = paragraphRanges[p];
      const n = to - from;
      const seq = { length: n, rows: this.base.subarray(from * B, to * B), offsets: Int32Array.from({ length: n + 1 }, (_, i) => i * B) };
      this.scores.set(emissionScores(seq, weights, tagCount), from * tagCount);
    }
    return this.scores;
  }

  /** Features of window [first, end) for `cue`, told about the other cues found in the document. */
  sequence(cue: Segment, cues: readonly Segment[], first: number, end: number): FeatureSequence {
    const own = this.relativeSequence(cue, cues, first, end);
    const B = ROLE_BASE_TEMPLATES;
    const R = ROLE_FEATURES.size - B;
    const n = end - first;
    const rows = new Int32Array(n * (B + R));
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      rows.set(this.base.subarray((first + i) * B, (first + i + 1) * B), i * (B + R));
      rows.set(own.rows.subarray(i * R, (i + 1) * R), i * (B + R) + B);
      offsets[i + 1] = (i + 1) * (B + R);
    }
    return { length: n, offsets, rows };
  }
}
