import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { readInputs, readOne, type IngestItem, type IngestOptions } from './index.ts';
import { ParleyError } from '../errors/catalogue.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

/** A stdin stand-in that hands its bytes over in small chunks, as a pipe does. */
function stdin(content: string | Uint8Array, chunkSize = 7): NodeJS.ReadableStream {
  const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  return Readable.from(chunks);
}

async function fromStdin(content: string | Uint8Array, options: IngestOptions = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readInputs(['-'], { ...options, stdin: stdin(content) })) out.push(item);
  return out;
}
const origins = (items: IngestItem[]) => items.map((i) => (i.ok ? i.article.meta.origin : `${i.code} ${i.origin}`));

test('stdin text is read as is, origin "stdin"', async () => {
  const [item] = await fromStdin('\uFEFFThe spokesperson declined to comment.\n');
  assert.ok(item.ok);
  assert.equal(item.article.text, 'The spokesperson declined to comment.\n');
  assert.equal(item.article.meta.origin, 'stdin');
});

test('stdin HTML is sniffed and extracted', async () => {
  const [item] = await fromStdin(fixture('page-json-ld-graph.html'));
  assert.ok(item.ok);
  assert.equal(item.article.meta.outlet, 'Valley Post');
  assert.equal(item.article.text.split('\n\n').length, 3);
});

test('stdin JSONL is sniffed and streamed, origins "stdin:N"', async () => {
  const items = await fromStdin(fixture('articles.jsonl'));
  assert.deepEqual(origins(items), ['stdin:1', 'stdin:2', 'INPUT_MALFORMED stdin:3', 'stdin:4', 'INPUT_MALFORMED stdin:6', 'stdin:7']);
});

test('stdin JSONL is not bound by maxDocumentBytes, only by the line limit', async () => {
  const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ text: `Statement number ${i} from the ministry.` })).join('\n');
  const items = await fromStdin(lines, { limits: { maxDocumentBytes: 256 } });
  assert.equal(items.filter((i) => i.ok).length, 40);
});

test('stdin feeds are sniffed (RSS, Atom, RDF)', async () => {
  assert.deepEqual(origins(await fromStdin(fixture('rss2.xml'))), ['stdin#1', 'stdin#2']);
  assert.deepEqual(origins(await fromStdin(fixture('atom.xml'))), ['stdin#1', 'stdin#2']);
  assert.deepEqual(origins(await fromStdin(fixture('rss1.rdf'))), ['stdin#1']);
});

test('stdin problems: empty, binary, too large', async () => {
  assert.deepEqual(origins(await fromStdin('')), ['INPUT_EMPTY stdin']);
  assert.deepEqual(origins(await fromStdin('  \n\n ')), ['INPUT_EMPTY stdin']);
  assert.deepEqual(origins(await fromStdin(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]))), ['INPUT_BINARY stdin']);
  assert.deepEqual(origins(await fromStdin('word '.repeat(100), { limits: { maxDocumentBytes: 200 } })), ['INPUT_TOO_LARGE stdin']);
});

test('stdin read with readOne, and with string chunks (setEncoding)', async () => {
  const stream = Readable.from(['The board ', 'approved the merger.']);
  const [article] = await readOne('-', { stdin: stream });
  assert.equal(article.text, 'The board approved the merger.');
  await assert.rejects(readOne('-', { stdin: stdin('') }), (e: unknown) => e instanceof ParleyError && e.code === 'INPUT_EMPTY');
});

test('a forced format applies to stdin', async () => {
  const [item] = await fromStdin('{"text": "not parsed as JSONL"}', { format: 'text' });
  assert.ok(item.ok && item.article.text === '{"text": "not parsed as JSONL"}');
});
