import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toFtsQuery } from './fts-query.ts';
import { openStore } from '../index.ts';
import { makeAnalysis } from '../testing.ts';

test('words are quoted, phrases kept, stray syntax dropped', () => {
  assert.equal(toFtsQuery('Lavrov sanctions'), '"Lavrov" "sanctions"');
  assert.equal(toFtsQuery('"foreign minister" talks'), '"foreign minister" "talks"');
  assert.equal(toFtsQuery('"foo'), '"foo"');
  assert.equal(toFtsQuery('NOT'), '"NOT"');
  assert.equal(toFtsQuery('sanction*'), '"sanction"*');
  assert.equal(toFtsQuery('a"b'), '"a b"');
  assert.equal(toFtsQuery('- * ( ) ""'), null);
  assert.equal(toFtsQuery('   '), null);
  assert.equal(toFtsQuery('one two three four', 2), '"one" "two"');
});

test('hostile queries run against a real index without an FTS syntax error', () => {
  const store = openStore(':memory:');
  const text = 'The minister did NOT rule out new sanctions; NEAR the border, talks (and AND/OR votes) continue.';
  store.put(makeAnalysis({ text, quotes: [{ cue: 'did', content: 'NOT rule out new sanctions', source: 'The minister' }] }));
  const queries = ['"foo', 'NOT', 'AND', 'OR OR', 'NEAR(', 'title:x', '^start', 'sanc*', '*', '"', '(talks', 'a AND', '-x', 'col:"', 'x"y"z', '\u0000', 'émigré'];
  for (const q of queries) assert.doesNotThrow(() => store.search(q), q);
  assert.equal(store.search('NOT', { scope: 'articles' }).length, 1); // the word "not", not an operator
  assert.equal(store.search('"foo', { scope: 'articles' }).length, 0);
  assert.equal(store.search('sanc*', { scope: 'articles' }).length, 1);
  assert.equal(store.search('(talks', { scope: 'articles' }).length, 1);
  store.close();
});
