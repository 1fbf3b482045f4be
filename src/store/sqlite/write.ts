import type Database from 'better-sqlite3';
import type { Analysis } from '../../doc/analysis.ts';
import type { PutResult } from '../store.ts';
import { attributionKeys, attributionRow, checkRecord, documentRow, mentionRow } from './records.ts';

/**
 * Writes one document per IMMEDIATE transaction: the write lock is taken before the existence check, so two
 * ingest processes storing the same article cannot both insert it, and a kill mid-way leaves no half document.
 */
export class DocumentWriter {
  private readonly putInTransaction: Database.Transaction<(a: Analysis, ingestedAt: string) => PutResult>;

  constructor(db: Database.Database) {
    const provenanceOf = db.prepare('SELECT provenance FROM documents WHERE id = ?').pluck();
    const deleteDocument = db.prepare('DELETE FROM documents WHERE id = ?');
    const insertDocument = db.prepare(`
      INSERT INTO documents (id, text, text_length, title, url, outlet, published, published_at, byline, origin, analysis, provenance,
                             attribution_count, mention_count, ingested_at)
      VALUES (@id, @text, @text_length, @title, @url, @outlet, @published, @published_at, @byline, @origin, @analysis, @provenance,
              @attribution_count, @mention_count, @ingested_at)`);
    const insertAttribution = db.prepare(`
      INSERT INTO attributions (doc_id, id, type, cue, cue_start, cue_end, content, content_spans, char_start, char_end,
                                source, source_start, source_end, speaker, entity, actor_id, actor_name, speaker_group, confidence, published_at)
      VALUES (@doc_id, @id, @type, @cue, @cue_start, @cue_end, @content, @content_spans, @char_start, @char_end,
              @source, @source_start, @source_end, @speaker, @entity, @actor_id, @actor_name, @speaker_group, @confidence, @published_at)`);
    const insertKey = db.prepare('INSERT OR IGNORE INTO speaker_keys (key, attribution_pk) VALUES (?, ?)');
    const insertMention = db.prepare(`
      INSERT INTO mentions (doc_id, idx, char_start, char_end, text, type, form, entity, actor_id, actor_name, country, sector)
      VALUES (@doc_id, @idx, @char_start, @char_end, @text, @type, @form, @entity, @actor_id, @actor_name, @country, @sector)`);

    this.putInTransaction = db.transaction((a: Analysis, ingestedAt: string): PutResult => {
      const row = documentRow(a, ingestedAt);
      const stored = provenanceOf.get(a.id) as string | undefined;
      if (stored === row.provenance) return { id: a.id, status: 'duplicate' };
      // Newer stages re-analysed the same text: replace the whole record (rows, keys and FTS entries cascade).
      if (stored !== undefined) deleteDocument.run(a.id);
      insertDocument.run(row);
      for (const at of a.attributions) {
        const { lastInsertRowid } = insertAttribution.run(attributionRow(a.id, row.published_at, at));
        for (const key of attributionKeys(at)) insertKey.run(key, lastInsertRowid);
      }
      a.mentions.forEach((m, i) => insertMention.run(mentionRow(a.id, m, i)));
      return { id: a.id, status: stored === undefined ? 'inserted' : 'updated' };
    });
  }

  put(a: Analysis): PutResult {
    checkRecord(a);
    return this.putInTransaction.immediate(a, new Date().toISOString());
  }
}
