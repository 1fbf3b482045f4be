import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleWorld, sectorRoles } from './fake-kb.test-helper.ts';
import { analyse } from './run.test-helper.ts';

const world = { kb: roleWorld(), roles: sectorRoles, date: '2024-05-01' };
const code = (a: ReturnType<typeof analyse>, text: string, n = 0) => {
  const actor = a.m(text, n).actor;
  return actor ? `${actor.country} ${actor.sector ?? '-'}` : 'none';
};

test('a capital that acts is its government; a capital where things happen is a place (CVL)', () => {
  const a = analyse('Quito rejected the offer. The blackout in Quito lasted a day. Crowds gathered in central Quito.', world);
  assert.equal(code(a, 'Quito', 0), 'ECU GOV');
  assert.equal(code(a, 'Quito', 1), 'ECU CVL');
  assert.equal(code(a, 'Quito', 2), 'ECU CVL');
  assert.equal(a.m('Quito', 1).type, 'GPE');
  assert.ok(!a.same('Quito', 'Quito', 1), 'the city is not the government');
});

test('places the gazetteer knows resolve to their country, with a compass word or a head noun too', () => {
  const a = analyse('Farmers gathered in Mosul. Storms hit Southern Chile and North Kivu Province.', world);
  assert.equal(code(a, 'Mosul'), 'IRQ CVL');
  assert.equal(code(a, 'Southern Chile'), 'CHL -');
  assert.equal(code(a, 'North Kivu Province'), 'COD -');
  assert.equal(a.m('Southern Chile').type, 'GPE');
});

test('a possessive capital stays the government: "Lima\'s decision"', () => {
  const a = analyse("Diplomats in Quito criticised Lima's decision.", world);
  assert.equal(code(a, 'Lima'), 'PER GOV');
});

test('a place is located over a kind of place and its owner, and after "of" a part of a place', () => {
  const a = analyse("Guards fired at a jail in Ecuador's capital Quito. A bomb hit a residential sector of mostly Catholic eastern Quito.", world);
  assert.equal(code(a, 'Quito', 0), 'ECU CVL');
  assert.equal(code(a, 'Quito', 1), 'ECU CVL');
  const b = analyse('The mayor of Quito said Quito rejected the offer.', world);
  assert.equal(code(b, 'Quito', 1), 'ECU GOV', 'an acting capital after a clause is still the government');
});
