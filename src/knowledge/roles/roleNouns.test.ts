import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRoleNouns } from './roleNouns.js';

const roles = loadRoleNouns();

test('common political role nouns map to PLOVER sectors', () => {
  const expected: Record<string, string> = {
    minister: 'GOV', ministers: 'GOV', 'foreign minister': 'GOV', president: 'GOV', spokesman: 'GOV', spokeswoman: 'GOV',
    officials: 'GOV', authorities: 'GOV', general: 'MIL', troops: 'MIL', forces: 'MIL', lawmaker: 'LEG', lawmakers: 'LEG',
    mps: 'LEG', rebels: 'REB', separatists: 'REB', police: 'COP', judge: 'JUD', prosecutors: 'JUD', journalist: 'JRN',
    protesters: 'CVL', militants: 'REB', gunmen: 'UAF', opposition: 'OPP', 'defence minister': 'GOV',
  };
  for (const [noun, sector] of Object.entries(expected)) assert.equal(roles.sectorOf(noun), sector, noun);
});

test('full codes, spelling variants, case and removals', () => {
  assert.equal(roles.codeOf('defence minister'), 'GOVMIL'); // a person: government
  assert.equal(roles.codeOf('Defense Ministries'), 'MIL'); // the institution: like the Pentagon
  assert.equal(roles.codeOf('interior ministry'), 'GOV');
  assert.equal(roles.codeOf('protesters'), 'CVLOPP');
  assert.equal(roles.sectorOf('Secretary-General'), 'GOV');
  assert.equal(roles.isRoleNoun('deputy'), false); // removed by data/roles/curated.json
  assert.equal(roles.isRoleNoun('banana'), false);
  assert.ok(roles.size > 5000);
});
