import Database from 'better-sqlite3';
import { ParleyError, isParleyError } from '../../errors/catalogue.ts';

export interface ConnectionOptions {
  readonly?: boolean;
  /** How long a write waits for another process's lock before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens the file and sets the pragmas every Parley connection relies on:
 * - journal_mode=WAL: readers (the server, queries) never block the writer (ingest) and vice versa, and a
 *   killed writer leaves a WAL whose uncommitted tail is ignored on the next open.
 * - synchronous=NORMAL: in WAL mode this fsyncs at checkpoints rather than at every commit. A process crash
 *   loses nothing (committed pages are in the OS cache); a power cut may roll back the last commits but never
 *   corrupts the file or splits a transaction. Ingest is idempotent, so re-running it restores what a power cut
 *   took: FULL would buy durability we do not need at the price of an fsync per document.
 * - foreign_keys=ON: SQLite leaves it off per connection; ON DELETE CASCADE (and the FTS triggers it fires)
 *   depends on it.
 * - busy_timeout: concurrent writers (several ingest processes) wait instead of failing at once.
 */
export function openConnection(path: string, options: ConnectionOptions, setup: (db: Database.Database) => void): Database.Database {
  const readonly = options.readonly ?? false;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS))}`);
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    setup(db);
    return db;
  } catch (error) {
    db?.close();
    if (isParleyError(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ParleyError('STORE_OPEN_FAILED', `${path}: ${reason}`, { path });
  }
}
