import type { Analysis } from '../../doc/analysis.ts';
import { sinceKey, untilKey } from '../dates.ts';
import { pageOffset, pageSize, type StoreLimits } from '../limits.ts';
import type { ActorRow, DocumentQuery, DocumentSummary, PageQuery, StoreStats } from '../store.ts';
import type { StatementCache } from './statements.ts';

/** Reads of whole documents, listings and counts. */
export class DocumentReader {
  constructor(
    private readonly statements: StatementCache,
    private readonly limits: StoreLimits,
  ) {}

  get(id: string): Analysis | null {
    const row = this.statements.get('SELECT text, analysis FROM documents WHERE id = ?').get(id) as { text: string; analysis: string } | undefined;
    return row ? fromRow(row) : null;
  }

  /**
   * Every stored analysis, oldest first, read lazily one row at a time so corpus views and exports stream
   * instead of loading the corpus into memory.
   */
  *analyses(q: { since?: string; until?: string } = {}): IterableIterator<Analysis> {
    const since = sinceKey(q.since);
    const until = untilKey(q.until);
    const where = [since ? 'published_at >= ?' : '', until ? 'published_at <= ?' : ''].filter(Boolean);
    const sql = `SELECT text, analysis FROM documents${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY published_at, id`;
    const params = [since, until].filter((v) => v !== undefined);
    for (const row of this.statements.get(sql).iterate(...params) as IterableIterator<{ text: string; analysis: string }>) {
      yield fromRow(row);
    }
  }

  has(id: string): boolean {
    return this.statements.get('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined;
  }

  documents(q: DocumentQuery = {}): DocumentSummary[] {
    const where: string[] = [];
    const params: unknown[] = [];
    const since = sinceKey(q.since);
    const until = untilKey(q.until);
    const filter = (clause: string, value: unknown) => {
      where.push(clause);
      params.push(value);
    };
    if (since !== undefined) filter('published_at >= ?', since);
    if (until !== undefined) filter('published_at <= ?', until);
    if (q.outlet !== undefined) filter('outlet = ?', q.outlet);
    const sql = `
      SELECT id, title, url, outlet, published, byline, origin, ingested_at AS ingestedAt, text_length AS length,
             attribution_count AS attributions, mention_count AS mentions
      FROM documents ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY published_at DESC, pk DESC LIMIT ? OFFSET ?`;
    return this.statements.get(sql).all(...params, pageSize(q.limit, this.limits), pageOffset(q.offset)) as DocumentSummary[];
  }

  actors(q: PageQuery = {}): ActorRow[] {
    return this.statements
      .get(`
        SELECT actor_id AS actorId, max(actor_name) AS name, max(country) AS country, max(sector) AS sector,
               count(*) AS mentions, count(DISTINCT doc_id) AS documents
        FROM mentions WHERE actor_id IS NOT NULL
        GROUP BY actor_id ORDER BY mentions DESC, name LIMIT ?`)
      .all(pageSize(q.limit, this.limits)) as ActorRow[];
  }

  stats(): StoreStats {
    return this.statements
      .get(`SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM attributions) AS attributions,
                   (SELECT count(*) FROM mentions) AS mentions`)
      .get() as StoreStats;
  }
}

/**
 * The text is stored once, in its own column; the analysis JSON holds everything else. A record written before
 * attributions had `coSpeakers` reads with an empty list, as its sources were never split.
 */
function fromRow(row: { text: string; analysis: string }): Analysis {
  const { schema, id, attributions, ...layers } = JSON.parse(row.analysis) as Omit<Analysis, 'text'>;
  return { schema, id, text: row.text, attributions: attributions.map((a) => ({ ...a, coSpeakers: a.coSpeakers ?? [] })), ...layers };
}
