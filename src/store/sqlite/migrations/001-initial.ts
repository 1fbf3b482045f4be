/**
 * The first schema: documents with their analysis, plus the rows queries need (attributions, mentions,
 * speaker keys) and two full-text indexes. Events and positions get their tables in a later migration, when
 * their item shapes are fixed.
 *
 * Choices worth knowing:
 * - `documents.pk` is an INTEGER PRIMARY KEY next to the public `id`, because FTS5 indexes by integer rowid
 *   and only an aliased rowid is guaranteed to survive VACUUM; `id` is UNIQUE and is what other tables reference.
 * - The FTS tables are external-content (content='documents' / 'attributions'): the text is stored once, and
 *   snippet()/highlight() still work because FTS5 reads the text back from the content table. Triggers keep
 *   them in step, including for the rows that ON DELETE CASCADE removes, so no write path can forget them.
 *   (Contentless tables would also store the text once, but cannot make snippets.)
 * - `published_at` is the UTC key of `published` (see src/store/dates.ts); NULLs sort last under DESC.
 * - Column names avoid `end`, an SQL keyword: offsets are `char_start` / `char_end` (UTF-16 code units).
 */
export const INITIAL_SCHEMA = `
CREATE TABLE documents (
  pk            INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  text          TEXT NOT NULL,
  text_length   INTEGER NOT NULL, -- in UTF-16 code units like every offset (SQLite's length() counts code points)
  title         TEXT,
  url           TEXT,
  outlet        TEXT,
  published     TEXT,
  published_at  TEXT,
  byline        TEXT,
  origin        TEXT,
  analysis      TEXT NOT NULL,  -- the Analysis as JSON without its text (kept once, in the text column)
  provenance    TEXT NOT NULL,  -- canonical JSON (sorted layers): compared to tell 'duplicate' from 'updated'
  attribution_count INTEGER NOT NULL,
  mention_count     INTEGER NOT NULL,
  ingested_at   TEXT NOT NULL
);
CREATE INDEX documents_by_published ON documents (published_at);
CREATE INDEX documents_by_outlet ON documents (outlet, published_at);

CREATE TABLE attributions (
  pk            INTEGER PRIMARY KEY,
  doc_id        TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id            TEXT NOT NULL,
  type          TEXT NOT NULL,
  cue           TEXT NOT NULL,
  cue_start     INTEGER NOT NULL,
  cue_end       INTEGER NOT NULL,
  content       TEXT NOT NULL,  -- the content spans' text joined by CONTENT_JOINER
  content_spans TEXT NOT NULL,  -- JSON [[start, end], ...], to map a hit in content back to the document
  char_start    INTEGER NOT NULL,
  char_end      INTEGER NOT NULL,
  source        TEXT,
  source_start  INTEGER,
  source_end    INTEGER,
  speaker       TEXT,           -- the resolved speaker name
  entity        TEXT,
  actor_id      TEXT,
  actor_name    TEXT,
  speaker_group TEXT,           -- actor id, else 'name:' + folded speaker name: what speakers() counts by
  confidence    REAL NOT NULL,
  published_at  TEXT,           -- the document's, copied so "newest quotes first" walks one index, no sort
  UNIQUE (doc_id, id)
);
CREATE INDEX attributions_by_published ON attributions (published_at DESC, doc_id DESC, char_start);
CREATE INDEX attributions_by_speaker_group ON attributions (speaker_group);
CREATE INDEX attributions_by_actor ON attributions (actor_id);

-- Every way a quote's speaker can be asked for (full name, each word of it, actor id, actor title, the source
-- as written), folded: an indexed equality look-up instead of a LIKE scan over all attributions.
CREATE TABLE speaker_keys (
  key            TEXT NOT NULL,
  attribution_pk INTEGER NOT NULL REFERENCES attributions (pk) ON DELETE CASCADE,
  PRIMARY KEY (key, attribution_pk)
) WITHOUT ROWID;
CREATE INDEX speaker_keys_by_attribution ON speaker_keys (attribution_pk);

CREATE TABLE mentions (
  doc_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  char_start INTEGER NOT NULL,
  char_end   INTEGER NOT NULL,
  text       TEXT NOT NULL,
  type       TEXT NOT NULL,
  form       TEXT NOT NULL,
  entity     TEXT NOT NULL,
  actor_id   TEXT,
  actor_name TEXT,
  country    TEXT,
  sector     TEXT,
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX mentions_by_actor ON mentions (actor_id);

CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title, text, content='documents', content_rowid='pk', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;

CREATE VIRTUAL TABLE attributions_fts USING fts5 (
  speaker, content, content='attributions', content_rowid='pk', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER attributions_fts_insert AFTER INSERT ON attributions BEGIN
  INSERT INTO attributions_fts (rowid, speaker, content) VALUES (new.pk, new.speaker, new.content);
END;
CREATE TRIGGER attributions_fts_delete AFTER DELETE ON attributions BEGIN
  INSERT INTO attributions_fts (attributions_fts, rowid, speaker, content) VALUES ('delete', old.pk, old.speaker, old.content);
END;
CREATE TRIGGER attributions_fts_update AFTER UPDATE OF speaker, content ON attributions BEGIN
  INSERT INTO attributions_fts (attributions_fts, rowid, speaker, content) VALUES ('delete', old.pk, old.speaker, old.content);
  INSERT INTO attributions_fts (rowid, speaker, content) VALUES (new.pk, new.speaker, new.content);
END;
`;
