import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Analysis } from '../../doc/analysis.ts';
import type { DocMeta } from '../../doc/document.ts';
import { ParleyError } from '../../errors/catalogue.ts';
import { publishedKey } from '../../store/dates.ts';
import { sendError } from '../errors.ts';

export type Analyze = (text: string, meta?: DocMeta) => Analysis;

const META_FIELDS = ['title', 'outlet', 'published', 'url', 'byline'] as const;

/**
 * POST /api/analyze: {text, title?, outlet?, published?, url?, byline?} → the Analysis, not stored.
 * The size limit applies before the body is read (Content-Length, or counted while streaming), so an oversized
 * upload costs the server nothing. Analysis runs on the request thread: one large article delays other
 * requests, which the body limit keeps bounded.
 */
export function analyzeRoute(app: Hono, analyze: Analyze | undefined, maxBodyBytes: number): void {
  app.post(
    '/api/analyze',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => sendError(c, 'INPUT_TOO_LARGE', `the body is over ${maxBodyBytes} bytes`),
    }),
    async (c) => {
      if (!analyze) return sendError(c, 'USAGE', 'this server was started without an analyzer', 501);
      const { text, meta } = readRequest(await c.req.text());
      return c.json(analyze(text, meta));
    },
  );
}

function readRequest(body: string): { text: string; meta: DocMeta } {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new ParleyError('INPUT_MALFORMED', 'the body must be JSON like {"text": "..."}');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ParleyError('INPUT_MALFORMED', 'the body must be a JSON object');
  const fields = value as Record<string, unknown>;
  if (typeof fields.text !== 'string') throw new ParleyError('INPUT_MALFORMED', '"text" must be a string');
  if (fields.text.trim() === '') throw new ParleyError('INPUT_EMPTY', '"text" is empty');
  const meta: Record<string, string> = { origin: 'api' };
  for (const name of META_FIELDS) {
    const field = fields[name];
    if (field === undefined || field === null) continue;
    if (typeof field !== 'string') throw new ParleyError('INPUT_MALFORMED', `"${name}" must be a string`);
    meta[name] = field;
  }
  // Relative dates in the text resolve against `published`: an unreadable one would silently misdate events.
  if (meta.published !== undefined && publishedKey(meta.published) === null) {
    throw new ParleyError('INPUT_MALFORMED', `"published" must be a date like 2026-03-14, not ${JSON.stringify(meta.published)}`);
  }
  return { text: fields.text, meta };
}
