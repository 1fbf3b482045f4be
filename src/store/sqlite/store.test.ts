import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../index.ts';
import { makeAnalysis, sampleCorpus } from '../testing.ts';
import { isParleyError } from '../../errors/catalogue.ts';

const code = (c: string) => (e: unknown) => isParleyError(e) && e.code === c;

test('put then get returns the same Analysis; has() and stats() follow', () => {
  const store = openStore(':memory:');
  const corpus = sampleCorpus();
  for (const a of corpus) assert.deepEqual(store.put(a), { id: a.id, status: 'inserted' });
  for (const a of corpus) {
    assert.deepEqual(store.get(a.id), a);
    assert.equal(store.has(a.id), true);
  }
  assert.equal(store.get('0000000000000000'), null);
  assert.equal(store.has('0000000000000000'), false);
  assert.deepEqual(store.stats(), { documents: 4, attributions: 7, mentions: 7 });
  store.close();
});

test('the same analysis again is a duplicate and changes nothing', () => {
  const store = openStore(':memory:');
  const [a] = sampleCorpus();
  store.put(a);
  const before = store.documents();
  // Different metadata but the same text and stage versions: still the stored record.
  const again = { ...a, meta: { ...a.meta, title: 'Another headline' } };
  assert.deepEqual(store.put(again), { id: a.id, status: 'duplicate' });
  assert.deepEqual(store.documents(), before);
  assert.equal(store.get(a.id)?.meta.title, 'Lavrov says sanctions failed');
  store.close();
});

test('newer stage versions replace the record in place: status updated, rows rebuilt', () => {
  const store = openStore(':memory:');
  const text = 'The minister said "talks will resume". Officials in Kyiv declined to comment.';
  const v1 = makeAnalysis({ text, quotes: [{ cue: 'said', content: 'talks will resume', source: 'The minister' }] });
  const v2 = makeAnalysis({
    text,
    version: '2.0.0',
    quotes: [
      { cue: 'said', content: 'talks will resume', source: 'The minister', speaker: 'Dmytro Kuleba' },
      { cue: 'declined', content: 'to comment', source: 'Officials in Kyiv', type: 'indirect' },
    ],
  });
  store.put(v1);
  assert.deepEqual(store.put(v2), { id: v1.id, status: 'updated' });
  assert.deepEqual(store.get(v1.id), v2);
  assert.deepEqual(store.stats(), { documents: 1, attributions: 2, mentions: 0 });
  // Old speaker keys went with the old rows; the new ones answer.
  assert.equal(store.quotes({ speaker: 'Kuleba' }).length, 1);
  assert.equal(store.search('resume', { scope: 'quotes' }).length, 1);
  assert.equal(store.put(v2).status, 'duplicate');
  store.close();
});

test('records that would make offsets lie are refused', () => {
  const store = openStore(':memory:');
  const [a] = sampleCorpus();
  assert.throws(() => store.put({ ...a, id: 'feedfacefeedface' }), code('STORE_RECORD_INVALID'));
  assert.throws(() => store.put({ ...a, schema: 'parley.analysis/0' as never }), code('STORE_RECORD_INVALID'));
  const shifted = { ...a, mentions: [{ ...a.mentions[0], start: a.mentions[0].start + 1, end: a.mentions[0].end + 1 }] };
  assert.throws(() => store.put(shifted), code('SPAN_TEXT_MISMATCH'));
  const twice = { ...a, attributions: [a.attributions[0], a.attributions[0]] };
  assert.throws(() => store.put(twice), code('STORE_RECORD_INVALID'));
  assert.equal(store.stats().documents, 0);
  store.close();
});

test('putMany stores every good record even when one fails, then reports the failure', () => {
  const store = openStore(':memory:');
  const [a, b, c] = sampleCorpus();
  const bad = { ...b, id: 'feedfacefeedface' };
  assert.throws(
    () => store.putMany([a, bad, c]),
    (e: unknown) => {
      assert.ok(isParleyError(e));
      assert.equal(e.code, 'STORE_RECORD_INVALID');
      assert.deepEqual((e.details.failures as Array<{ index: number }>).map((f) => f.index), [1]);
      assert.deepEqual(e.details.results, [{ id: a.id, status: 'inserted' }, null, { id: c.id, status: 'inserted' }]);
      return true;
    },
  );
  assert.deepEqual(store.documents().map((d) => d.id).sort(), [a.id, c.id].sort());
  assert.deepEqual(store.putMany([a, b]), [{ id: a.id, status: 'duplicate' }, { id: b.id, status: 'inserted' }]);
  store.close();
});

test('documents(): newest first across time zones, undated last, with filters and paging', () => {
  const store = openStore(':memory:');
  const corpus = sampleCorpus();
  store.putMany(corpus);
  const all = store.documents();
  assert.deepEqual(all.map((d) => d.title), [
    'Lavrov says sanctions failed', // 2026-03-14
    'Blinken warns of response', // 2026-03-10T20:00Z
    'Erdoğan offers to host talks', // 2026-02-01
    'Moscow clarifies warning', // undated
  ]);
  assert.deepEqual(all[0], {
    id: corpus[0].id, title: 'Lavrov says sanctions failed', url: null, outlet: 'TASS', published: '2026-03-14', byline: null, origin: null,
    ingestedAt: all[0].ingestedAt, length: corpus[0].text.length, attributions: 2, mentions: 2,
  });
  assert.deepEqual(store.documents({ outlet: 'Reuters' }).map((d) => d.title), ['Blinken warns of response', 'Moscow clarifies warning']);
  assert.deepEqual(store.documents({ since: '2026-03-01' }).map((d) => d.outlet), ['TASS', 'Reuters']);
  // A date-only until covers its whole day: the 20:00 UTC article of March 10 is in.
  assert.deepEqual(store.documents({ until: '2026-03-10' }).map((d) => d.outlet), ['Reuters', 'Anadolu']);
  assert.deepEqual(store.documents({ until: '2026-03-09' }).map((d) => d.outlet), ['Anadolu']);
  assert.deepEqual(store.documents({ limit: 2, offset: 1 }).map((d) => d.outlet), ['Reuters', 'Anadolu']);
  assert.deepEqual(store.documents({ offset: 10 }), []);
  store.close();
});

test('bad paging and dates are usage errors', () => {
  const store = openStore(':memory:', { limits: { defaultPageSize: 2, maxPageSize: 3 } });
  store.putMany(sampleCorpus());
  assert.equal(store.documents().length, 2);
  assert.throws(() => store.documents({ limit: 4 }), code('USAGE'));
  assert.throws(() => store.documents({ limit: 0 }), code('USAGE'));
  assert.throws(() => store.documents({ limit: 1.5 }), code('USAGE'));
  assert.throws(() => store.documents({ offset: -1 }), code('USAGE'));
  assert.throws(() => store.documents({ since: 'last week' }), code('USAGE'));
  assert.throws(() => store.quotes({ until: '2026-02-30' }), code('USAGE'));
  assert.throws(() => store.search('talks', { limit: 9 }), code('USAGE'));
  store.close();
});
