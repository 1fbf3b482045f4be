import type { FeatureTable } from '../../learn/feature-table.ts';
import type { FeatureSequence } from '../../learn/perceptron.ts';
import type { ScoreTable } from '../../learn/score-table.ts';
import type { TokenAtoms } from './atoms.ts';
import type { AttributionContext } from './context.ts';
import type { AtomColumns, AtomIdCache } from './feature-set.ts';
import { ROLE_BASE_TEMPLATES, ROLE_FEATURES, cueColumns, relativeColumns } from './features.ts';
import { cueRelativeAtoms, emptyRelativeAtoms, type CueRelativeAtoms } from './relative.ts';
import type { Segment } from './tags.ts';

/**
 * The role tagger's features in two parts: those of the token alone (the same for every cue, computed once
 * per paragraph and cached) and those relative to one cue (computed per cue over its window). Training and
 * analysis both go through here, so a window's features are the same in both: training reads them as rows
 * (`sequence`), analysis as scores (`emissions`).
 */
export class RoleFeaturizer {
  private readonly columns: AtomColumns;
  /** Atom ids of the token columns, filled for the paragraphs marked in `idsReady`. */
  private readonly ids: AtomIdCache = new Map();
  private readonly idsReady: Uint8Array;
  /** Rows of the token templates, ROLE_BASE_TEMPLATES per token, for the paragraphs marked in `rowsReady`. */
  private base: Int32Array | null = null;
  private readonly rowsReady: Uint8Array;
  /** Scores of the token templates (tokens × tags), for the paragraphs marked in `scored`. */
  private scores: Float64Array | null = null;
  private readonly scored: Uint8Array;
  /** The cue-relative atoms of the current cue; reused from cue to cue, as only a window's range is read. */
  private readonly relative: CueRelativeAtoms;
  /**
   * The token columns and those of `relative` in one object, built once: `relative` is refilled in place for
   * each cue. Spreading both into a new object per cue cost ~4% of `analyze` (a 33-key object, then read by
   * key for every kind).
   */
  private readonly allColumns: AtomColumns;

  constructor(
    private readonly ctx: AttributionContext,
    atoms: TokenAtoms,
    private readonly table: FeatureTable,
  ) {
    this.columns = cueColumns(atoms);
    const paragraphs = ctx.paragraphRanges.length;
    this.idsReady = new Uint8Array(paragraphs);
    this.rowsReady = new Uint8Array(paragraphs);
    this.scored = new Uint8Array(paragraphs);
    this.relative = emptyRelativeAtoms(ctx.tokens.length);
    this.allColumns = { ...this.columns, ...relativeColumns(this.relative) };
    // A growing table numbers features in the order it meets them, and that order is the model file's: training
    // featurises every paragraph up front, as the shipped model was built. A frozen table cannot change, so
    // analysis reads only the paragraphs a cue's window reaches (none in an article without cues).
    if (!table.frozen) ctx.paragraphRanges.forEach((_, p) => this.baseRows(p));
  }

  /**
   * The paragraphs window [first, end) touches, each made ready with `prepare` once. A window never holds a
   * token outside the paragraphs (the segmenter's paragraphs hold every token).
   */
  private eachParagraph(first: number, end: number, done: Uint8Array, prepare: (p: number, from: number, to: number) => void): void {
    const { paragraphOf, paragraphRanges } = this.ctx;
    for (let p = paragraphOf[first]; p <= paragraphOf[end - 1]; p++) {
      if (done[p]) continue;
      done[p] = 1;
      prepare(p, paragraphRanges[p][0], paragraphRanges[p][1]);
    }
  }

  private cacheIds(first: number, end: number): void {
    this.eachParagraph(first, end, this.idsReady, (_, from, to) => ROLE_FEATURES.cacheAtomIds(this.columns, this.table, this.ids, from, to));
  }

  private baseRows(p: number): Int32Array {
    const [first, end] = this.ctx.paragraphRanges[p];
    this.cacheIds(first, end);
    const base = (this.base ??= new Int32Array(this.ctx.tokens.length * ROLE_BASE_TEMPLATES));
    this.eachParagraph(first, end, this.rowsReady, (_, from, to) => {
      base.set(ROLE_FEATURES.featurize(this.columns, this.table, from, to, 0, ROLE_BASE_TEMPLATES, this.ids).rows, from * ROLE_BASE_TEMPLATES);
    });
    return base;
  }

  /** The columns of window [first, end) for `cue`, with the token columns' ids cached. */
  private windowColumns(cue: Segment, cues: readonly Segment[], first: number, end: number): AtomColumns {
    this.cacheIds(first, end);
    cueRelativeAtoms(this.ctx, cue, cues, first, end, this.relative);
    return this.allColumns;
  }

  /** Only the cue-relative features of window [first, end). */
  relativeSequence(cue: Segment, cues: readonly Segment[], first: number, end: number): FeatureSequence {
    return ROLE_FEATURES.featurize(this.windowColumns(cue, cues, first, end), this.table, first, end, ROLE_BASE_TEMPLATES, undefined, this.ids);
  }

  /**
   * Emission scores (n × tags) of window [first, end) for `cue`: those of its cue-relative features plus
   * those of its token features, which are the same for every cue and so are scored once per paragraph
   * (the scores are linear). `scores` must be of the model whose table this featurizer was given.
   */
  emissions(cue: Segment, cues: readonly Segment[], first: number, end: number, scores: ScoreTable): Float64Array {
    const out = ROLE_FEATURES.score(this.windowColumns(cue, cues, first, end), scores, first, end, ROLE_BASE_TEMPLATES, undefined, this.ids);
    const T = scores.tagCount;
    const base = (this.scores ??= new Float64Array(this.ctx.tokens.length * T));
    this.eachParagraph(first, end, this.scored, (_, from, to) => {
      base.set(ROLE_FEATURES.score(this.columns, scores, from, to, 0, ROLE_BASE_TEMPLATES, this.ids), from * T);
    });
    for (let k = 0; k < out.length; k++) out[k] += base[first * T + k];
    return out;
  }

  /** Features of window [first, end) for `cue`, told about the other cues found in the document. */
  sequence(cue: Segment, cues: readonly Segment[], first: number, end: number): FeatureSequence {
    const own = this.relativeSequence(cue, cues, first, end);
    let base = this.base;
    for (let p = this.ctx.paragraphOf[first]; p <= this.ctx.paragraphOf[end - 1]; p++) base = this.baseRows(p);
    const B = ROLE_BASE_TEMPLATES;
    const R = ROLE_FEATURES.size - B;
    const n = end - first;
    const rows = new Int32Array(n * (B + R));
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      rows.set(base!.subarray((first + i) * B, (first + i + 1) * B), i * (B + R));
      rows.set(own.rows.subarray(i * R, (i + 1) * R), i * (B + R) + B);
      offsets[i + 1] = (i + 1) * (B + R);
    }
    return { length: n, offsets, rows };
  }
}
