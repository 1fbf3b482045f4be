import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureTable } from './feature-table.ts';

const KINDS = ['w', 'p'];
const TEMPLATES = [{ name: 'w', kinds: [0] }, { name: 'w-1|w', kinds: [0, 0] }, { name: 'p|w', kinds: [1, 0] }];

test('a growing table gives each new feature the next row and names it as a feature string', () => {
  const t = new FeatureTable(KINDS, TEMPLATES, true);
  const said = t.atomId(0, 'said');
  const he = t.atomId(0, 'he');
  assert.equal(t.row(0, said), 0);
  assert.equal(t.row(1, he, said), 1);
  assert.equal(t.row(0, said), 0, 'the same feature keeps its row');
  assert.equal(t.row(2, t.atomId(1, 'VERB'), said), 2);
  assert.deepEqual([0, 1, 2].map((r) => t.name(r)), ['w=said', 'w-1|w=he|said', 'p|w=VERB|said']);
});

test('a frozen table answers -1 for unseen atoms and features, and grows no more', () => {
  const t = new FeatureTable(KINDS, TEMPLATES, true);
  t.row(0, t.atomId(0, 'warned'));
  t.freeze();
  assert.equal(t.atomId(0, 'claimed'), -1);
  assert.equal(t.row(0, -1), -1);
  assert.equal(t.row(1, t.atomId(0, 'warned'), t.atomId(0, 'warned')), -1);
  assert.equal(t.size, 1);
});

test('rebuilding from feature strings keeps every row, across many rehashes', () => {
  const t = new FeatureTable(KINDS, TEMPLATES, true);
  for (let i = 0; i < 5000; i++) t.row(i % 2 ? 0 : 1, t.atomId(0, `x${i % 700}`), t.atomId(0, `y${i}`));
  const names = Array.from({ length: t.size }, (_, r) => t.name(r));
  const copy = FeatureTable.fromNames(KINDS, TEMPLATES, names);
  assert.equal(copy.size, t.size);
  for (let r = 0; r < t.size; r += 97) assert.equal(copy.name(r), names[r]);
  assert.equal(copy.row(1, copy.atomId(0, 'x0'), copy.atomId(0, 'y0')), t.row(1, t.atomId(0, 'x0'), t.atomId(0, 'y0')));
});

test('a frozen table rebuilt from feature strings finds every pair row', () => {
  const pairs: Array<[number, number, string, string]> = [];
  for (let i = 0; i < 400; i++) pairs.push([2, 1, `P${i % 7}`, `w${i}`], [1, 0, `w${i}`, `w${(i * 31) % 400}`]);
  const t = new FeatureTable(KINDS, TEMPLATES, true);
  for (const [tpl, kind, a, b] of pairs) t.row(tpl, t.atomId(kind, a), t.atomId(0, b));
  const frozen = FeatureTable.fromNames(KINDS, TEMPLATES, Array.from({ length: t.size }, (_, r) => t.name(r)));
  for (const [tpl, kind, a, b] of pairs) {
    assert.equal(frozen.name(frozen.row(tpl, frozen.atomId(kind, a), frozen.atomId(0, b))), t.name(t.row(tpl, t.atomId(kind, a), t.atomId(0, b))));
  }
  assert.equal(frozen.row(2, frozen.atomId(1, 'P0'), frozen.atomId(0, 'w1')), -1, 'an unseen pair of known atoms');
});
