/**
 * Span-matching metrics shared by the evaluations. A span is a list of [start, end) fragments; before any
 * comparison each fragment is trimmed of white space and fragments that touch (or are separated by white
 * space only) are joined, so `“No,” he said` split as two fragments or written as one compares equal.
 */
export type Fragments = ReadonlyArray<readonly [number, number]>;

export interface PRF {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

export function normalizeFragments(text: string, fragments: Fragments): Array<[number, number]> {
  const trimmed: Array<[number, number]> = [];
  for (const [s0, e0] of fragments) {
    let s = s0;
    let e = e0;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) trimmed.push([s, e]);
  }
  trimmed.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const f of trimmed) {
    const last = out.at(-1);
    if (last && (f[0] <= last[1] || /^\s*$/.test(text.slice(last[1], f[0])))) last[1] = Math.max(last[1], f[1]);
    else out.push([f[0], f[1]]);
  }
  return out;
}

/** Equal after normalisation: the same characters in the same fragments. */
export function sameFragments(a: Fragments, b: Fragments): boolean {
  return a.length === b.length && a.every((f, i) => f[0] === b[i][0] && f[1] === b[i][1]);
}

/** Share at least one character (both normalised, so that character is not white space). */
export function fragmentsOverlap(a: Fragments, b: Fragments): boolean {
  return a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));
}

/**
 * The largest one-to-one matching between predicted and gold items under `matches` (Kuhn's augmenting
 * paths): each gold item is matched at most once, each prediction at most once.
 */
export function maximumMatching<P, G>(predicted: readonly P[], gold: readonly G[], matches: (p: P, g: G) => boolean): number {
  const edges = predicted.map((p) => gold.flatMap((g, j) => (matches(p, g) ? [j] : [])));
  const goldOwner = new Int32Array(gold.length).fill(-1);
  let size = 0;
  const tryAssign = (i: number, seen: Uint8Array): boolean => {
    for (const j of edges[i]) {
      if (seen[j]) continue;
      seen[j] = 1;
      if (goldOwner[j] < 0 || tryAssign(goldOwner[j], seen)) {
        goldOwner[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < predicted.length; i++) if (edges[i].length && tryAssign(i, new Uint8Array(gold.length))) size++;
  return size;
}

/** Precision, recall and F1 from counts; 0 (not NaN) when a denominator is 0. */
export function prf(truePositives: number, predicted: number, gold: number): PRF {
  const p = predicted ? truePositives / predicted : 0;
  const r = gold ? truePositives / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Adds counts per key across documents (micro-averaging). */
export class MatchCounter {
  private readonly counts = new Map<string, { tp: number; predicted: number; gold: number }>();

  add(key: string, tp: number, predicted: number, gold: number): void {
    const c = this.counts.get(key) ?? { tp: 0, predicted: 0, gold: 0 };
    c.tp += tp;
    c.predicted += predicted;
    c.gold += gold;
    this.counts.set(key, c);
  }

  prf(key: string): PRF {
    const c = this.counts.get(key) ?? { tp: 0, predicted: 0, gold: 0 };
    return prf(c.tp, c.predicted, c.gold);
  }
}
