import { createReadStream } from 'node:fs';
import { ParleyError } from '../errors/catalogue.ts';
import { decodeForSniffing, decodeText } from './decode.ts';
import { formatFromExtension, sniffFormat } from './detect.ts';
import { readFeed } from './feed/feed.ts';
import { fsError, readAllBounded, readFileBytes, statFile } from './files.ts';
import { extractHtml } from './html/extract.ts';
import { readJsonl } from './jsonl/jsonl.ts';
import type { IngestLimits, InputFormat, Outcome } from './types.ts';

/** How much of stdin is looked at to choose its format before deciding whether to stream it. */
export const SNIFF_BYTES = 64 * 1024;

/** Decoded bytes to outcomes, by the given format or, when none is given, by sniffing the text. */
export async function* fromBytes(bytes: Uint8Array, format: InputFormat | undefined, origin: string, limits: IngestLimits): AsyncGenerator<Outcome> {
  const text = decodeText(bytes);
  if (text.trim() === '') throw new ParleyError('INPUT_EMPTY', 'nothing but white space');
  const chosen = format ?? sniffFormat(text);
  if (chosen === 'jsonl') yield* readJsonl(prepend([bytes]), origin, limits.maxJsonlLineBytes);
  else if (chosen === 'feed') yield* readFeed(text, origin, limits.maxFeedItems);
  else if (chosen === 'html') yield { ok: true, article: extractHtml(text, origin) };
  else yield { ok: true, article: { text, meta: { origin } } };
}

/**
 * One file. JSONL is streamed line by line (a 10 GB export works); every other format is read whole,
 * within maxDocumentBytes. The extension chooses the reader unless a format is forced; without a known
 * extension the content is sniffed.
 */
export async function* fromFile(path: string, forced: InputFormat | undefined, limits: IngestLimits): AsyncGenerator<Outcome> {
  const format = forced ?? formatFromExtension(path);
  try {
    if (format === 'jsonl') {
      await statFile(path);
      yield* readJsonl(createReadStream(path), path, limits.maxJsonlLineBytes);
    } else yield* fromBytes(await readFileBytes(path, limits.maxDocumentBytes), format, path, limits);
  } catch (e) {
    yield { ok: false, origin: path, error: fsError(e, path) };
  }
}

/**
 * Standard input, whose format can only be sniffed. The first SNIFF_BYTES decide: JSONL is then streamed
 * (so `cat big.jsonl | parley ingest -` works), anything else is read whole within maxDocumentBytes.
 */
export async function* fromStdin(stream: NodeJS.ReadableStream, forced: InputFormat | undefined, limits: IngestLimits): AsyncGenerator<Outcome> {
  const origin = 'stdin';
  try {
    const iterator = asBytes(stream)[Symbol.asyncIterator]();
    const head: Uint8Array[] = [];
    let headSize = 0;
    let ended = false;
    while (headSize < SNIFF_BYTES && !ended) {
      const next = await iterator.next();
      if (next.done) ended = true;
      else {
        head.push(next.value);
        headSize += next.value.length;
      }
    }
    const rest = { [Symbol.asyncIterator]: () => iterator };
    const format = forced ?? (headSize > 0 ? sniffFormat(decodeForSniffing(Buffer.concat(head))) : undefined);
    if (format === 'jsonl') yield* readJsonl(prepend(head, ended ? [] : rest), origin, limits.maxJsonlLineBytes);
    else yield* fromBytes(await readAllBounded(prepend(head, ended ? [] : rest), limits.maxDocumentBytes), forced, origin, limits);
  } catch (e) {
    yield { ok: false, origin, error: fsError(e, origin) };
  }
}

async function* asBytes(stream: NodeJS.ReadableStream): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

async function* prepend(head: readonly Uint8Array[], rest: AsyncIterable<Uint8Array> | Iterable<Uint8Array> = []): AsyncGenerator<Uint8Array> {
  yield* head;
  yield* rest;
}
