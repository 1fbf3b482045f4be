import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleOnDate } from './dates.js';
import { loadActorBase } from './load.js';
import type { ActorRole } from './types.js';

const kb = loadActorBase({ generated: false });

test('a foreign minister before and after a handover date', () => {
  // Lammy was UK Foreign Secretary until the 5 Sep 2025 reshuffle, then Deputy PM.
  assert.equal(kb.roleOn('david-lammy', '2025-09-04')?.title, 'UK Foreign Secretary');
  assert.equal(kb.roleOn('david-lammy', '2025-09-06')?.title, 'Deputy Prime Minister and Justice Secretary');
  assert.equal(kb.roleOn('yvette-cooper', '2025-09-04')?.title, 'UK Home Secretary');
  assert.equal(kb.roleOn('yvette-cooper', '2025-09-06')?.title, 'UK Foreign Secretary');
  // On the handover day itself the role that started that day wins.
  assert.equal(kb.roleOn('yvette-cooper', '2025-09-05')?.title, 'UK Foreign Secretary');
  assert.equal(kb.roleOn('john-kerry', '2016-06-01')?.title, 'US Secretary of State');
  assert.equal(kb.roleOn('hillary-clinton', '2012-06-01')?.title, 'US Secretary of State');
  assert.equal(kb.roleOn('hillary-clinton', '2016-09-01')?.sector, 'PTY'); // 2016 nominee
});

test('no date gives the newest role; full timestamps are accepted', () => {
  assert.equal(kb.roleOn('vladimir-putin')?.start, '2012-05-07');
  assert.equal(kb.roleOn('barack-obama')?.title, 'President of the United States');
  assert.equal(kb.roleOn('donald-trump', '2017-06-01T12:00:00Z')?.start, '2017-01-20');
  assert.throws(() => kb.roleOn('donald-trump', 'June 2017'), RangeError);
});

test('code() follows the role on the date, and marks former office holders as ELI', () => {
  assert.deepEqual(kb.code('sergey-lavrov', '2016-03-11'), {
    id: 'sergey-lavrov', name: 'Sergey Lavrov', country: 'RUS', sector: 'GOV', title: 'Foreign Minister of Russia',
  });
  const obama = kb.code('barack-obama', '2020-01-01');
  assert.equal(obama?.sector, 'ELI');
  assert.equal(obama?.title, 'former President of the United States');
  assert.equal(kb.code('donald-trump', '2022-06-01')?.sector, 'ELI'); // between terms
  assert.equal(kb.code('donald-trump', '2025-06-01')?.sector, 'GOV');
  assert.deepEqual(kb.code('antonio-guterres', '2020-01-01'), {
    id: 'antonio-guterres', name: 'António Guterres', country: 'UNO', sector: 'GOV', wikidata: 'Q311440', title: 'UN Secretary-General',
  });
  assert.equal(kb.code('TALIBAN', '2015-01-01')?.sector, 'REB');
  assert.equal(kb.code('TALIBAN', '2023-01-01')?.sector, 'GOV');
  assert.equal(kb.code('no-such-actor'), undefined);
});

test('dated roles beat the undated default (PETRARCH rule)', () => {
  const roles: ActorRole[] = [
    { title: '', country: 'RUS', sector: 'ELI' },
    { title: '', country: 'RUS', sector: 'GOV', start: '2008-05-08' },
  ];
  assert.equal(roleOnDate(roles, '2010-01-01')?.sector, 'GOV');
  assert.equal(roleOnDate(roles, '2000-01-01')?.sector, 'ELI');
  assert.equal(roleOnDate([], '2000-01-01'), undefined);
});
