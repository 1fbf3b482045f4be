import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openStore } from '../index.ts';
import { crashDocument, QUOTES_PER_DOCUMENT } from './fixtures/crash-corpus.ts';

const TOTAL = 300;
const KILL_AFTER = 40;
const script = fileURLToPath(new URL('./fixtures/put-loop.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the put loop; with `killAfter`, SIGKILLs it once that many commits were reported. */
function runLoop(dbPath: string, killAfter?: number, selfKillAt?: number): Promise<{ lines: string[]; signal: NodeJS.Signals | null; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, dbPath, String(TOTAL), ...(selfKillAt === undefined ? [] : [String(selfKillAt)])], { cwd: repoRoot });
    const lines: string[] = [];
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk: Buffer) => {
      const parts = (pending + chunk.toString()).split('\n');
      pending = parts.pop()!;
      lines.push(...parts);
      if (killAfter !== undefined && lines.length >= killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ lines, signal, code, stderr }));
  });
}

test('a writer killed with SIGKILL leaves only whole documents, and a re-run completes the rest', { timeout: 60_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-crash-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const dbPath = join(dir, 'crash.db');

  const killed = await runLoop(dbPath, KILL_AFTER);
  assert.equal(killed.signal, 'SIGKILL', `the loop should have been killed mid-run (stderr: ${killed.stderr})`);

  const store = openStore(dbPath);
  const db = new Database(dbPath); // writable: FTS5's integrity-check is issued as an INSERT
  t.after(() => db.close());
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  // FTS5's own check: the external-content indexes agree with their tables.
  db.exec("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')");
  db.exec("INSERT INTO attributions_fts (attributions_fts) VALUES ('integrity-check')");

  const stored = store.documents({ limit: 500 });
  assert.ok(stored.length >= killed.lines.length, `${stored.length} stored, ${killed.lines.length} reported`);
  assert.ok(stored.length < TOTAL, 'the kill landed before the end');
  t.diagnostic(`killed with ${stored.length} of ${TOTAL} stored (${killed.lines.length} reported)`);
  const storedIds = new Set(stored.map((d) => d.id));
  const rows = db.prepare(`
    SELECT d.id, json_array_length(d.analysis, '$.attributions') AS expected,
           (SELECT count(*) FROM attributions a WHERE a.doc_id = d.id) AS actual,
           json_array_length(d.analysis, '$.mentions') AS expectedMentions,
           (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id) AS actualMentions
    FROM documents d`).all() as Array<{ id: string; expected: number; actual: number; expectedMentions: number; actualMentions: number }>;
  for (const r of rows) {
    assert.equal(r.actual, r.expected, `attributions of ${r.id}`);
    assert.equal(r.actualMentions, r.expectedMentions, `mentions of ${r.id}`);
  }
  // Stored documents are a prefix 0..n-1 of the loop, each findable through both indexes.
  for (let i = 0; i < stored.length; i++) {
    const id = crashDocument(i).id;
    assert.ok(storedIds.has(id), `document ${i} stored`);
    assert.deepEqual(store.search(`marker${i}x`, { scope: 'articles' }).map((h) => h.docId), [id]);
    assert.equal(store.search(`"bulletin ${i} stands"`, { scope: 'quotes', limit: 500 }).filter((h) => h.docId === id).length, QUOTES_PER_DOCUMENT);
  }
  store.close();

  const rerun = await runLoop(dbPath);
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.equal(rerun.lines.length, TOTAL);
  const statuses = rerun.lines.map((line) => line.split(' ')[1]);
  assert.deepEqual(statuses.slice(0, stored.length), Array(stored.length).fill('duplicate'));
  assert.deepEqual(statuses.slice(stored.length), Array(TOTAL - stored.length).fill('inserted'));
  const after = openStore(dbPath, { readonly: true });
  assert.deepEqual(after.stats(), { documents: TOTAL, attributions: TOTAL * QUOTES_PER_DOCUMENT, mentions: TOTAL * QUOTES_PER_DOCUMENT });
  after.close();
});

test('a kill inside the transaction of a document leaves no part of it', { timeout: 60_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-crash-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const dbPath = join(dir, 'crash.db');
  const SELF_KILL_AT = 25;

  const killed = await runLoop(dbPath, undefined, SELF_KILL_AT);
  assert.equal(killed.signal, 'SIGKILL', killed.stderr);
  assert.equal(killed.lines.length, SELF_KILL_AT);

  const store = openStore(dbPath);
  const db = new Database(dbPath);
  t.after(() => db.close());
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  db.exec("INSERT INTO attributions_fts (attributions_fts) VALUES ('integrity-check')");
  const victim = crashDocument(SELF_KILL_AT).id;
  assert.equal(store.has(victim), false);
  assert.deepEqual(store.stats(), { documents: SELF_KILL_AT, attributions: SELF_KILL_AT * QUOTES_PER_DOCUMENT, mentions: SELF_KILL_AT * QUOTES_PER_DOCUMENT });
  assert.equal((db.prepare('SELECT count(*) AS n FROM attributions WHERE doc_id = ?').get(victim) as { n: number }).n, 0);
  assert.deepEqual(store.search(`marker${SELF_KILL_AT}x`), []);
  store.close();
});
