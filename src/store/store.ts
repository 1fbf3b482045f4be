import type { Analysis } from '../doc/analysis.ts';

/**
 * The storage contract. It speaks in Analysis records and plain rows, never in SQL, so that the SQLite store
 * (src/store/sqlite/) can be joined later by a Postgres one without changing a caller.
 *
 * Dates (`since`, `until`) are ISO dates or date-times and compare against the article's published date in UTC;
 * a date-only `until` covers that whole day. Every list is paged by `limit` (see limits.ts for the default and
 * the maximum); a limit outside them, or a malformed date, throws ParleyError('USAGE').
 */
export interface Store {
  /** One transaction per document: after a crash a document is either wholly stored or absent. */
  put(analysis: Analysis): PutResult;
  /**
   * Each document in its own transaction. Every record is attempted; when some fail, the others stay stored and
   * the first failure is thrown afterwards with `details.results` (null where a record failed) and `details.failures`.
   */
  putMany(analyses: readonly Analysis[]): PutResult[];
  get(id: string): Analysis | null;
  has(id: string): boolean;
  /** Every stored analysis (published within since/until when given), oldest first, streamed. */
  analyses(query?: { since?: string; until?: string }): IterableIterator<Analysis>;
  /** Newest first by published date (undated articles last), then most recently stored first. */
  documents(query?: DocumentQuery): DocumentSummary[];
  /** Full-text search; the query is words and "quoted phrases", never FTS syntax (operators are searched as words). */
  search(query: string, options?: SearchQuery): SearchHit[];
  /** Newest first by published date, in text order within an article. */
  quotes(query?: QuoteQuery): QuoteRow[];
  /** Who is quoted most: grouped by actor when resolved, else by speaker name. */
  speakers(query?: PageQuery): SpeakerRow[];
  /** Actors named in mentions, most mentioned first. */
  actors(query?: PageQuery): ActorRow[];
  stats(): StoreStats;
  close(): void;
}

/** 'updated' when the same text is stored again by newer stage versions (its provenance differs). */
export interface PutResult {
  id: string;
  status: 'inserted' | 'duplicate' | 'updated';
}

export interface PageQuery {
  limit?: number;
}

export interface DocumentQuery extends PageQuery {
  offset?: number;
  since?: string;
  until?: string;
  outlet?: string;
}

export type SearchScope = 'articles' | 'quotes' | 'all';

export interface SearchQuery extends PageQuery {
  scope?: SearchScope;
}

export interface QuoteQuery extends PageQuery {
  /** A full name, any single word of it (a surname), an actor id, or the source as written ("the minister"). */
  speaker?: string;
  since?: string;
  until?: string;
  docId?: string;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  byline: string | null;
  origin: string | null;
  ingestedAt: string;
  /** Length of the text in UTF-16 code units (the unit of every offset). */
  length: number;
  attributions: number;
  mentions: number;
}

export interface SearchHit {
  kind: 'article' | 'quote';
  docId: string;
  /** Set on quote hits. */
  attributionId: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** A short excerpt with matched words between SNIPPET_MARKS. */
  snippet: string;
  /** Offsets in the document text of the first matched word, or null when the match is only in a title or speaker. */
  start: number | null;
  end: number | null;
  /** Relevance: lower is better (SQLite bm25). Article and quote scores come from two indexes and only roughly compare. */
  score: number;
}

/** What `snippet` puts around each matched word: brackets that news text practically never contains. */
export const SNIPPET_MARKS = { open: '⟦', close: '⟧', ellipsis: '…' } as const;

export interface QuoteRow {
  docId: string;
  attributionId: string;
  type: string;
  /** The resolved speaker name ("Sergey Lavrov"), or null when the source was not resolved. */
  speaker: string | null;
  entity: string | null;
  actorId: string | null;
  actorName: string | null;
  cue: string;
  /** The attributed text; spans of a split quote are joined by CONTENT_JOINER. */
  content: string;
  /** The source as written in the article ("he", "the minister"). */
  source: string | null;
  /** Offsets of the attributed content in the document text (first span start to last span end). */
  start: number;
  end: number;
  published: string | null;
  title: string | null;
  outlet: string | null;
}

/** Joins the spans of a quote split around its cue ("We will not," he said, "give in."). */
export const CONTENT_JOINER = ' … ';

export interface SpeakerRow {
  name: string;
  actorId: string | null;
  /** Attributions to this speaker. */
  count: number;
  documents: number;
}

export interface ActorRow {
  actorId: string;
  name: string;
  country: string | null;
  sector: string | null;
  mentions: number;
  documents: number;
}

export interface StoreStats {
  documents: number;
  attributions: number;
  mentions: number;
}
