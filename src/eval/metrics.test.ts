import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fragmentsOverlap, maximumMatching, MatchCounter, normalizeFragments, prf, sameFragments } from './metrics.ts';

const TEXT = '  “We will go,”  he said,  “and soon.”  ';

test('normalising trims white space and joins fragments separated only by white space', () => {
  assert.deepEqual(normalizeFragments(TEXT, [[0, 17]]), [[2, 15]]);
  assert.deepEqual(normalizeFragments(TEXT, [[2, 6], [6, 15]]), [[2, 15]]);
  assert.deepEqual(normalizeFragments(TEXT, [[27, 38], [2, 15]]), [[2, 15], [27, 38]]);
  assert.deepEqual(normalizeFragments(TEXT, [[0, 2]]), []);
});

test('exact needs the same fragments; overlap needs one shared character', () => {
  const a = normalizeFragments(TEXT, [[2, 15]]);
  const b = normalizeFragments(TEXT, [[1, 16]]);
  const c = normalizeFragments(TEXT, [[10, 20]]);
  const d = normalizeFragments(TEXT, [[27, 38]]);
  assert.ok(sameFragments(a, b));
  assert.ok(!sameFragments(a, c));
  assert.ok(fragmentsOverlap(a, c));
  assert.ok(!fragmentsOverlap(a, d));
});

test('each gold item is matched at most once, and the matching is maximal', () => {
  // p0 overlaps g0 and g1, p1 only g0: a greedy pass giving g0 to p0 would find 1 pair, the best is 2.
  const edges = new Map([['p0', ['g0', 'g1']], ['p1', ['g0']]]);
  assert.equal(maximumMatching(['p0', 'p1'], ['g0', 'g1'], (p, g) => edges.get(p)!.includes(g)), 2);
  assert.equal(maximumMatching(['x', 'x', 'x'], ['x'], (p, g) => p === g), 1);
  assert.equal(maximumMatching([], ['x'], () => true), 0);
});

test('precision, recall and F1 from counts, zero rather than NaN when empty', () => {
  assert.deepEqual(prf(0, 0, 0), { p: 0, r: 0, f1: 0 });
  const m = prf(3, 4, 6);
  assert.equal(m.p, 0.75);
  assert.equal(m.r, 0.5);
  assert.ok(Math.abs(m.f1 - 0.6) < 1e-12);
  const counter = new MatchCounter();
  counter.add('cue', 1, 2, 2);
  counter.add('cue', 2, 2, 4);
  assert.deepEqual(counter.prf('cue'), prf(3, 4, 6));
});
