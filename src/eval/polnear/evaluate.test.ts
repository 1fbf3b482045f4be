import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Attribution } from '../../doc/layers.ts';
import { makeSpan } from '../../doc/span.ts';
import { loadPolnearSplit } from './corpus.ts';
import { evaluateAttribution } from './evaluate.ts';

const DATA = '/work/shared/data/polnear';
const skip = !existsSync(DATA) && 'PolNeAR not found at /work/shared/data/polnear';

test('an analyser that returns the gold scores 1 (exact), one that returns nothing scores 0', { skip }, async () => {
  const articles = await loadPolnearSplit(DATA, 'dev', { limit: 4 });
  const gold = new Map(articles.map((a) => [a.text, a]));
  const perfect = (text: string): Attribution[] =>
    gold.get(text)!.attributions.map((g, i) => ({
      id: `g${i}`,
      type: 'indirect',
      cue: makeSpan(text, g.cue[0][0], g.cue.at(-1)![1]),
      content: g.contents.flat().map(([s, e]) => makeSpan(text, s, e)),
      source: g.source ? makeSpan(text, g.source[0][0], g.source.at(-1)![1]) : null,
      speaker: null,
      coSpeakers: [],
      confidence: 1,
    }));
  const best = await evaluateAttribution({ dataDir: DATA, split: 'dev', limit: 4, analyse: perfect });
  assert.equal(best.docs, 4);
  assert.equal(best.gold, best.predicted);
  assert.equal(best.cue.exact.f1, 1);
  assert.equal(best.content.exact.f1, 1);
  assert.ok(best.source.exact.f1 > 0.98, 'a discontinuous source is written as one span, the only allowed loss');
  assert.ok(best.linked.overlap.f1 >= best.linked.exact.f1);
  const none = await evaluateAttribution({ dataDir: DATA, split: 'dev', limit: 4, analyse: () => [] });
  assert.deepEqual(none.cue, { exact: { p: 0, r: 0, f1: 0 }, overlap: { p: 0, r: 0, f1: 0 } });
  assert.equal(none.predicted, 0);
  assert.ok(none.wordsPerSecond > 0);
});
