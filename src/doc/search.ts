/**
 * Binary search over indices [0, length) where `before(i)` holds up to some index and fails from there on
 * (offsets in text order): returns that first failing index, or `length` when none fails. Rust calls this
 * `partition_point`; every sorted look-up of the pipeline (a token at an offset, a mention at a token) is one.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
