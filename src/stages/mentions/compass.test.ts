import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeActorBase } from './fake-kb.test-helper.ts';
import { analyse } from './run.test-helper.ts';

const kb = fakeActorBase([
  { id: 'SSD', name: 'South Sudan', kind: 'state', country: 'SSD' },
  { id: 'SDN', name: 'Sudan', kind: 'state', country: 'SDN' },
]);

test('"the North" and "the South" are the halves of a divided country the article names, and nothing elsewhere', () => {
  const a = analyse('South Sudan accused Sudan of shelling. The North denied it, and the South said talks were over.', { kb });
  assert.equal(a.m('South').actor?.country, 'SSD');
  assert.ok(a.same('South Sudan', 'South'), 'one entity');
  assert.equal(a.m('North').actor, undefined, 'no "North ..." state is named');
  const us = analyse('Voters in the South backed the senator, and the North was split.', { kb });
  assert.ok(!us.mentions.some((m) => m.actor), 'no state');
});
