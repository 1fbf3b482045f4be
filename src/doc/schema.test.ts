import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkAgainstSchema } from './schema-check.ts';
import { createParley } from '../engine/parley.ts';

const schema = JSON.parse(readFileSync(new URL('../../docs/parley.analysis.schema.json', import.meta.url), 'utf8'));

test('the schema checker catches a missing key, a wrong enum and a bad nested span', () => {
  const good = { start: 0, end: 1, text: 'a' };
  const base = { schema: 'parley.analysis/1', id: '0123456789abcdef', text: 'a', meta: { title: null, url: null, outlet: null, published: null }, mentions: [], attributions: [], events: [], positions: [], framing: [], diagnostics: [] };
  assert.deepEqual(checkAgainstSchema(schema, base), []);
  const { meta: _meta, ...withoutMeta } = base;
  assert.ok(checkAgainstSchema(schema, withoutMeta).some((e) => e.includes('meta')));
  const att = { id: 'a1', type: 'gossip', cue: good, content: [good], source: null, speaker: null };
  assert.ok(checkAgainstSchema(schema, { ...base, attributions: [att] }).some((e) => e.includes('enum')));
  const badSpan = { ...att, type: 'direct', cue: { start: -1, end: 1, text: 'a' } };
  assert.ok(checkAgainstSchema(schema, { ...base, attributions: [badSpan] }).some((e) => e.includes('below')));
});

test('what the pipeline writes conforms to docs/parley.analysis.schema.json', () => {
  const parley = createParley();
  const texts = [
    'Lavrov warned on Tuesday that foreign troops would be "legitimate targets". "We will respond," he said.',
    'The ministry said in a statement: "Talks will continue." According to officials, the envoy left Geneva.',
    'Ankara does not object to observers but insists they must be unarmed, Turkish Foreign Minister Hakan Fidan told reporters.',
  ];
  for (const text of texts) {
    const analysis = parley.analyze(text, { published: '2026-03-05' });
    assert.deepEqual(checkAgainstSchema(schema, JSON.parse(JSON.stringify(analysis))), [], text);
  }
});
