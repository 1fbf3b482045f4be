import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from './dates.ts';

test('ISO dates and date-times are kept, offsets written as ±HH:MM', () => {
  assert.equal(toIsoDate('2024-03-05'), '2024-03-05');
  assert.equal(toIsoDate(' 2021-12-31T23:59:58Z '), '2021-12-31T23:59:58Z');
  assert.equal(toIsoDate('2019-07-01T08:05:00+0200'), '2019-07-01T08:05:00+02:00');
  assert.equal(toIsoDate('2019-07-01 08:05'), '2019-07-01T08:05:00');
  assert.equal(toIsoDate('2022-02-02T10:00:00.123-05:00'), '2022-02-02T10:00:00.123-05:00');
});

test('RFC 822 feed dates keep the local date (no shift to UTC)', () => {
  assert.equal(toIsoDate('Tue, 05 Mar 2024 00:30:00 +0100'), '2024-03-05T00:30:00+01:00');
  assert.equal(toIsoDate('Mon, 1 Jan 2018 9:00:00 GMT'), '2018-01-01T09:00:00Z');
  assert.equal(toIsoDate('Fri, 10 Nov 2023 17:45 EST'), '2023-11-10T17:45:00-05:00');
  assert.equal(toIsoDate('12 Oct 2020'), '2020-10-12');
});

test('compact, slashed and written-out dates become YYYY-MM-DD', () => {
  assert.equal(toIsoDate('20240305'), '2024-03-05');
  assert.equal(toIsoDate('2023/7/4'), '2023-07-04');
  assert.equal(toIsoDate('March 5, 2024'), '2024-03-05');
  assert.equal(toIsoDate('Sept. 21, 2019'), '2019-09-21');
  assert.equal(toIsoDate('21st September 2019'), '2019-09-21');
});

test('impossible or unreadable dates give undefined rather than a guess', () => {
  for (const bad of ['2023-02-29', '2024-13-01', '2024-04-31', '2024-01-01T25:00', 'yesterday', '05/03/2024', '', 'Smarch 3, 2020']) {
    assert.equal(toIsoDate(bad), undefined, bad);
  }
  assert.equal(toIsoDate(1709600000), undefined);
  assert.equal(toIsoDate('2024-02-29'), '2024-02-29'); // a leap day is fine
});
