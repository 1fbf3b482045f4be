import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf } from '../attribution/testing.ts';
import { splitClauses } from './clauses.ts';

const kindsOf = (sentence: string) => {
  const { tokens } = contextOf(sentence);
  return splitClauses(tokens, 0, tokens.length).kinds;
};

test('function words open clauses: a condition first, a relative clause after "which"', () => {
  assert.deepEqual(kindsOf('If Moscow attacks Warsaw, NATO will respond.')[0], 'condition');
  assert.ok(kindsOf('The army seized the bridge, which the rebels had held.').includes('relative'));
});

test('words every JavaScript object answers to ("constructor", "toString") are plain words, opening no clause', () => {
  for (const sentence of ['The constructor said the bridge would open in May.', 'The ministry denied the claim constructor firms made about toString fees.']) {
    assert.deepEqual(kindsOf(sentence), ['main'], sentence);
  }
});
