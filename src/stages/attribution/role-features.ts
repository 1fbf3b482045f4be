import type { FeatureTable } from '../../learn/feature-table.ts';
import { emissionScores, type FeatureSequence } from '../../learn/perceptron.ts';
import type { TokenAtoms } from './atoms.ts';
import type { AttributionContext } from './context.ts';
import type { AtomIdCache } from './feature-set.ts';
import { ROLE_BASE_TEMPLATES, ROLE_FEATURES, cueColumns, roleColumns } from './features.ts';
import { cueRelativeAtoms } from './relative.ts';
import type { Segment } from './tags.ts';

/**
 * The role tagger's features in two parts: those of the token alone (the same for every cue, computed once
 * per paragraph and cached) and those relative to one cue (computed per cue over its window). Training and
 * analysis both go through here, so a window's features are the same in both.
 */
export class RoleFeaturizer {
  private readonly base: Int32Array;
  private readonly ids: AtomIdCache = new Map();

  constructor(
    private readonly ctx: AttributionContext,
    private readonly atoms: TokenAtoms,
    private readonly table: FeatureTable,
  ) {
    const columns = cueColumns(atoms);
    ROLE_FEATURES.cacheAtomIds(columns, table, this.ids);
    this.base = new Int32Array(ctx.tokens.length * ROLE_BASE_TEMPLATES);
    for (const [first, end] of ctx.paragraphRanges) {
      const seq = ROLE_FEATURES.featurize(columns, table, first, end, 0, ROLE_BASE_TEMPLATES, this.ids);
      this.base.set(seq.rows, first * ROLE_BASE_TEMPLATES);
    }
  }

  /** Only the cue-relative features of window [first, end) (token features are in `base`). */
  relativeSequence(cue: Segment, cues: readonly Segment[], first: number, end: number): FeatureSequence {
    const relative = cueRelativeAtoms(this.ctx, cue, cues, first, end);
    return ROLE_FEATURES.featurize(roleColumns(this.atoms, relative), this.table, first, end, ROLE_BASE_TEMPLATES, undefined, this.ids);
  }

  /**
   * Scores of the token features under `weights` for every token (n × tags), computed once per document:
   * a window's emissions are these plus its cue-relative scores, because the scores are linear.
   */
  baseEmissions(weights: Float32Array, tagCount: number): Float64Array {
    const n = this.ctx.tokens.length;
    const B = ROLE_BASE_TEMPLATES;
    return emissionScores({ length: n, rows: this.base, offsets: Int32Array.from({ length: n + 1 }, (_, i) => i * B) }, weights, tagCount);
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
