import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const bin = fileURLToPath(new URL('../../bin/parley.js', import.meta.url));
const TOTAL = 400;

function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not yet migrated
  }
}

test('`parley ingest` killed mid-batch leaves a consistent store that a re-run completes', { timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-kill-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const input = join(dir, 'batch.jsonl');
  const db = join(dir, 'store.db');
  const lines = Array.from({ length: TOTAL }, (_, i) =>
    JSON.stringify({ text: `Delegation ${i} arrives\n\nThe foreign minister said talks number ${i} would continue on Monday. Officials in the capital said little.`, published: '2026-01-05' }),
  );
  writeFileSync(input, lines.join('\n'));

  const child = spawn(process.execPath, [bin, 'ingest', input, '--db', db], { stdio: 'ignore' });
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (storedCount(db) >= 5) {
        clearInterval(timer);
        child.kill('SIGKILL');
      }
    }, 50);
    child.on('close', () => {
      clearInterval(timer);
      resolve();
    });
    child.on('error', reject);
  });
  const afterKill = storedCount(db);
  assert.ok(afterKill >= 5 && afterKill < TOTAL, `killed with ${afterKill} of ${TOTAL} stored`);

  const conn = new Database(db);
  assert.equal(conn.pragma('integrity_check', { simple: true }), 'ok');
  const incomplete = conn
    .prepare("SELECT count(*) AS n FROM documents d WHERE json_array_length(d.analysis, '$.attributions') != (SELECT count(*) FROM attributions a WHERE a.doc_id = d.id)")
    .get() as { n: number };
  conn.close();
  assert.equal(incomplete.n, 0, 'every stored document is whole');

  const rerun = spawnSync(process.execPath, [bin, 'ingest', input, '--db', db], { encoding: 'utf8' });
  assert.equal(rerun.status, 0, rerun.stderr);
  const m = /ingested (\d+), duplicate (\d+)/.exec(rerun.stdout);
  assert.ok(m, rerun.stdout);
  assert.equal(Number(m[1]) + Number(m[2]), TOTAL);
  assert.ok(Number(m[2]) >= afterKill);
  assert.equal(storedCount(db), TOTAL);
});

test('the installed binary exits 1 with a coded message for a missing file', () => {
  const r = spawnSync(process.execPath, [bin, 'analyze', '/nonexistent/parley-input.txt'], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^error INPUT_NOT_FOUND/m);
});
