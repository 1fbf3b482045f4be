import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './app.ts';
import { serve } from './serve.ts';
import { openStore } from '../store/index.ts';
import { sampleCorpus } from '../store/testing.ts';

test('serve() listens on a real port and answers over HTTP until closed', async () => {
  const store = openStore(':memory:');
  store.putMany(sampleCorpus());
  const server = await serve(createApp({ store }), { port: 0 });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${server.url}/api/health`);
    assert.equal(health.status, 200);
    assert.equal(health.headers.get('content-type'), 'application/json');
    assert.deepEqual(await health.json(), { status: 'ok', schema: 'parley.analysis/1', analyze: false });
    const stats = await fetch(`${server.url}/api/stats`);
    assert.deepEqual(await stats.json(), { documents: 4, attributions: 7, mentions: 7 });
  } finally {
    await server.close();
    store.close();
  }
  await assert.rejects(fetch(`${server.url}/api/health`));
});

test('serve() rejects when the port is taken', async () => {
  const store = openStore(':memory:');
  const first = await serve(createApp({ store }), { port: 0 });
  try {
    const port = Number(new URL(first.url).port);
    await assert.rejects(serve(createApp({ store }), { port }), /EADDRINUSE/);
  } finally {
    await first.close();
    store.close();
  }
});
