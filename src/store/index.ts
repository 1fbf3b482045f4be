import { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

export * from './store.ts';
export { DEFAULT_STORE_LIMITS, type StoreLimits } from './limits.ts';
export type { SqliteStoreOptions as StoreOptions } from './sqlite/sqlite-store.ts';

/**
 * Opens the store at `path` (':memory:' for a private in-memory one). Today every path is an SQLite file; a
 * Postgres URL will pick the Postgres store here, behind the same interface.
 */
export function openStore(path: string, options: SqliteStoreOptions = {}): Store {
  return openSqliteStore(path, options);
}
