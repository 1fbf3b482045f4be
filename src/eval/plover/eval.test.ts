import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Event } from '../../doc/events.ts';
import { evaluatePetrarchUnitTests } from '../petrarch/unittest.ts';
import { coveringMention, evaluateActorCodes } from './evaluate-actors.ts';
import { chooseEvent, evaluateEvents } from './evaluate-events.ts';
import { normaliseCode } from './gsr.ts';
import { labelScores } from './metrics.ts';

const SHARED = join(import.meta.dirname, '../../../../shared/data');
const GSR = join(SHARED, 'plover-gsr/dev.jsonl');
const PETRARCH = join(SHARED, 'petrarch2-unittest');
const noGsr = existsSync(GSR) ? false : `no PLOVER GSR at ${GSR}`;
const noPetrarch = existsSync(PETRARCH) ? false : `no PETRARCH-2 unit tests at ${PETRARCH}`;
// These tests measure this code: after segmentation they use the evaluation's own stand-ins for mentions
// and attributions, so a stage still being built elsewhere cannot move them.
const stages = ['segment'];

test('per-label scores and their macro average', () => {
  const { perLabel, macroF1 } = labelScores([['A', 'A'], ['A', 'B'], ['B', 'B'], ['C', null]]);
  assert.deepEqual([perLabel.A.precision, perLabel.A.recall], [1, 0.5]);
  assert.deepEqual([perLabel.B.precision, perLabel.B.recall], [0.5, 1]);
  assert.equal(perLabel.C.f1, 0);
  assert.ok(Math.abs(macroF1 - (2 / 3 + 2 / 3 + 0) / 3) < 0.002, `macro-F1 ${macroF1}`);
});

test('codes are folded before comparison: CAMEO-era slips and UN/EU bodies', () => {
  assert.deepEqual(['JAP', 'ITL', 'VTN', 'UNO', 'EUR', 'RUS', null].map(normaliseCode), ['JPN', 'ITA', 'VNM', 'IGO', 'IGO', 'RUS', null]);
});

test('the event compared is the one whose trigger shares a word with the gold trigger words', () => {
  const ev = (type: Event['type'], trigger: string, confidence: number) => ({ type, trigger: { start: 0, end: trigger.length, text: trigger }, confidence }) as Event;
  const events = [ev('ASSAULT', 'killing', 0.9), ev('COERCE', 'arresting', 0.7)];
  assert.equal(chooseEvent(events, 'arresting')?.type, 'COERCE');
  assert.equal(chooseEvent(events, 'signed treaty')?.type, 'ASSAULT', 'no overlap: the most confident');
  assert.equal(chooseEvent(events, null)?.type, 'ASSAULT');
  assert.equal(chooseEvent([], 'x'), null);
});

test('the covering mention is the one with the largest overlap', () => {
  const m = (start: number, end: number) => ({ start, end, text: 'x'.repeat(end - start), type: 'GPE', form: 'name', entity: 'e' }) as const;
  assert.deepEqual(coveringMention([m(0, 5), m(4, 20)], 3, 18), m(4, 20));
  assert.equal(coveringMention([m(0, 5)], 6, 9), null);
});

test('PLOVER GSR dev: event types stay above the regression floor', { skip: noGsr }, async () => {
  const r = await evaluateEvents({ gsrPath: GSR, stages });
  assert.equal(r.n, 163);
  assert.ok(r.typeAccuracy >= 0.8, `type accuracy ${r.typeAccuracy}`);
  assert.ok(r.macroF1 >= 0.75, `macro-F1 ${r.macroF1}`);
  for (const x of [r.actorCode, r.recipientCode, r.actorSpan, r.recipientSpan]) assert.ok(x >= 0 && x <= 1);
});

test('PLOVER GSR dev: the actor-code harness scores every gold span', { skip: noGsr }, async () => {
  const r = await evaluateActorCodes({ gsrPath: GSR, stages });
  assert.ok(r.n > 300 && r.nSector > 150 && r.nSector < r.n);
  assert.ok(r.code >= 0 && r.code <= 1 && r.codeSector <= r.code);
});

test('PETRARCH-2 unit tests: the matcher reproduces most expected roots with the toy dictionary', { skip: noPetrarch }, async () => {
  const r = await evaluatePetrarchUnitTests({ dir: PETRARCH, stages });
  assert.ok(r.n > 250);
  assert.ok(r.rootMatch >= 0.7, `root match ${r.rootMatch}`);
});
