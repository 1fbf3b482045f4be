import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createParley } from '../engine/parley.ts';
import { goldenRecords, readGolden } from './golden.ts';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));

test('the sample corpus still reads as recorded in corpus/golden (run `npm run golden` and review the diff)', async () => {
  const expected = readGolden(`${corpus}golden`);
  const actual = await goldenRecords(createParley(), `${corpus}articles`);
  assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort(), 'the set of golden articles changed');
  for (const [key, record] of actual) assert.deepEqual(record, expected.get(key), `golden record ${key} drifted`);
});
