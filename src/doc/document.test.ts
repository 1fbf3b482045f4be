import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from './document.ts';
import { makeSpan, within } from './span.ts';
import { ParleyError } from '../errors/catalogue.ts';

const text = 'The minister said talks would resume. Officials in Ankara disagreed.';
const by = { stage: 'test', version: '1' };

test('with() returns a new Doc and leaves the original without the layer', () => {
  const doc = new Doc(text);
  const next = doc.with('sentences', [makeSpan(text, 0, 37)], by);
  assert.equal(doc.has('sentences'), false);
  assert.equal(next.get('sentences')[0].text, 'The minister said talks would resume.');
  assert.deepEqual(next.provenance('sentences'), by);
});

test('a span whose text does not match the document is refused on write', () => {
  const doc = new Doc(text);
  assert.throws(
    () => doc.with('sentences', [{ start: 0, end: 3, text: 'Thx' }], by),
    (e: unknown) => e instanceof ParleyError && e.code === 'SPAN_TEXT_MISMATCH',
  );
});

test('nested spans (an attribution cue) are validated too', () => {
  const doc = new Doc(text);
  const bad = [{ id: 'a1', type: 'indirect', cue: { start: 13, end: 17, text: 'says' }, content: [], source: null, speaker: null, confidence: 1 }];
  assert.throws(() => doc.with('attributions', bad as never, by), (e: unknown) => (e as ParleyError).code === 'SPAN_TEXT_MISMATCH');
});

test('out-of-bounds spans and diagnostics are refused', () => {
  const doc = new Doc(text);
  assert.throws(() => makeSpan(text, 10, text.length + 1), (e: unknown) => (e as ParleyError).code === 'SPAN_OUT_OF_BOUNDS');
  assert.throws(() => doc.withDiagnostics([{ code: 'X', severity: 'info', message: 'm', start: -1, end: 2, stage: 't' }]));
});

test('a layer cannot be written twice and written layers are frozen', () => {
  const doc = new Doc(text).with('sentences', [makeSpan(text, 0, 37)], by);
  assert.throws(() => doc.with('sentences', [], by), (e: unknown) => (e as ParleyError).code === 'LAYER_EXISTS');
  assert.throws(() => {
    (doc.get('sentences') as unknown as unknown[]).push(makeSpan(text, 38, 68));
  }, TypeError);
});

test('a range lies within another when both its ends do, edges included', () => {
  const source = { start: 10, end: 30 };
  assert.ok(within({ start: 10, end: 30 }, source) && within({ start: 12, end: 20 }, source));
  assert.ok(!within({ start: 9, end: 20 }, source) && !within({ start: 25, end: 31 }, source));
});
