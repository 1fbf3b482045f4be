import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './app.ts';
import { openStore } from '../store/index.ts';
import { sampleCorpus } from '../store/testing.ts';
import type { Analysis } from '../doc/analysis.ts';

function fixture() {
  const store = openStore(':memory:');
  const corpus = sampleCorpus();
  store.putMany(corpus);
  const logged: unknown[] = [];
  const app = createApp({ store, log: (e) => logged.push(e) });
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as any };
  };
  return { store, corpus, app, get, logged };
}

test('GET /api/health and /api/stats', async () => {
  const { get } = fixture();
  assert.deepEqual(await get('/api/health'), { status: 200, type: 'application/json', body: { status: 'ok', schema: 'parley.analysis/1', analyze: false } });
  assert.deepEqual((await get('/api/stats')).body, { documents: 4, attributions: 7, mentions: 7 });
});

test('GET /api/documents lists newest first with filters and paging', async () => {
  const { get } = fixture();
  const all = await get('/api/documents');
  assert.equal(all.status, 200);
  assert.deepEqual(all.body.documents.map((d: { outlet: string }) => d.outlet), ['TASS', 'Reuters', 'Anadolu', 'Reuters']);
  assert.deepEqual((await get('/api/documents?outlet=Reuters&limit=1')).body.documents.map((d: { title: string }) => d.title), ['Blinken warns of response']);
  assert.deepEqual((await get('/api/documents?since=2026-03-01&until=2026-03-12')).body.documents.map((d: { outlet: string }) => d.outlet), ['Reuters']);
  assert.deepEqual((await get('/api/documents?limit=2&offset=2')).body.documents.length, 2);
  assert.equal((await get('/api/documents?since=')).body.documents.length, 4); // empty = absent
});

test('GET /api/documents/:id returns the stored Analysis, or 404 DOC_NOT_FOUND', async () => {
  const { get, corpus } = fixture();
  const found = await get(`/api/documents/${corpus[2].id}`);
  assert.equal(found.status, 200);
  assert.deepEqual(found.body as Analysis, corpus[2]);
  const missing = await get('/api/documents/ffffffffffffffff');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.code, 'DOC_NOT_FOUND');
  assert.match(missing.body.error.message, /ffffffffffffffff/);
});

test('GET /api/search finds articles and quotes with offsets, and needs q', async () => {
  const { get, corpus } = fixture();
  const res = await get('/api/search?q=Erdogan&scope=articles');
  assert.equal(res.status, 200);
  assert.equal(res.body.hits.length, 1);
  const [hit] = res.body.hits;
  assert.equal(corpus[2].text.slice(hit.start, hit.end), 'Erdoğan');
  const quotes = await get(`/api/search?q=${encodeURIComponent('"host talks"')}&scope=quotes`);
  assert.deepEqual(quotes.body.hits.map((h: { kind: string; attributionId: string }) => [h.kind, h.attributionId]), [['quote', 'a0']]);
  assert.equal((await get('/api/search?q=%22foo')).status, 200); // FTS syntax in the query is not an error
  for (const bad of ['/api/search', '/api/search?q=', '/api/search?q=x&scope=everything']) {
    const r = await get(bad);
    assert.equal(r.status, 400, bad);
    assert.equal(r.body.error.code, 'USAGE', bad);
  }
});

test('GET /api/quotes by speaker and date; /api/speakers and /api/actors', async () => {
  const { get, corpus } = fixture();
  const lavrov = await get('/api/quotes?speaker=lavrov');
  assert.deepEqual(lavrov.body.quotes.map((q: { attributionId: string; docId: string }) => [q.docId, q.attributionId]), [[corpus[0].id, 'a0'], [corpus[0].id, 'a1']]);
  assert.deepEqual((await get('/api/quotes?since=2026-03-01&until=2026-03-12&limit=1')).body.quotes.map((q: { speaker: string }) => q.speaker), ['Antony Blinken']);
  assert.deepEqual((await get(`/api/quotes?doc=${corpus[3].id}`)).body.quotes.length, 1);
  const speakers = (await get('/api/speakers')).body.speakers;
  assert.deepEqual(speakers.slice(0, 2), [
    { name: 'Antony Blinken', actorId: 'antony-blinken', count: 2, documents: 1 }, // ties ordered by name
    { name: 'Sergey Lavrov', actorId: 'sergey-lavrov', count: 2, documents: 1 },
  ]);
  const actors = (await get('/api/actors?limit=2')).body.actors;
  assert.deepEqual(actors.map((a: { actorId: string }) => a.actorId), ['RUS', 'sergey-lavrov']);
});

test('bad query parameters are 400 USAGE in the one error shape', async () => {
  const { get } = fixture();
  for (const path of [
    '/api/documents?limit=abc', '/api/documents?limit=-1', '/api/documents?limit=0', '/api/documents?limit=501', '/api/documents?offset=1.5',
    '/api/documents?since=not-a-date', '/api/quotes?until=2026-02-30', '/api/quotes?speaker=%20%2D%20', '/api/speakers?limit=x', '/api/actors?limit=1e3',
  ]) {
    const res = await get(path);
    assert.equal(res.status, 400, path);
    assert.deepEqual(Object.keys(res.body), ['error'], path);
    assert.equal(res.body.error.code, 'USAGE', path);
    assert.equal(typeof res.body.error.message, 'string', path);
  }
});

test('unknown routes are 404 and unexpected errors are 500 INTERNAL without details', async () => {
  const { store, get } = fixture();
  const notFound = await get('/api/nothing');
  assert.equal(notFound.status, 404);
  assert.equal(notFound.body.error.code, 'USAGE');
  const logged: unknown[] = [];
  const failing = Object.assign(Object.create(store), { stats: () => { throw new Error("disk I/O error at /secret/path"); } });
  const broken = createApp({ store: failing, log: (e) => logged.push(e) });
  const res = await broken.request('/api/stats');
  assert.equal(res.status, 500);
  const body = (await res.json()) as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'INTERNAL');
  assert.doesNotMatch(body.error.message, /secret/);
  assert.equal(logged.length, 1);
});
