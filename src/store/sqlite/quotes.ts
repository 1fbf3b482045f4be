import { ParleyError } from '../../errors/catalogue.ts';
import { sinceKey, untilKey } from '../dates.ts';
import { pageSize, type StoreLimits } from '../limits.ts';
import type { PageQuery, QuoteQuery, QuoteRow, SpeakerRow } from '../store.ts';
import { foldName } from './speaker-keys.ts';
import type { StatementCache } from './statements.ts';

const QUOTE_COLUMNS = `
  a.doc_id AS docId, a.id AS attributionId, a.type, a.speaker, a.entity, a.actor_id AS actorId, a.actor_name AS actorName,
  a.cue, a.content, a.source, a.char_start AS start, a.char_end AS "end", d.published, d.title, d.outlet`;

/** Who said what: quotes by speaker and date, and the speakers themselves. */
export class QuoteReader {
  constructor(
    private readonly statements: StatementCache,
    private readonly limits: StoreLimits,
  ) {}

  quotes(q: QuoteQuery = {}): QuoteRow[] {
    const where: string[] = [];
    const params: unknown[] = [];
    const filter = (clause: string, value: unknown) => {
      where.push(clause);
      params.push(value);
    };
    if (q.speaker !== undefined) filter('a.pk IN (SELECT attribution_pk FROM speaker_keys WHERE key = ?)', speakerKey(q.speaker));
    const since = sinceKey(q.since);
    const until = untilKey(q.until);
    if (since !== undefined) filter('a.published_at >= ?', since);
    if (until !== undefined) filter('a.published_at <= ?', until);
    if (q.docId !== undefined) filter('a.doc_id = ?', q.docId);
    const sql = `
      SELECT ${QUOTE_COLUMNS}
      FROM attributions a JOIN documents d ON d.id = a.doc_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY a.published_at DESC, a.doc_id DESC, a.char_start LIMIT ?`;
    return this.statements.get(sql).all(...params, pageSize(q.limit, this.limits)) as QuoteRow[];
  }

  speakers(q: PageQuery = {}): SpeakerRow[] {
    // Grouped by actor when the speaker was resolved to one, otherwise by the folded name, so "Lavrov" quoted
    // in two articles counts once whatever the capitalisation.
    return this.statements
      .get(`
        SELECT coalesce(max(actor_name), max(speaker)) AS name, max(actor_id) AS actorId,
               count(*) AS count, count(DISTINCT doc_id) AS documents
        FROM attributions WHERE speaker_group IS NOT NULL
        GROUP BY speaker_group ORDER BY count DESC, name LIMIT ?`)
      .all(pageSize(q.limit, this.limits)) as SpeakerRow[];
  }
}

function speakerKey(speaker: string): string {
  const key = foldName(speaker);
  if (!key) throw new ParleyError('USAGE', `speaker must contain a letter or a digit, not ${JSON.stringify(speaker)}`);
  return key;
}
