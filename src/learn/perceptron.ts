import { viterbi } from './viterbi.ts';

/**
 * A sequence of tokens as the model sees it: token i has the feature rows
 * rows[offsets[i] .. offsets[i+1]) (-1 entries are unknown features and are skipped).
 */
export interface FeatureSequence {
  readonly length: number;
  readonly offsets: Int32Array;
  readonly rows: Int32Array;
}

/** Fills the n×T emission scores of a sequence from row-major weights (row × tag). */
export function emissionScores(seq: FeatureSequence, weights: Float32Array | Float64Array, tagCount: number): Float64Array {
  const out = new Float64Array(seq.length * tagCount);
  const width = uniformWidth(seq);
  if (width > 0) {
    // Feature slot by slot (a slot is one template): a template's weights stay in cache from token to token.
    // Each token still adds its features in slot order, so the sums are the same to the last bit.
    for (let j = 0; j < width; j++) {
      for (let i = 0; i < seq.length; i++) {
        const row = seq.rows[i * width + j];
        if (row < 0) continue;
        const w = row * tagCount;
        const base = i * tagCount;
        for (let t = 0; t < tagCount; t++) out[base + t] += weights[w + t];
      }
    }
    return out;
  }
  for (let i = 0; i < seq.length; i++) {
    const base = i * tagCount;
    for (let k = seq.offsets[i]; k < seq.offsets[i + 1]; k++) {
      const row = seq.rows[k];
      if (row < 0) continue;
      const w = row * tagCount;
      for (let t = 0; t < tagCount; t++) out[base + t] += weights[w + t];
    }
  }
  return out;
}

/** The number of features every token has, when all have as many and lie in order; else -1. */
function uniformWidth(seq: FeatureSequence): number {
  const width = seq.length ? seq.offsets[1] - seq.offsets[0] : -1;
  if (seq.offsets[0] !== 0) return -1;
  for (let i = 1; i <= seq.length; i++) if (seq.offsets[i] !== i * width) return -1;
  return width;
}

/**
 * Averaged structured perceptron (Collins 2002) with the lazy-averaging trick: each weight keeps the step it
 * last changed at and a running sum, so an update costs only the features it touches.
 */
export class AveragedPerceptron {
  readonly weights: Float64Array;
  readonly transitions: Float64Array;
  private readonly totals: Float64Array;
  private readonly stamps: Float64Array;
  private readonly transitionTotals: Float64Array;
  private readonly transitionStamps: Float64Array;
  private step = 0;

  constructor(
    readonly rowCount: number,
    readonly tagCount: number,
    private readonly allowed: Uint8Array,
  ) {
    this.weights = new Float64Array(rowCount * tagCount);
    this.totals = new Float64Array(rowCount * tagCount);
    this.stamps = new Float64Array(rowCount * tagCount);
    const tr = (tagCount + 1) * tagCount;
    this.transitions = new Float64Array(tr);
    this.transitionTotals = new Float64Array(tr);
    this.transitionStamps = new Float64Array(tr);
  }

  decode(seq: FeatureSequence): Int32Array {
    return viterbi(emissionScores(seq, this.weights, this.tagCount), seq.length, this.tagCount, this.transitions, this.allowed);
  }

  /** One training example: decode, and where the guess differs from gold, move weights toward gold. */
  learn(seq: FeatureSequence, gold: Int32Array): number {
    this.step++;
    const guess = this.decode(seq);
    let errors = 0;
    const T = this.tagCount;
    for (let i = 0; i < seq.length; i++) {
      const prevGold = i === 0 ? T : gold[i - 1];
      const prevGuess = i === 0 ? T : guess[i - 1];
      if (gold[i] !== guess[i]) {
        errors++;
        for (let k = seq.offsets[i]; k < seq.offsets[i + 1]; k++) {
          const row = seq.rows[k];
          if (row < 0) continue;
          this.bump(this.weights, this.totals, this.stamps, row * T + gold[i], 1);
          this.bump(this.weights, this.totals, this.stamps, row * T + guess[i], -1);
        }
      }
      if (gold[i] !== guess[i] || prevGold !== prevGuess) {
        this.bump(this.transitions, this.transitionTotals, this.transitionStamps, prevGold * T + gold[i], 1);
        this.bump(this.transitions, this.transitionTotals, this.transitionStamps, prevGuess * T + guess[i], -1);
      }
    }
    return errors;
  }

  private bump(w: Float64Array, totals: Float64Array, stamps: Float64Array, index: number, delta: number): void {
    totals[index] += (this.step - stamps[index]) * w[index];
    stamps[index] = this.step;
    w[index] += delta;
  }

  /** The averaged weights (what the model file stores); the running weights are left as they are. */
  averaged(): { weights: Float64Array; transitions: Float64Array } {
    const avg = (w: Float64Array, totals: Float64Array, stamps: Float64Array) =>
      w.map((value, i) => (totals[i] + (this.step - stamps[i]) * value) / Math.max(1, this.step));
    return { weights: avg(this.weights, this.totals, this.stamps), transitions: avg(this.transitions, this.transitionTotals, this.transitionStamps) };
  }
}
