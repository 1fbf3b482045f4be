import { openStore, type Store } from '../store/index.ts';
import type { CliIO } from './io.ts';
import { dbPath } from './options.ts';

/** Opens the store read-only for one query command and always closes it. */
export async function withStore<T>(flags: { db?: string }, io: CliIO, f: (store: Store) => T | Promise<T>): Promise<T> {
  const store = openStore(dbPath(flags, io), { readonly: true });
  try {
    return await f(store);
  } finally {
    store.close();
  }
}
