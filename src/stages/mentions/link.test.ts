import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './run.test-helper.ts';

test('metonyms link to the government: the Kremlin, Moscow, the Kiev regime, the Russian government', () => {
  const a = analyse('The Kremlin rejected the plan. Moscow said the Kiev regime was to blame, and the Russian government agreed.');
  assert.equal(a.m('Kremlin').actor?.id, 'RUS-GOV');
  assert.equal(a.m('Moscow').actor?.id, 'RUS-GOV');
  assert.equal(a.m('the Kiev regime').actor?.id, 'UKR-GOV');
  assert.equal(a.m('the Russian government').actor?.id, 'RUS-GOV');
  assert.ok(a.same('Kremlin', 'Moscow') && a.same('Kremlin', 'the Russian government'), 'one government, one entity');
  assert.equal(a.m('Kremlin').type, 'ORG');
});

test('a ministry named through a country is that government but a separate entity', () => {
  const a = analyse('The Kremlin said little. The Russian Defence Ministry said it had hit depots. The ministry gave no figures.');
  assert.equal(a.m('Russian Defence Ministry').actor?.country, 'RUS');
  assert.ok(!a.same('Kremlin', 'Russian Defence Ministry'));
  assert.ok(a.same('Russian Defence Ministry', 'The ministry') && a.same('Russian Defence Ministry', 'it'));
});

test('an ambiguous alias takes the candidate the document names elsewhere', () => {
  const nato = analyse('Brussels urged calm. NATO will meet on Friday.');
  assert.equal(nato.m('Brussels').actor?.id, 'NATO');
  const eu = analyse('The EU has a plan. Brussels wants a deal by June.');
  assert.equal(eu.m('Brussels').actor?.id, 'EU');
  const alone = analyse('Brussels hosted the summit.');
  assert.equal(alone.m('Brussels').actor?.id, 'BEL');
});

test('nationality adjectives are NORP mentions of the state', () => {
  const a = analyse('Russian troops and Ukrainian drones were seen.');
  assert.equal(a.m('Russian').type, 'NORP');
  assert.equal(a.m('Russian').actor?.id, 'RUS');
  assert.equal(a.m('Ukrainian').actor?.id, 'UKR');
});

test('a role nominal links to the holder of the office on the article date', () => {
  const now = analyse("Russia's top diplomat arrived in Geneva.", { date: '2024-05-01' });
  assert.equal(now.m("Russia's top diplomat").actor?.id, 'lavrov');
  const then = analyse("Russia's top diplomat arrived in Geneva.", { date: '2001-06-01' });
  assert.equal(then.m("Russia's top diplomat").actor?.id, 'ivanov');
  const adjective = analyse('The Russian foreign minister spoke first.', { date: '2002-02-02' });
  assert.equal(adjective.m('The Russian foreign minister').actor?.id, 'ivanov');
  const former = analyse("Estonia's former prime minister spoke.", { date: '2023-01-01' });
  assert.equal(former.m("Estonia's former prime minister").actor, undefined, 'a former office is not today\'s holder');
});

test('"the country\'s" resolves through the country entity', () => {
  const a = analyse("Russia sent a delegation. The country's foreign minister led it.", { date: '2024-05-01' });
  assert.equal(a.m("The country's foreign minister").actor?.id, 'lavrov');
});

test('a surname alone links to the full name earlier in the document, across paragraphs', () => {
  const a = analyse('Sergey Lavrov landed in Ankara.\n\nTalks began at noon.\n\nLavrov later left.');
  assert.ok(a.same('Sergey Lavrov', 'Lavrov'));
  assert.equal(a.m('Lavrov').actor?.id, 'lavrov');
  const unknown = analyse('Olena Marchenko spoke first.\n\nThe vote was close.\n\nMarchenko said she was pleased.', { kb: null });
  assert.ok(unknown.same('Olena Marchenko', 'Marchenko') && unknown.same('Olena Marchenko', 'she'));
  const entity = unknown.entities.find((e) => e.id === unknown.m('Marchenko').entity);
  assert.equal(entity?.name, 'Olena Marchenko');
});

test('a surname alone links to the actor base when one person by it holds office that day', () => {
  const a = analyse('Lavrov said the talks had failed.', { date: '2024-05-01' });
  assert.equal(a.m('Lavrov').actor?.id, 'lavrov');
  assert.equal(a.m('Lavrov').type, 'PERSON');
  // an honorific of the other gender than the bearer's given name shows another person of that surname
  assert.equal(analyse('Mr. Lavrov said the talks had failed.', { date: '2024-05-01' }).m('Lavrov').actor?.id, 'lavrov');
  assert.equal(analyse('Ms. Lavrov said the talks had failed.', { date: '2024-05-01' }).m('Lavrov').actor, undefined);
});
