/**
 * Ingest: files, directories, stdin, JSONL, HTML pages and feeds in; raw articles (plain text with paragraph
 * breaks, plus metadata and origin) out. Nothing here normalises or analyses: the caller runs normalizeText.
 */
export { readInputs, readOne } from './read.ts';
export { DEFAULT_LIMITS, type IngestItem, type IngestLimits, type IngestOptions, type InputFormat, type RawArticle } from './types.ts';
export { extractHtml, htmlFragmentText } from './html/extract.ts';
export { readFeed } from './feed/feed.ts';
export { toIsoDate } from './dates.ts';
export { sniffFormat, formatFromExtension } from './detect.ts';
