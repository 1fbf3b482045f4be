import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../doc/document.ts';
import { segmentStage } from '../segment/segment.ts';
import { trimSource } from './source-trim.ts';

/** Trims the source written as `words` at the start of `text` and returns what is left. */
function trimmed(text: string, source: string): string {
  const tokens = segmentStage.run(new Doc(text), { knowledge: {} }).layers.tokens!;
  let last = 0;
  while (tokens.ends[last] < source.length) last++;
  const s = trimSource(tokens, { role: 'SRC', first: 0, last });
  return text.slice(tokens.starts[s.first], tokens.ends[s.last]);
}

test('a subordinator, a dateline and a time adjunct after the head are no part of the source', () => {
  assert.equal(trimmed('while 73 percent said they would vote.', 'while 73 percent'), '73 percent');
  assert.equal(trimmed('LIMA - Peruvian officials said the road was closed.', 'LIMA - Peruvian officials'), 'Peruvian officials');
  assert.equal(trimmed('The central bank just this month announced a cut.', 'The central bank just this month'), 'The central bank');
  assert.equal(trimmed('Ana Ruiz on Monday said the talks failed.', 'Ana Ruiz on Monday'), 'Ana Ruiz');
  assert.equal(trimmed('the mayor in 2010 said it would be built.', 'the mayor in 2010'), 'the mayor');
});

test('a time inside a modifier of the source stays', () => {
  assert.equal(trimmed('A poll released Monday shows a tie.', 'A poll released Monday'), 'A poll released Monday');
  assert.equal(trimmed('Ana Ruiz said it.', 'Ana Ruiz'), 'Ana Ruiz');
});
