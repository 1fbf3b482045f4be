import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../doc/document.ts';
import { makeSpan } from '../doc/span.ts';
import { ParleyError } from '../errors/catalogue.ts';
import { Pipeline } from './pipeline.ts';
import { StageRegistry } from './registry.ts';
import type { Stage } from './stage.ts';

/** Two toy stages: sentences by full stops, then one "mention" per capitalised word. */
const sentences: Stage = {
  name: 'toy-sentences',
  version: '2.1.0',
  requires: [],
  produces: ['sentences'],
  description: 'splits at full stops',
  run(doc) {
    const spans = [...doc.text.matchAll(/[^.]+\./g)].map((m) => makeSpan(doc.text, m.index!, m.index! + m[0].length));
    return { layers: { sentences: spans }, diagnostics: doc.text.endsWith('.') ? [] : [{ code: 'NO_FINAL_STOP', severity: 'warning', message: 'text ends without a full stop', start: doc.text.length, end: doc.text.length }] };
  },
};
const capitals: Stage = {
  name: 'toy-capitals',
  version: '1.0.0',
  requires: ['sentences'],
  produces: ['mentions', 'entities'],
  description: 'capitalised words',
  run(doc) {
    const mentions = [...doc.text.matchAll(/\b[A-Z][a-z]+/g)].map((m, i) => ({ ...makeSpan(doc.text, m.index!, m.index! + m[0].length), type: 'PERSON' as const, form: 'name' as const, entity: `e${i}` }));
    return { layers: { mentions, entities: [] } };
  },
};
const registry = () => new StageRegistry().register(sentences).register(capitals);
const code = (c: string) => (e: unknown) => e instanceof ParleyError && e.code === c;

test('stages run in order, each layer records the stage and version that made it, diagnostics carry the stage', () => {
  const doc = new Pipeline(registry(), { knowledge: {} }).use('toy-sentences').use('toy-capitals').freeze().run(new Doc('Ana met Ben. They talked'));
  assert.deepEqual(doc.get('sentences').map((s) => s.text), ['Ana met Ben.']);
  assert.deepEqual(doc.get('mentions').map((m) => m.text), ['Ana', 'Ben', 'They']);
  assert.deepEqual(doc.provenance('mentions'), { stage: 'toy-capitals', version: '1.0.0' });
  assert.deepEqual(doc.provenance('sentences'), { stage: 'toy-sentences', version: '2.1.0' });
  assert.deepEqual(doc.diagnostics.map((d) => [d.code, d.stage, d.start]), [['NO_FINAL_STOP', 'toy-sentences', 24]]);
});

test('a stage whose requirement no earlier stage produces fails when the pipeline is frozen, naming both', () => {
  const p = new Pipeline(registry(), { knowledge: {} }).use('toy-capitals');
  assert.throws(() => p.freeze(), (e: unknown) => code('STAGE_MISSING_REQUIREMENT')(e) && /toy-capitals.*sentences/.test((e as Error).message));
  const reversed = new Pipeline(registry(), { knowledge: {} }).use('toy-capitals').use('toy-sentences');
  assert.throws(() => reversed.freeze(), code('STAGE_MISSING_REQUIREMENT'));
});

test('unknown and duplicate stages, and changes after freezing, are refused', () => {
  assert.throws(() => new Pipeline(registry(), { knowledge: {} }).use('nope'), code('STAGE_UNKNOWN'));
  assert.throws(() => registry().register(sentences), code('STAGE_DUPLICATE'));
  const frozen = new Pipeline(registry(), { knowledge: {} }).use('toy-sentences').freeze();
  assert.throws(() => frozen.use('toy-capitals'), code('PIPELINE_FROZEN'));
});

test('a stage that skips a declared layer or writes a bad span is caught', () => {
  const lazy: Stage = { ...capitals, name: 'lazy', requires: [], run: () => ({ layers: { mentions: [] } }) };
  const r = new StageRegistry().register(lazy);
  assert.throws(() => new Pipeline(r, { knowledge: {} }).use('lazy').run(new Doc('x')), code('STAGE_OUTPUT_INVALID'));
  const liar: Stage = { ...sentences, name: 'liar', run: () => ({ layers: { sentences: [{ start: 0, end: 3, text: 'abc' }] } }) };
  assert.throws(() => new Pipeline(new StageRegistry().register(liar), { knowledge: {} }).use('liar').run(new Doc('xyz')), code('SPAN_TEXT_MISMATCH'));
});

test('freezing lets each stage prepare once, before any document; a stage that cannot prepare fails the freeze', () => {
  let prepared = 0;
  const loading: Stage = { ...sentences, name: 'loading', prepare: () => void prepared++ };
  const p = new Pipeline(new StageRegistry().register(loading), { knowledge: {} }).use('loading').freeze();
  p.run(new Doc('One.'));
  p.run(new Doc('Two.'));
  assert.equal(prepared, 1);
  const broken: Stage = { ...sentences, name: 'broken', prepare: () => { throw new ParleyError('MODEL_INVALID', 'no model'); } };
  assert.throws(() => new Pipeline(new StageRegistry().register(broken), { knowledge: {} }).use('broken').freeze(), code('MODEL_INVALID'));
});
