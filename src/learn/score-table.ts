import type { FeatureTable } from './feature-table.ts';
import type { LinearSequenceModel } from './model-file.ts';

/**
 * A pair template gets a dense block of weights when its two vocabularies multiply to at most this many
 * cells. With the shipped model every pair template but the word-by-word ones fits (the largest blocks are
 * about 62k cells, 1.2 MB of role weights).
 */
const DENSE_CELLS = 1 << 16;

/**
 * A frozen model's weights laid out for scoring at analysis time. A look-up through the feature table reads
 * the row in one array (or probes a hash of several MB), then its weights in another, each a likely cache
 * miss; here each single-atom template and each pair template small enough (DENSE_CELLS) gets a block of
 * weights indexed by its atom ids directly, zero where the model has no feature. Adding a zero changes no
 * sum (a sum that starts at +0 never becomes -0), so scores are bit for bit those of `emissionScores` over
 * the table's rows. Larger pair templates (word by word) go through the table's hash as before.
 */
export class ScoreTable {
  readonly tagCount: number;
  /** Per template: weights by (a × width + b) × tags, or null to look the row up. */
  private readonly blocks: (Float32Array | null)[];
  private readonly widths: Int32Array;

  constructor(private readonly model: LinearSequenceModel) {
    const { table, weights } = model;
    const T = (this.tagCount = model.tags.length);
    if (!table.frozen) throw new Error('a ScoreTable needs a frozen feature table');
    this.widths = new Int32Array(table.templates.length);
    this.blocks = table.templates.map((spec, t) => {
      const height = table.vocabularySize(spec.kinds[0]);
      const width = spec.kinds.length === 1 ? 1 : table.vocabularySize(spec.kinds[1]);
      if (spec.kinds.length === 2 && height * width > DENSE_CELLS) return null;
      this.widths[t] = width;
      return new Float32Array(height * width * T);
    });
    for (let row = 0; row < table.size; row++) {
      const { t, a, b } = table.rowKey(row);
      this.blocks[t]?.set(weights.subarray(row * T, row * T + T), (a * this.widths[t] + b) * T);
    }
  }

  get table(): FeatureTable {
    return this.model.table;
  }

  /**
   * Adds template t's scores for n tokens into out (n × tags): token i's atoms are ids[aAt + i] (and
   * ids[bAt + i] for a pair). An unknown atom (-1) or feature adds nothing.
   */
  add(t: number, ids: Int32Array, aAt: number, bAt: number, n: number, out: Float64Array): void {
    const T = this.tagCount;
    const block = this.blocks[t];
    if (!block) {
      const { table, weights } = this.model;
      for (let i = 0; i < n; i++) {
        const row = table.row(t, ids[aAt + i], ids[bAt + i]);
        if (row >= 0) for (let k = 0; k < T; k++) out[i * T + k] += weights[row * T + k];
      }
      return;
    }
    const width = this.widths[t];
    const cells = block.length / T;
    const pair = bAt >= 0;
    for (let i = 0; i < n; i++) {
      const a = ids[aAt + i];
      const b = pair ? ids[bAt + i] : 0;
      if (a < 0 || b < 0 || b >= width) continue;
      const cell = a * width + b;
      if (cell >= cells) continue;
      const w = cell * T;
      const o = i * T;
      // The two tag sets Parley's taggers use (cues: O B I; roles: O and B/I of source and content) get their adds
      // written out: V8 does not unroll a loop of unknown length, and this one runs ~100k times per article.
      if (T === 5) {
        out[o] += block[w];
        out[o + 1] += block[w + 1];
        out[o + 2] += block[w + 2];
        out[o + 3] += block[w + 3];
        out[o + 4] += block[w + 4];
      } else if (T === 3) {
        out[o] += block[w];
        out[o + 1] += block[w + 1];
        out[o + 2] += block[w + 2];
      } else for (let k = 0; k < T; k++) out[o + k] += block[w + k];
    }
  }
}

const tables = new WeakMap<LinearSequenceModel, ScoreTable>();

/** The score table of a model with a frozen table, built once per model. */
export function scoreTableOf(model: LinearSequenceModel): ScoreTable {
  let table = tables.get(model);
  if (!table) tables.set(model, (table = new ScoreTable(model)));
  return table;
}
