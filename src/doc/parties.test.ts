import { test } from 'node:test';
import assert from 'node:assert/strict';
import { othersOnce } from './parties.ts';

test('the other parties of a list each once, none the first again, unlinked ones told apart by name', () => {
  const ruiz = { entity: 'e1', name: 'Ana Ruiz' };
  const li = { entity: 'e2', name: 'Li Wei' };
  const official = { entity: null, name: 'a senior official' };
  assert.deepEqual(othersOnce(ruiz, [{ entity: 'e1', name: 'the mayor' }, li, null, li, official]), [li, official]);
  assert.deepEqual(othersOnce(null, [official, { entity: null, name: 'a senior official' }]), [official]);
});
