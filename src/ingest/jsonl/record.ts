import { ParleyError } from '../../errors/catalogue.ts';
import { toIsoDate } from '../dates.ts';
import { extractHtml } from '../html/extract.ts';
import { cleanMeta, type RawArticle } from '../types.ts';

type Json = Record<string, unknown>;

/** Field names used by common scrapers and datasets, in order of preference. */
const FIELDS = {
  published: ['published', 'date', 'pubDate', 'published_at', 'publish_date'],
  outlet: ['outlet', 'source', 'site_name', 'publisher'],
  url: ['url', 'link'],
  byline: ['byline', 'author', 'authors'],
  title: ['title', 'headline'],
} as const;

/**
 * One JSONL record to an article. `text` is taken as is; `html` goes through the page extractor (so a scraped
 * page in a line gets the same treatment as a .html file). Record fields win over what the HTML declares.
 */
export function jsonlRecordToArticle(line: string, origin: string): RawArticle {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    throw new ParleyError('INPUT_MALFORMED', `not JSON (${(e as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new ParleyError('INPUT_MALFORMED', 'a JSONL line must hold an object');
  }
  const r = record as Json;
  if (r.text !== undefined && typeof r.text !== 'string') throw new ParleyError('INPUT_MALFORMED', '"text" must be a string');
  if (r.html !== undefined && typeof r.html !== 'string') throw new ParleyError('INPUT_MALFORMED', '"html" must be a string');
  if (r.text === undefined && r.html === undefined) throw new ParleyError('INPUT_MALFORMED', 'the record has neither "text" nor "html"');
  const fromHtml = typeof r.text === 'string' && r.text.trim() ? undefined : extractHtml(String(r.html ?? ''), origin);
  const text = fromHtml?.text ?? String(r.text);
  if (!text.trim()) throw new ParleyError('INPUT_EMPTY', '"text" is empty');
  const base = fromHtml?.meta ?? {};
  return {
    text,
    meta: cleanMeta({
      title: pick(r, FIELDS.title) ?? base.title,
      url: pick(r, FIELDS.url) ?? base.url,
      outlet: pick(r, FIELDS.outlet) ?? base.outlet,
      published: toIsoDate(pick(r, FIELDS.published)) ?? base.published,
      byline: pick(r, FIELDS.byline) ?? base.byline,
      origin,
    }),
  };
}

/** The first field present as a string, a {"name": …} object, or a list of names ("authors": ["A", "B"]). */
function pick(record: Json, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = nameOf(record[key]);
    if (value) return value;
  }
  return undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || undefined;
  if (typeof value === 'object' && value !== null) return nameOf((value as Json).name);
  return undefined;
}
