/**
 * First-order Viterbi over packed scores. `emissions` is n×T (token-major); `transitions` is (T+1)×T where
 * row T is the start state; `allowed` (same shape, 0/1) forbids moves such as O → I-CUE, so a decoded tag
 * sequence is always well-formed BIO.
 */
export function viterbi(
  emissions: Float64Array,
  n: number,
  tagCount: number,
  transitions: Float64Array,
  allowed: Uint8Array,
): Int32Array {
  return forward(emissions, n, tagCount, transitions, allowed, new Float64Array(n * tagCount));
}

/**
 * Viterbi's forward pass: fills `score` (n×T) with the best path score ending in each tag and returns the best
 * path. Among equal scores the lower tag index wins, so the path is the same however it is asked for.
 */
function forward(emissions: Float64Array, n: number, T: number, transitions: Float64Array, allowed: Uint8Array, score: Float64Array): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) {
    score[t] = allowed[T * T + t] ? transitions[T * T + t] + emissions[t] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!allowed[p * T + t]) continue;
        const s = score[(i - 1) * T + p] + transitions[p * T + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + emissions[i * T + t];
      back[i * T + t] = arg;
    }
  }
  let bestLast = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t] > score[(n - 1) * T + bestLast]) bestLast = t;
  path[n - 1] = bestLast;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
  return path;
}

/** Transition mask for BIO tags named like "O", "B-CUE", "I-CUE": I-X may only follow B-X or I-X. */
export function bioTransitionMask(tags: readonly string[]): Uint8Array {
  const T = tags.length;
  const mask = new Uint8Array((T + 1) * T);
  for (let from = 0; from <= T; from++) {
    for (let to = 0; to < T; to++) {
      const target = tags[to];
      if (!target.startsWith('I-')) mask[from * T + to] = 1;
      else if (from < T && tags[from].slice(2) === target.slice(2) && tags[from] !== 'O') mask[from * T + to] = 1;
    }
  }
  return mask;
}

/**
 * Max-marginals: for each token and tag, the score of the best path that passes through that tag there
 * (forward Viterbi + backward Viterbi). The gap between the chosen tag's and the runner-up's is how much
 * the whole decision would have to change to flip that token: a confidence that counts the transitions.
 * The forward pass is Viterbi's, so it also gives the best path (the same as `viterbi`, ties included).
 */
export function maxMarginals(emissions: Float64Array, n: number, T: number, transitions: Float64Array, allowed: Uint8Array): { path: Int32Array; marginals: Float64Array } {
  const alpha = new Float64Array(n * T);
  const path = forward(emissions, n, T, transitions, allowed, alpha);
  const beta = new Float64Array(n * T);
  for (let i = n - 2; i >= 0; i--) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      for (let x = 0; x < T; x++) if (allowed[t * T + x]) best = Math.max(best, transitions[t * T + x] + emissions[(i + 1) * T + x] + beta[(i + 1) * T + x]);
      beta[i * T + t] = best;
    }
  }
  for (let k = 0; k < n * T; k++) alpha[k] += beta[k];
  return { path, marginals: alpha };
}
