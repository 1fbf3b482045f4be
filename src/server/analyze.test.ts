import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './app.ts';
import { openStore } from '../store/index.ts';
import { makeAnalysis } from '../store/testing.ts';
import type { DocMeta } from '../doc/document.ts';
import { ParleyError } from '../errors/catalogue.ts';

/** A stand-in analyzer: builds a valid record from the text and remembers what it was called with. */
function fixture(maxBodyBytes?: number) {
  const store = openStore(':memory:');
  const calls: Array<{ text: string; meta?: DocMeta }> = [];
  const analyze = (text: string, meta?: DocMeta) => {
    calls.push({ text, meta });
    if (text.includes('\u0007')) throw new ParleyError('INPUT_BINARY', 'control characters');
    return makeAnalysis({ text, meta: { title: meta?.title ?? null, outlet: meta?.outlet ?? null, published: meta?.published ?? null } });
  };
  const app = createApp({ store, analyze, ...(maxBodyBytes ? { limits: { maxBodyBytes } } : {}) });
  const post = async (body: string, headers: Record<string, string> = {}) => {
    const res = await app.request('/api/analyze', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
    return { status: res.status, body: (await res.json()) as any };
  };
  return { store, app, calls, post };
}

test('POST /api/analyze returns the Analysis with the given metadata and stores nothing', async () => {
  const { store, calls, post } = fixture();
  const text = 'The Kremlin said talks in Istanbul would resume on Monday.';
  const res = await post(JSON.stringify({ text, title: 'Talks resume', outlet: 'Interfax', published: '2026-03-14' }));
  assert.equal(res.status, 200);
  assert.equal(res.body.text, text);
  assert.deepEqual(res.body.meta, { title: 'Talks resume', url: null, outlet: 'Interfax', published: '2026-03-14', byline: null, origin: null });
  assert.deepEqual(calls, [{ text, meta: { origin: 'api', title: 'Talks resume', outlet: 'Interfax', published: '2026-03-14' } }]);
  assert.equal(store.stats().documents, 0);
});

test('malformed bodies are 400 INPUT_MALFORMED, empty text 400 INPUT_EMPTY', async () => {
  const { calls, post } = fixture();
  for (const body of ['not json', '{"text": "unterminated', '[1, 2]', 'null', '{"title": "no text"}', '{"text": 5}', '{"text": "ok", "outlet": 7}', '{"text": "ok", "published": "last Tuesday"}']) {
    const res = await post(body);
    assert.equal(res.status, 400, body);
    assert.deepEqual(Object.keys(res.body), ['error'], body);
    assert.equal(res.body.error.code, 'INPUT_MALFORMED', body);
  }
  for (const body of ['{"text": ""}', '{"text": "  \\n\\t "}']) {
    const res = await post(body);
    assert.equal(res.status, 400, body);
    assert.equal(res.body.error.code, 'INPUT_EMPTY', body);
  }
  assert.equal(calls.length, 0);
});

test('errors the analyzer throws keep their catalogue code', async () => {
  const { post } = fixture();
  const res = await post(JSON.stringify({ text: 'bell \u0007 here' }));
  assert.equal(res.status, 400);
  assert.equal(res.body.error.code, 'INPUT_BINARY');
});

test('bodies over maxBodyBytes are 413 INPUT_TOO_LARGE, counted in bytes, with or without Content-Length', async () => {
  const { calls, post } = fixture(100);
  const fits = JSON.stringify({ text: 'x'.repeat(80) });
  assert.equal((await post(fits)).status, 200);
  const accented = JSON.stringify({ text: 'é'.repeat(60) }); // 72 characters, 132 bytes
  const streamed = await post(accented);
  assert.equal(streamed.status, 413);
  assert.equal(streamed.body.error.code, 'INPUT_TOO_LARGE');
  const long = JSON.stringify({ text: 'y'.repeat(200) });
  const declared = await post(long, { 'content-length': String(Buffer.byteLength(long)) });
  assert.equal(declared.status, 413);
  assert.equal(calls.length, 1);
});

test('the default body limit is 5 MiB', async () => {
  const { post } = fixture();
  const big = JSON.stringify({ text: 'z'.repeat(5 * 1024 * 1024) });
  assert.equal((await post(big)).status, 413);
});

test('without an analyzer, POST /api/analyze is 501', async () => {
  const app = createApp({ store: openStore(':memory:') });
  const res = await app.request('/api/analyze', { method: 'POST', body: '{"text":"hello"}' });
  assert.equal(res.status, 501);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'USAGE');
  assert.equal((await app.request('/api/analyze')).status, 404);
});
