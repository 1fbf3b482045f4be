import type { DocMeta } from '../doc/document.ts';
import { ParleyError, type ErrorCode } from '../errors/catalogue.ts';

/** Every input limit, each finite, so no single file, line or feed can exhaust memory or time. */
export interface IngestLimits {
  /** Largest file, page or stdin read whole (checked with stat before reading). */
  maxDocumentBytes: number;
  /** Longest JSONL line; JSONL files themselves are streamed and have no total limit. */
  maxJsonlLineBytes: number;
  /** Most files taken from one directory walk. */
  maxFiles: number;
  /** Most items or entries read from one feed. */
  maxFeedItems: number;
}

export const DEFAULT_LIMITS: IngestLimits = Object.freeze({
  maxDocumentBytes: 5 * 1024 * 1024,
  maxJsonlLineBytes: 10 * 1024 * 1024,
  maxFiles: 100_000,
  maxFeedItems: 10_000,
});

export type InputFormat = 'text' | 'html' | 'jsonl' | 'feed';

export interface IngestOptions {
  limits?: Partial<IngestLimits>;
  /** Publication date for every article, overriding what the input says. */
  pubDate?: string;
  /** Outlet for every article, overriding what the input says. */
  outlet?: string;
  /** What "-" reads; process.stdin when absent. */
  stdin?: NodeJS.ReadableStream;
  /** Forces one reader; "auto" picks by extension, then by sniffing the content. */
  format?: 'auto' | InputFormat;
}

/** Extracted plain text, paragraphs separated by "\n\n", not yet normalised (the caller runs normalizeText). */
export interface RawArticle {
  text: string;
  meta: DocMeta;
}

export type IngestItem =
  | { ok: true; article: RawArticle }
  | { ok: false; origin: string; code: ErrorCode; message: string };

/** Internal form of an item: a failure keeps its ParleyError so readOne can throw it. */
export type Outcome = { ok: true; article: RawArticle } | { ok: false; origin: string; error: ParleyError };

export function resolveLimits(partial: Partial<IngestLimits> = {}): IngestLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof IngestLimits)[]) {
    const value = partial[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value <= 0) throw new ParleyError('USAGE', `limit ${key} must be a positive integer, not ${value}`);
    limits[key] = value;
  }
  return limits;
}

/** Drops empty fields, so a record says nothing rather than `"title": ""` when the input had none. */
export function cleanMeta(meta: Record<string, string | undefined>): DocMeta {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(meta)) {
    const v = value?.replace(/\s+/g, ' ').trim();
    if (v) out[key] = v;
  }
  return out;
}
