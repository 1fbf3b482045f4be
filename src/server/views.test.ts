import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentId } from '../doc/normalize.ts';
import { analysisOf } from '../export/test-support.ts';
import { openStore } from '../store/index.ts';
import { createApp } from './app.ts';

/** Stored analyses with real events and positions (hand-made mentions), served over HTTP in-process. */
function fixture() {
  const store = openStore(':memory:');
  const docs: Array<[string, string]> = [
    ['Hungary opposes new sanctions on Moscow. Russia shelled Kharkiv.', '2024-02-01'],
    ['Hungary backed the sanctions after talks in Brussels.', '2024-05-20'],
  ];
  for (const [text, published] of docs) store.put(analysisOf(documentId(text), text, { published }));
  const app = createApp({ store, log: () => {} });
  return async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: (await res.json()) as any };
  };
}

test('GET /api/events filters by type and actor; bad type is a 400 USAGE', async () => {
  const get = fixture();
  const assaults = await get('/api/events?type=ASSAULT');
  assert.equal(assaults.status, 200);
  assert.deepEqual(assaults.body.events.map((r: any) => r.event.actor.span.text), ['Russia']);
  assert.equal((await get('/api/events?actor=HUN')).body.events.length >= 1, true);
  const bad = await get('/api/events?type=GOSSIP');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.code, 'USAGE');
});

test('GET /api/positions and /api/shifts show the change of stance with both pieces of evidence', async () => {
  const get = fixture();
  const timeline = (await get('/api/positions?actor=HUN&issue=sanctions')).body.positions;
  assert.deepEqual(timeline.map((r: any) => r.position.stance), ['oppose', 'support']);
  const shifts = (await get('/api/shifts?actor=HUN')).body.shifts;
  assert.equal(shifts.length, 1);
  assert.deepEqual([shifts[0].from.stance, shifts[0].to.stance], ['oppose', 'support']);
  assert.match(shifts[0].to.evidence[0].text, /backed the sanctions/);
  assert.equal((await get('/api/positions')).status, 400, 'actor is required');
});
