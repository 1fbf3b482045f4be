import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asUtf8Chunks } from './utf8-chunks.ts';

const utf16le = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le');

async function collect(chunks: Uint8Array[]): Promise<string> {
  const out: Uint8Array[] = [];
  for await (const c of asUtf8Chunks((async function* () { yield* chunks; })())) out.push(c);
  return Buffer.concat(out).toString('utf8');
}

test('asUtf8Chunks re-encodes UTF-16 streams even when chunks split characters and the BOM', async () => {
  const bytes = utf16le('{"text": "Šibenik – Zürich"}\n');
  const oneByteChunks = [...bytes].map((b) => Uint8Array.of(b));
  assert.equal(await collect(oneByteChunks), '{"text": "Šibenik – Zürich"}\n');
  assert.equal(await collect([Buffer.from('\uFEFFa\nb', 'utf8')]), 'a\nb');
  assert.equal(await collect([Buffer.from('no bom'), Buffer.from(' here')]), 'no bom here');
  assert.equal(await collect([]), '');
});

test('broken UTF-16 is INPUT_BINARY', async () => {
  const bad = Buffer.concat([utf16le('ok'), Uint8Array.of(0x00, 0xd8, 0x41, 0x00)]); // a lone high surrogate
  await assert.rejects(collect([bad]), (e: unknown) => (e as { code?: string }).code === 'INPUT_BINARY');
});
