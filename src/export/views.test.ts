import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysisOf } from './test-support.ts';
import { filterEvents, findShifts, positionTimeline } from './views.ts';

const corpus = [
  analysisOf('d1', 'Budapest opposes new sanctions on Moscow. Russia shelled Kharkiv.', { published: '2024-02-01', url: 'https://example.org/1' }),
  analysisOf('d2', 'Poland expelled three Russian diplomats. Budapest blocked the sanctions package.', { published: '2024-03-10' }),
  analysisOf('d3', 'Budapest backed the sanctions after talks in Brussels.', { published: '2024-05-20', url: 'https://example.org/3' }),
  analysisOf('d4', 'Kyiv rejected neutrality on Monday.', { published: '2024-05-22' }),
  analysisOf('d5', 'Kyiv accepted neutrality as part of a peace deal.', { published: '2024-09-02' }),
];

test('filterEvents by actor, type and date', () => {
  assert.deepEqual(filterEvents(corpus, { type: 'ASSAULT' }).map((r) => r.docId), ['d1']);
  assert.deepEqual(filterEvents(corpus, { actor: 'POL' }).map((r) => r.event.type), ['SANCTION']);
  assert.deepEqual(filterEvents(corpus, { actor: 'budapest' }).map((r) => r.docId), ['d1', 'd2', 'd3']);
  assert.deepEqual(filterEvents(corpus, { actor: 'Budapest', since: '2024-03-01' }).map((r) => r.docId), ['d2', 'd3']);
  assert.equal(filterEvents(corpus, { type: 'ASSAULT' })[0].url, 'https://example.org/1');
});

test('positionTimeline lists one actor\'s positions oldest first', () => {
  const rows = positionTimeline(corpus, { actor: 'HUN', issue: 'sanctions' });
  assert.deepEqual(rows.map((r) => [r.docId, r.position.stance]), [['d1', 'oppose'], ['d2', 'oppose'], ['d3', 'support']]);
  assert.deepEqual(positionTimeline(corpus, { actor: 'Kyiv', issue: 'neutrality' }).map((r) => r.date), ['2024-05-20', '2024-09-02'], '"on Monday" dates the first');
  assert.deepEqual(positionTimeline(corpus, { actor: 'Kyiv' }).map((r) => r.position.issue), ['neutrality', 'neutrality', 'negotiations']);
});

test('findShifts reports a change of stance between two dates with both pieces of evidence', () => {
  const shifts = findShifts(corpus);
  assert.deepEqual(shifts.map((s) => [s.actorName, s.issue, s.from.stance, s.to.stance]), [['Budapest', 'sanctions', 'oppose', 'support'], ['Kyiv', 'neutrality', 'oppose', 'conditional']]);
  const [hungary] = shifts;
  assert.deepEqual([hungary.from.date, hungary.to.date], ['2024-03-10', '2024-05-20']);
  assert.equal(hungary.from.evidence[0].text, 'Budapest blocked the sanctions package.');
  assert.equal(hungary.to.evidence[0].text, 'Budapest backed the sanctions after talks in Brussels.');
  assert.deepEqual(findShifts(corpus, { issue: 'neutrality' }).map((s) => s.actorName), ['Kyiv']);
  assert.deepEqual(findShifts(corpus, { actor: 'POL' }), []);
});

test('two stances reported on one day are not a shift', () => {
  const sameDay = [
    analysisOf('x1', 'Budapest opposes new sanctions.', { published: '2024-04-04' }),
    analysisOf('x2', 'Budapest backed the sanctions.', { published: '2024-04-04' }),
  ];
  assert.deepEqual(findShifts(sameDay), []);
});
