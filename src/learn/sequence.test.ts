import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FeatureTable } from './feature-table.ts';
import { decodeLinearModel, encodeLinearModel, pruneModel, readModelFile, writeModelFile } from './model-file.ts';
import { emissionScores, type FeatureSequence } from './perceptron.ts';
import { seededRandom, shuffleInPlace } from './random.ts';
import { trainSequenceModel } from './train-sequence.ts';
import { bioTransitionMask, maxMarginals, viterbi } from './viterbi.ts';

const TAGS = ['O', 'B-X', 'I-X'];

test('the BIO mask forbids I-X after O and at the start, and allows it after B-X or I-X', () => {
  const m = bioTransitionMask(TAGS);
  const T = TAGS.length;
  assert.equal(m[0 * T + 2], 0);
  assert.equal(m[T * T + 2], 0);
  assert.equal(m[1 * T + 2], 1);
  assert.equal(m[2 * T + 2], 1);
});

test('viterbi never outputs a forbidden transition even when emissions prefer it', () => {
  // Token 0 prefers I-X (forbidden at the start); token 1 prefers I-X too.
  const emissions = Float64Array.from([0, 1, 5, 0, 0, 3]);
  const path = viterbi(emissions, 2, 3, new Float64Array(12), bioTransitionMask(TAGS));
  assert.deepEqual([...path], [1, 2]);
});

test('the max-marginals pass decodes the same path as viterbi, ties included, and its chosen tags carry the best score', () => {
  const random = seededRandom(7);
  const tags = ['O', 'B-X', 'I-X', 'B-Y', 'I-Y'];
  const T = tags.length;
  const mask = bioTransitionMask(tags);
  for (let trial = 0; trial < 200; trial++) {
    const n = 1 + Math.floor(random() * 12);
    // whole numbers from a small range, so that ties happen
    const emissions = Float64Array.from({ length: n * T }, () => Math.floor(random() * 4));
    const transitions = Float64Array.from({ length: (T + 1) * T }, () => Math.floor(random() * 3) - 1);
    const { path, marginals } = maxMarginals(emissions, n, T, transitions, mask);
    assert.deepEqual([...path], [...viterbi(emissions, n, T, transitions, mask)]);
    const best = Math.max(...marginals.subarray(0, T));
    for (let i = 0; i < n; i++) assert.equal(marginals[i * T + path[i]], best);
  }
});

// A toy language: a token is X when it is "q" or follows an X token "q" with the word "r" (runs like q r r).
function toy(table: FeatureTable, words: string[]): { seq: FeatureSequence; gold: Int32Array } {
  const rows = Int32Array.from(words, (w) => table.row(0, table.atomId(0, w)));
  const gold = new Int32Array(words.length);
  words.forEach((w, i) => {
    if (w === 'q') gold[i] = 1;
    else if (w === 'r' && i > 0 && gold[i - 1] !== 0) gold[i] = 2;
  });
  return { seq: { length: words.length, offsets: Int32Array.from({ length: words.length + 1 }, (_, i) => i), rows }, gold };
}

test('the averaged perceptron learns a sequence rule and training is deterministic with a seed', () => {
  const sentences = ['a q r r b', 'r a q b', 'q r a r', 'b b q', 'a r q r r r b'].map((s) => s.split(' '));
  const run = () => {
    const table = new FeatureTable(['w'], [{ name: 'w', kinds: [0] }], true);
    const examples = sentences.map((s) => toy(table, s));
    const trained = trainSequenceModel(table, examples, { tags: TAGS, epochs: 30, seed: 7, minCount: 1, log: () => {} });
    return { trained, examples };
  };
  const { trained, examples } = run();
  assert.equal(trained.errorsPerEpoch.at(-1), 0);
  // The table was rebuilt (rows keep their order when nothing is pruned), so the training rows still apply.
  // Averaging can flip a tie the running weights won, so the averaged model is held to 90%, not 100%.
  let right = 0;
  let total = 0;
  for (const e of examples) {
    const path = viterbi(emissionScores(e.seq, trained.weights, 3), e.seq.length, 3, trained.transitions, bioTransitionMask(TAGS));
    path.forEach((tag, i) => (right += tag === e.gold[i] ? 1 : 0));
    total += path.length;
  }
  assert.ok(right / total >= 0.9, `${right}/${total}`);
  assert.deepEqual([...run().trained.weights], [...trained.weights]);
});

test('a model survives pruning, encoding to a file and decoding, and a wrong feature set is refused', () => {
  const table = new FeatureTable(['w'], [{ name: 'w', kinds: [0] }], true);
  ['said', 'the', 'told'].forEach((w) => table.row(0, table.atomId(0, w)));
  const weights = Float64Array.from([0, 2, 0, 0.001, 0, 0, 0, 1.5, -1]);
  const meta = { data: 'toy', command: 'test', seed: 1, date: '2026-01-01', featureSetVersion: 'toy/1' };
  const model = pruneModel(meta, TAGS, table, weights, new Float64Array(12), 0.01);
  assert.equal(model.table.size, 2, '"the" has only tiny weights and is dropped');
  const path = join(mkdtempSync(join(tmpdir(), 'parley-model-')), 'm.json');
  writeModelFile(path, encodeLinearModel(model));
  const back = decodeLinearModel(readModelFile(path) as never, { featureSetVersion: 'toy/1', templates: table.templates, tags: TAGS }, path);
  assert.deepEqual([0, 1].map((r) => back.table.name(r)), ['w=said', 'w=told']);
  assert.deepEqual([...back.weights], [0, 2, 0, 0, 1.5, -1]);
  assert.throws(() => decodeLinearModel(readModelFile(path) as never, { featureSetVersion: 'toy/2', templates: table.templates, tags: TAGS }, path), /MODEL_INVALID|feature set/);
});

test('the seeded generator repeats itself and shuffles the same way for the same seed', () => {
  const a = seededRandom(42);
  const b = seededRandom(42);
  for (let i = 0; i < 5; i++) assert.equal(a(), b());
  assert.deepEqual(shuffleInPlace([1, 2, 3, 4, 5, 6], seededRandom(3)), shuffleInPlace([1, 2, 3, 4, 5, 6], seededRandom(3)));
  assert.notDeepEqual(seededRandom(1)(), seededRandom(2)());
});
