import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateExpressions, publicationDay, resolveExpression } from './dates.ts';
import { eventsOf, mainEvent } from './test-support.ts';

/** Resolves the only date expression of `text` as of `published`. */
function resolve(text: string, published: string | null, future = false) {
  const found = findDateExpressions(text, 0, text.length);
  assert.equal(found.length, 1, `one expression in: ${text}`);
  return resolveExpression(text, found[0], publicationDay(published), future);
}

test('a weekday is the most recent such day on or before publication', () => {
  // 2024-03-07 is a Thursday, 2025-01-01 a Wednesday, 2023-10-30 a Monday
  assert.equal(resolve('The envoy arrived on Tuesday.', '2024-03-07').value, '2024-03-05');
  assert.equal(resolve('The envoy arrived on Thursday.', '2024-03-07').value, '2024-03-07');
  assert.equal(resolve('The envoy arrived on Friday.', '2024-03-07').value, '2024-03-01');
  assert.equal(resolve('Talks ended on Sunday.', '2025-01-01').value, '2024-12-29');
  assert.equal(resolve('Talks ended on Monday.', '2023-10-30T18:45:00Z').value, '2023-10-30');
  assert.equal(resolve('It happened last Monday.', '2023-10-30').value, '2023-10-23', '"last" never means the publication day');
  assert.equal(resolve('Talks start next Monday.', '2023-10-30').value, '2023-11-06');
  assert.equal(resolve('The envoy arrived on Tuesday.', '2024-03-07').resolution, 'relative');
});

test('a future event takes the next such weekday', () => {
  assert.equal(resolve('The minister will travel on Friday.', '2024-03-07', true).value, '2024-03-08');
  assert.equal(resolve('The minister will travel on Tuesday.', '2024-03-07', true).value, '2024-03-12');
});

test('yesterday, today, N days ago, last week, last month, recently', () => {
  assert.equal(resolve('It was signed yesterday.', '2024-03-01').value, '2024-02-29');
  assert.equal(resolve('It was signed today.', '2024-03-01').value, '2024-03-01');
  assert.equal(resolve('It was signed three days ago.', '2024-03-01').value, '2024-02-27');
  const week = resolve('It was signed last week.', '2024-03-07');
  assert.deepEqual([week.value, week.granularity], ['2024-02-26', 'week']);
  const month = resolve('It was signed last month.', '2024-01-15');
  assert.deepEqual([month.value, month.granularity], ['2023-12-01', 'month']);
  const recent = resolve('It was recently signed.', '2024-01-15');
  assert.deepEqual([recent.value, recent.granularity, recent.resolution], ['2024-01-15', 'approximate', 'relative']);
});

test('named days take the year that puts them on or before publication', () => {
  const march = resolve('They met on March 3.', '2024-05-10');
  assert.deepEqual([march.value, march.resolution], ['2024-03-03', 'explicit']);
  assert.equal(resolve('They met on 20 December.', '2024-01-05').value, '2023-12-20');
  assert.equal(resolve('They will meet on March 3.', '2024-05-10', true).value, '2025-03-03');
  assert.equal(resolve('They met on March 3, 2022.', '2024-05-10').value, '2022-03-03');
  assert.equal(resolve('The accord of 2021-11-09 stands.', null).value, '2021-11-09');
  assert.deepEqual([resolve('Fighting resumed in May.', '2024-08-01').value, resolve('Fighting resumed in May.', '2024-08-01').granularity], ['2024-05-01', 'month']);
});

test('month names are read only as names: the modal "may" and "to march" are not dates', () => {
  assert.equal(findDateExpressions('Russia may attack.', 0, 18).length, 0);
  assert.equal(findDateExpressions('They plan to march on the capital.', 0, 34).length, 0);
});

test('without a publication date a relative expression is unknown, and no expression falls back to publication', () => {
  assert.deepEqual([resolve('They met on Tuesday.', null).value, resolve('They met on Tuesday.', null).resolution], [null, 'unknown']);
  const e = mainEvent('Poland expelled three Russian diplomats.', { meta: { published: '2024-04-02' } })!;
  assert.deepEqual([e.date.value, e.date.resolution, e.date.text], ['2024-04-02', 'publication', null]);
  const none = mainEvent('Poland expelled three Russian diplomats.')!;
  assert.deepEqual([none.date.value, none.date.resolution], [null, 'unknown']);
});

test('an event takes the date expression of its own clause', () => {
  const text = 'Kyiv rejected the proposal on Monday, a week after Moscow attacked on Friday.';
  const e = mainEvent(text, { meta: { published: '2024-06-12' } })!; // a Wednesday
  assert.equal(e.trigger.text, 'rejected');
  assert.equal(e.date.text?.text, 'Monday');
  assert.equal(e.date.value, '2024-06-10');
});

test('a date inside a relative clause between commas dates that clause, not the event outside it', () => {
  const meta = { published: '2024-03-07' };
  const outside = mainEvent('Lavrov, who has served as minister since 2004, accused Poland of sabotage.', { meta });
  assert.equal(outside?.date.value, '2024-03-07');
  const inside = eventsOf('Russia, which attacked Georgia on Tuesday, denied it.', { meta }).find((e) => e.type === 'ASSAULT');
  assert.equal(inside?.date.value, '2024-03-05', 'an event inside the clause keeps its own date');
});
