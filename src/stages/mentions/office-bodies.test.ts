import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './run.test-helper.ts';

test('an office named through its holder is coded as the holder is, and stays its own entity', () => {
  const a = analyse('Sergey Lavrov met the envoy. According to Lavrov\'s office, the talks were useful.', { date: '2024-05-01' });
  const office = a.m("Lavrov's office");
  assert.equal(office.actor?.country, 'RUS');
  assert.equal(office.actor?.sector, a.m('Sergey Lavrov').actor?.sector);
  assert.ok(!a.same('Sergey Lavrov', "Lavrov's office"));
  // a holder with no code gives none, and a body that is no office stays uncoded
  assert.equal(analyse("Ana Ruiz spoke. Ruiz's office said it would appeal.").m("Ruiz's office").actor, undefined);
  assert.equal(analyse("Sergey Lavrov spoke. Lavrov's party said it would appeal.", { date: '2024-05-01' }).m("Lavrov's party").actor, undefined);
});
