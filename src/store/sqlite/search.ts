import { pageSize, type StoreLimits } from '../limits.ts';
import { CONTENT_JOINER, SNIPPET_MARKS, type SearchHit, type SearchQuery } from '../store.ts';
import { toFtsQuery } from './fts-query.ts';
import type { StatementCache } from './statements.ts';

/** Words of context a snippet keeps around a match (FTS5 allows up to 64). */
export const SNIPPET_TOKENS = 16;

// highlight() marks every match in the whole text; only the prefix up to the first match's end is read back
// (substr), so a hit costs a few hundred bytes, not a copy of the article. The marks are control characters
// that article text practically never holds; a text that does hold one gets no offsets rather than wrong ones.
// `ORDER BY rank LIMIT` lets FTS5 sort internally and run snippet()/highlight() only for the rows returned.
// Column weights: a match in a title or a speaker name says more about relevance than one in a long body.
const ARTICLE_HITS = `
  SELECT d.id AS docId, d.title, d.outlet, d.published, x.snippet, x.score,
         CASE WHEN instr(d.text, char(1)) = 0 AND instr(d.text, char(2)) = 0 THEN substr(x.marked, 1, instr(x.marked, char(2))) END AS marked
  FROM (SELECT rowid, rank AS score, snippet(documents_fts, -1, @open, @close, @ellipsis, @tokens) AS snippet,
               highlight(documents_fts, 1, char(1), char(2)) AS marked
        FROM documents_fts WHERE documents_fts MATCH @query AND rank MATCH 'bm25(4.0, 1.0)' ORDER BY rank LIMIT @limit) x
  JOIN documents d ON d.pk = x.rowid ORDER BY x.score`;

const QUOTE_HITS = `
  SELECT a.doc_id AS docId, a.id AS attributionId, d.title, d.outlet, d.published, x.snippet, x.score,
         CASE WHEN instr(a.content, char(1)) = 0 AND instr(a.content, char(2)) = 0 THEN substr(x.marked, 1, instr(x.marked, char(2))) END AS marked,
         a.content_spans AS contentSpans,
         a.source_start AS sourceStart, a.source_end AS sourceEnd
  FROM (SELECT rowid, rank AS score, snippet(attributions_fts, -1, @open, @close, @ellipsis, @tokens) AS snippet,
               highlight(attributions_fts, 1, char(1), char(2)) AS marked
        FROM attributions_fts WHERE attributions_fts MATCH @query AND rank MATCH 'bm25(2.0, 1.0)' ORDER BY rank LIMIT @limit) x
  JOIN attributions a ON a.pk = x.rowid JOIN documents d ON d.id = a.doc_id ORDER BY x.score`;

interface ArticleRow { docId: string; title: string | null; outlet: string | null; published: string | null; snippet: string; score: number; marked: string | null }
interface QuoteHitRow extends ArticleRow { attributionId: string; contentSpans: string; sourceStart: number | null; sourceEnd: number | null }

export class Searcher {
  constructor(
    private readonly statements: StatementCache,
    private readonly limits: StoreLimits,
  ) {}

  search(input: string, q: SearchQuery = {}): SearchHit[] {
    const limit = pageSize(q.limit, this.limits);
    const scope = q.scope ?? 'all';
    const query = toFtsQuery(input);
    if (query === null) return [];
    const params = { query, limit, open: SNIPPET_MARKS.open, close: SNIPPET_MARKS.close, ellipsis: SNIPPET_MARKS.ellipsis, tokens: SNIPPET_TOKENS };
    const hits: SearchHit[] = [];
    if (scope !== 'quotes') hits.push(...(this.statements.get(ARTICLE_HITS).all(params) as ArticleRow[]).map(articleHit));
    if (scope !== 'articles') hits.push(...(this.statements.get(QUOTE_HITS).all(params) as QuoteHitRow[]).map(quoteHit));
    // Each index returned its best `limit`; merged by score, the best `limit` of the union are among them.
    return scope === 'all' ? hits.sort((x, y) => x.score - y.score).slice(0, limit) : hits;
  }
}

function articleHit(r: ArticleRow): SearchHit {
  const at = firstMark(r.marked);
  return { kind: 'article', docId: r.docId, attributionId: null, title: r.title, outlet: r.outlet, published: r.published,
    snippet: r.snippet, start: at?.start ?? null, end: at?.end ?? null, score: r.score };
}

function quoteHit(r: QuoteHitRow): SearchHit {
  const inContent = firstMark(r.marked);
  const at = inContent ? toDocumentOffsets(inContent, JSON.parse(r.contentSpans) as Array<[number, number]>) : null;
  // A match on the speaker name only: point at the source as written, when there is one.
  const start = at?.start ?? r.sourceStart;
  const end = at?.end ?? r.sourceEnd;
  return { kind: 'quote', docId: r.docId, attributionId: r.attributionId, title: r.title, outlet: r.outlet, published: r.published,
    snippet: r.snippet, start, end, score: r.score };
}

/** The [start, end) of the first highlighted match in a highlight() prefix, in UTF-16 units of the column text. */
export function firstMark(marked: string | null): { start: number; end: number } | null {
  if (!marked || !marked.endsWith('\u0002')) return null;
  const start = marked.indexOf('\u0001');
  const unambiguous = start >= 0 && start === marked.lastIndexOf('\u0001') && marked.indexOf('\u0002') === marked.length - 1;
  if (!unambiguous) return null;
  return { start, end: marked.length - 2 };
}

/** Maps an offset range in the joined content column back to the document text, span by span. */
export function toDocumentOffsets(range: { start: number; end: number }, spans: ReadonlyArray<[number, number]>): { start: number; end: number } | null {
  let joinedStart = 0;
  for (const [start, end] of spans) {
    const length = end - start;
    if (range.start >= joinedStart && range.end <= joinedStart + length) {
      return { start: start + range.start - joinedStart, end: start + range.end - joinedStart };
    }
    joinedStart += length + CONTENT_JOINER.length;
  }
  return null;
}
