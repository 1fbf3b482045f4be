import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { parseBrat } from './brat.ts';
import { goldAttributions } from './attributions.ts';
import { hasPolnearSplit, loadPolnearSplit } from './corpus.ts';

// A fixture written for this test: an E line that names T's defined after it, a discontinuous content,
// a T whose surface text runs onto a second line, a Content2, a Discuss span and a relation with no cue.
const ANN = [
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T1\tSource 0 9\tThe mayor',
  'T2\tCue 10 14\tsaid',
  'T3\tContent 15 30;42 50\tfirst half second',
  'T4\tAttribution 10 14\tsaid',
  'T5\tContent 60 75\tline one',
  'and line two',
  'T6\tCue 55 59\tsaid',
  'T7\tAttribution 55 59\tsaid',
  'T8\tContent 80 90\tmore words',
  'E2\tAttribution-no-source:T7 Cue:T6 Content:T5 Content2:T8',
  'T9\tDiscuss 100 110\tunsure bit',
  'T10\tAttribution 120 124\tsaid',
  'E3\tAttribution:T10 Source:T1',
  '#1\tAnnotatorNotes T3\ta note',
  '',
].join('\n');

test('parses T records with discontinuous fragments and ignores continuation lines', () => {
  const brat = parseBrat(ANN);
  assert.deepEqual(brat.spans.get('T3')?.fragments, [[15, 30], [42, 50]]);
  assert.equal(brat.spans.get('T5')?.label, 'Content');
  assert.equal(brat.spans.size, 10);
  assert.equal(brat.events.length, 3);
  assert.deepEqual(brat.events[1].args.map((a) => a.role), ['Cue', 'Content', 'Content2']);
});

test('resolves E records to source, cue and contents, whatever the order, and skips incomplete ones', () => {
  const { attributions, skipped } = goldAttributions(parseBrat(ANN));
  assert.equal(skipped, 1);
  assert.equal(attributions.length, 2);
  const [first, second] = attributions;
  assert.deepEqual(first.source, [[0, 9]]);
  assert.deepEqual(first.cue, [[10, 14]]);
  assert.deepEqual(first.contents, [[[15, 30], [42, 50]]]);
  assert.equal(second.source, null);
  assert.deepEqual(second.contents, [[[60, 75]], [[80, 90]]]);
});

const DATA = '/work/shared/data/polnear';
test('loads the dev split with one annotator per article', { skip: !existsSync(DATA) && 'PolNeAR not found at /work/shared/data/polnear' }, async () => {
  assert.ok(hasPolnearSplit(DATA, 'dev'));
  const articles = await loadPolnearSplit(DATA, 'dev', { limit: 3 });
  assert.equal(articles.length, 3);
  for (const a of articles) {
    assert.match(a.annotator, /^[0-9a-f]{4}$/);
    for (const at of a.attributions) for (const [s, e] of at.cue) assert.ok(s < e && e <= a.text.length);
  }
});
