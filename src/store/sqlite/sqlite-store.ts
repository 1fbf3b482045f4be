import type Database from 'better-sqlite3';
import type { Analysis } from '../../doc/analysis.ts';
import { ParleyError, isParleyError, type ErrorCode } from '../../errors/catalogue.ts';
import { DEFAULT_STORE_LIMITS, type StoreLimits } from '../limits.ts';
import type { DocumentQuery, PageQuery, PutResult, QuoteQuery, SearchQuery, Store } from '../store.ts';
import { openConnection, type ConnectionOptions } from './connection.ts';
import { migrate } from './migrate.ts';
import { QuoteReader } from './quotes.ts';
import { DocumentReader } from './read.ts';
import { Searcher } from './search.ts';
import { StatementCache } from './statements.ts';
import { DocumentWriter } from './write.ts';

export interface SqliteStoreOptions extends ConnectionOptions {
  limits?: StoreLimits;
}

/** Opens (creating and migrating when writable) an SQLite store; ':memory:' gives a private in-memory one. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const readonly = options.readonly ?? false;
  const db = openConnection(path, options, (db) => migrate(db, { readonly }));
  return new SqliteStore(db, readonly, options.limits ?? DEFAULT_STORE_LIMITS);
}

class SqliteStore implements Store {
  private readonly writer: DocumentWriter | null;
  private readonly reader: DocumentReader;
  private readonly quoteReader: QuoteReader;
  private readonly searcher: Searcher;

  constructor(
    private readonly db: Database.Database,
    readonly: boolean,
    limits: StoreLimits,
  ) {
    const statements = new StatementCache(db);
    this.writer = readonly ? null : new DocumentWriter(db);
    this.reader = new DocumentReader(statements, limits);
    this.quoteReader = new QuoteReader(statements, limits);
    this.searcher = new Searcher(statements, limits);
  }

  put(analysis: Analysis): PutResult {
    if (!this.writer) throw new ParleyError('USAGE', 'the store was opened read-only');
    return this.writer.put(analysis);
  }

  putMany(analyses: readonly Analysis[]): PutResult[] {
    const results: Array<PutResult | null> = [];
    const failures: Array<{ index: number; id: unknown; code: ErrorCode; message: string }> = [];
    analyses.forEach((a, index) => {
      try {
        results.push(this.put(a));
      } catch (error) {
        results.push(null);
        const code = isParleyError(error) ? error.code : 'INTERNAL';
        failures.push({ index, id: a?.id, code, message: error instanceof Error ? error.message : String(error) });
      }
    });
    if (failures.length === 0) return results as PutResult[];
    const first = failures[0];
    throw new ParleyError(first.code, `${failures.length} of ${analyses.length} records not stored; first, #${first.index}: ${first.message}`, { results, failures });
  }

  get(id: string) { return this.reader.get(id); }
  has(id: string) { return this.reader.has(id); }
  analyses(q?: { since?: string; until?: string }) { return this.reader.analyses(q); }
  documents(q?: DocumentQuery) { return this.reader.documents(q); }
  actors(q?: PageQuery) { return this.reader.actors(q); }
  stats() { return this.reader.stats(); }
  search(query: string, q?: SearchQuery) { return this.searcher.search(query, q); }
  quotes(q?: QuoteQuery) { return this.quoteReader.quotes(q); }
  speakers(q?: PageQuery) { return this.quoteReader.speakers(q); }

  close(): void {
    if (!this.db.open) return;
    // SQLite's advice for long-lived stores: refresh the planner's statistics where they went stale, on close.
    if (this.writer) this.db.pragma('optimize');
    this.db.close();
  }
}
