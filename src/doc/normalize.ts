import { createHash } from 'node:crypto';

/**
 * The text Parley analyses and hashes. Line ends and Unicode composition differ between a feed, an HTML page
 * and a pasted file of one article; folding them here makes "the same article" one document wherever it came
 * from. Quote marks are kept as written: they are evidence of the outlet's style.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Document id: the first 16 hex digits of the SHA-256 of the normalised text. */
export function documentId(normalizedText: string): string {
  return createHash('sha256').update(normalizedText).digest('hex').slice(0, 16);
}
