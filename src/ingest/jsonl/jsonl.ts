import { ParleyError } from '../../errors/catalogue.ts';
import { decodeUtf8 } from '../decode.ts';
import type { Outcome } from '../types.ts';
import { splitLines } from './lines.ts';
import { asUtf8Chunks } from './utf8-chunks.ts';
import { jsonlRecordToArticle } from './record.ts';

/**
 * Streams a JSONL source, one outcome per non-blank line, origin "file.jsonl:12". A bad line (not JSON, no
 * text, too long, not UTF-8) fails alone and the lines after it still come through. If the very first line is
 * binary the whole source is reported once: it is a binary file, not a JSONL file with one bad line.
 */
export async function* readJsonl(chunks: AsyncIterable<Uint8Array>, origin: string, maxLineBytes: number): AsyncGenerator<Outcome> {
  let seen = 0;
  for await (const line of splitLines(asUtf8Chunks(chunks), maxLineBytes)) {
    const lineOrigin = `${origin}:${line.number}`;
    if ('tooLong' in line) {
      seen++;
      yield { ok: false, origin: lineOrigin, error: new ParleyError('INPUT_TOO_LARGE', `line longer than ${maxLineBytes} bytes (maxJsonlLineBytes)`) };
      continue;
    }
    let text: string;
    try {
      text = decodeUtf8(line.bytes);
    } catch (e) {
      if (!(e instanceof ParleyError) || seen === 0) throw e;
      seen++;
      yield { ok: false, origin: lineOrigin, error: e };
      continue;
    }
    if (text.trim() === '') continue;
    seen++;
    yield recordOutcome(text, lineOrigin);
  }
  if (seen === 0) throw new ParleyError('INPUT_EMPTY', 'no JSONL records');
}

function recordOutcome(line: string, origin: string): Outcome {
  try {
    return { ok: true, article: jsonlRecordToArticle(line, origin) };
  } catch (e) {
    if (!(e instanceof ParleyError)) throw e;
    return { ok: false, origin, error: e };
  }
}
