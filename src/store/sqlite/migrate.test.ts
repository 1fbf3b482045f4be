import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../index.ts';
import { sampleCorpus } from '../testing.ts';
import { isParleyError } from '../../errors/catalogue.ts';
import { APPLICATION_ID, migrate } from './migrate.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';

const code = (c: string) => (e: unknown) => isParleyError(e) && e.code === c;

function tempDir(t: { after: (f: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-store-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('a new file store is migrated, marked as Parley, in WAL mode with foreign keys on', (t) => {
  const path = join(tempDir(t), 'p.db');
  openStore(path).close();
  const db = new Database(path);
  assert.equal(db.pragma('user_version', { simple: true }), LATEST_VERSION);
  assert.equal(db.pragma('application_id', { simple: true }), APPLICATION_ID);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
});

test('migrations are numbered 1, 2, 3… and a later one applies to an existing store exactly once', (t) => {
  assert.deepEqual(MIGRATIONS.map((m) => m.version), MIGRATIONS.map((_, i) => i + 1));
  const path = join(tempDir(t), 'p.db');
  const store = openStore(path);
  store.putMany(sampleCorpus());
  store.close();
  const next = [...MIGRATIONS, { version: LATEST_VERSION + 1, description: 'test', up: 'CREATE TABLE extra (x INTEGER);' }];
  const db = new Database(path);
  assert.equal(migrate(db, { readonly: false, migrations: next }), LATEST_VERSION + 1);
  assert.equal(migrate(db, { readonly: false, migrations: next }), LATEST_VERSION + 1); // would fail if re-run: table exists
  assert.equal((db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n, 4);
  assert.throws(() => migrate(db, { readonly: false, migrations: [{ version: 2, description: 'gap', up: '' }] }), code('INTERNAL'));
  db.close();
});

test('a store written by a newer Parley is refused', (t) => {
  const path = join(tempDir(t), 'p.db');
  openStore(path).close();
  const db = new Database(path);
  db.pragma(`user_version = ${LATEST_VERSION + 1}`);
  db.close();
  assert.throws(() => openStore(path), code('STORE_SCHEMA_TOO_NEW'));
  assert.throws(() => openStore(path, { readonly: true }), code('STORE_SCHEMA_TOO_NEW'));
});

test('paths that cannot be a store fail with STORE_OPEN_FAILED', (t) => {
  const dir = tempDir(t);
  assert.throws(() => openStore(join(dir, 'no', 'such', 'dir', 'p.db')), code('STORE_OPEN_FAILED'));
  assert.throws(() => openStore(join(dir, 'missing.db'), { readonly: true }), code('STORE_OPEN_FAILED'));
  assert.throws(() => openStore(dir), code('STORE_OPEN_FAILED')); // a directory
  const text = join(dir, 'notes.txt');
  writeFileSync(text, 'this is not a database, just some words that are long enough to fill a header');
  assert.throws(() => openStore(text), code('STORE_OPEN_FAILED'));
  const foreign = join(dir, 'other.db');
  const db = new Database(foreign);
  db.exec('CREATE TABLE users (name TEXT)');
  db.close();
  assert.throws(() => openStore(foreign), code('STORE_OPEN_FAILED'));
});

test('a read-only store reads but refuses writes', (t) => {
  const path = join(tempDir(t), 'p.db');
  const corpus = sampleCorpus();
  const writer = openStore(path);
  writer.put(corpus[0]);
  writer.close();
  const reader = openStore(path, { readonly: true });
  assert.deepEqual(reader.get(corpus[0].id), corpus[0]);
  assert.equal(reader.search('sanctions').length > 0, true);
  assert.throws(() => reader.put(corpus[1]), code('USAGE'));
  reader.close();
  reader.close(); // closing twice is harmless
});

test('a reader sees what a concurrent writer committed (WAL: readers and the writer do not block)', (t) => {
  const path = join(tempDir(t), 'p.db');
  const writer = openStore(path);
  const reader = openStore(path, { readonly: true });
  const [a, b] = sampleCorpus();
  writer.put(a);
  assert.equal(reader.has(a.id), true);
  writer.put(b);
  assert.equal(reader.stats().documents, 2);
  reader.close();
  writer.close();
});
