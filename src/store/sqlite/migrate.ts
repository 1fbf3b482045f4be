import type Database from 'better-sqlite3';
import { ParleyError } from '../../errors/catalogue.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

/** 'PRLY' in the SQLite header: tells a Parley store from any other SQLite file handed to --db by mistake. */
export const APPLICATION_ID = 0x50524c59;

/**
 * Brings the schema up to the newest migration. Each step runs in its own IMMEDIATE transaction that re-reads
 * user_version first, so two processes opening a new store at once cannot both apply a step.
 * A read-only store cannot be upgraded, and one written by a newer Parley is refused rather than misread.
 */
export function migrate(db: Database.Database, options: { readonly: boolean; migrations?: readonly Migration[] }): number {
  const migrations = options.migrations ?? MIGRATIONS;
  checkOrder(migrations);
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  const current = checkOwnership(db, latest);
  if (current === latest) return current;
  if (options.readonly) {
    throw new ParleyError('STORE_OPEN_FAILED', `the store is at schema ${current} and needs ${latest}; open it for writing once (parley ingest) to upgrade it`);
  }
  for (const migration of migrations) {
    db.transaction(() => {
      if (userVersion(db) >= migration.version) return;
      db.exec(migration.up);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return userVersion(db);
}

function userVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** The schema version of a Parley store (0 for a new, empty file); throws for a foreign or newer file. */
function checkOwnership(db: Database.Database, latest: number): number {
  const version = userVersion(db);
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId !== APPLICATION_ID) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (appId !== 0 || version !== 0 || tables.n > 0) throw new ParleyError('STORE_OPEN_FAILED', 'the file is an SQLite database but not a Parley store');
  }
  if (version > latest) {
    throw new ParleyError('STORE_SCHEMA_TOO_NEW', `schema ${version}; this Parley knows up to ${latest}`, { version, latest });
  }
  return version;
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new ParleyError('INTERNAL', `migration ${i} has version ${m.version}; versions must run 1, 2, 3…`);
  });
}
