import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publishedKey, sinceKey, untilKey } from './dates.ts';
import { isParleyError } from '../errors/catalogue.ts';

test('published dates become sortable UTC keys whatever their zone', () => {
  assert.equal(publishedKey('2026-03-14'), '2026-03-14T00:00:00.000Z');
  assert.equal(publishedKey('2026-03-14T10:00:00+02:00'), '2026-03-14T08:00:00.000Z');
  assert.equal(publishedKey('2026-03-14T10:00:00+0200'), '2026-03-14T08:00:00.000Z');
  assert.equal(publishedKey('2026-03-14T10:00'), '2026-03-14T10:00:00.000Z'); // no zone: read as UTC, not local
  assert.equal(publishedKey('Sat, 14 Mar 2026 10:00:00 GMT'), '2026-03-14T10:00:00.000Z');
  // As strings these order the other way round; as instants the +05:00 one is earlier.
  assert.ok(publishedKey('2026-03-14T01:00:00+05:00')! < publishedKey('2026-03-13T22:00:00Z')!);
});

test('unreadable or zone-less free-form dates have no key (they sort last)', () => {
  assert.equal(publishedKey(null), null);
  assert.equal(publishedKey('yesterday'), null);
  assert.equal(publishedKey('2026-02-30'), null);
  assert.equal(publishedKey('March 14, 2026'), null);
});

test('since is the start of its day, until the end; malformed bounds are usage errors', () => {
  assert.equal(sinceKey('2026-03-14'), '2026-03-14T00:00:00.000Z');
  assert.equal(untilKey('2026-03-14'), '2026-03-14T23:59:59.999Z');
  assert.equal(untilKey('2026-03-14T12:00:00Z'), '2026-03-14T12:00:00.000Z');
  assert.equal(sinceKey(undefined), undefined);
  for (const bad of ['not-a-date', '2026-13-01', '14/03/2026', '2026-03-14T25:00', '']) {
    assert.throws(() => sinceKey(bad), (e: unknown) => isParleyError(e) && e.code === 'USAGE', bad);
  }
});
