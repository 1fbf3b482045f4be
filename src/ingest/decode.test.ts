import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from './decode.ts';
import { ParleyError } from '../errors/catalogue.ts';

const code = (c: string) => (e: unknown) => e instanceof ParleyError && e.code === c;

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (order === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  return be;
}

test('a UTF-8 BOM is stripped; UTF-16 with a BOM is decoded in either byte order', () => {
  assert.equal(decodeText(Buffer.from('\uFEFFKyiv said', 'utf8')), 'Kyiv said');
  assert.equal(decodeText(utf16('Zoë Ó Briain said “no”', 'le')), 'Zoë Ó Briain said “no”');
  assert.equal(decodeText(utf16('Ankara – Paris', 'be')), 'Ankara – Paris');
});

test('NUL bytes and invalid UTF-8 are INPUT_BINARY', () => {
  assert.throws(() => decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x14])), code('INPUT_BINARY'));
  assert.throws(() => decodeText(Uint8Array.from([0x61, 0xc3, 0x28, 0x62])), code('INPUT_BINARY'));
  assert.throws(() => decodeText(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x10])), code('INPUT_BINARY'));
  // UTF-16 without a BOM is not guessed: its ASCII halves are NUL bytes.
  assert.throws(() => decodeText(Buffer.from('plain', 'utf16le')), code('INPUT_BINARY'));
});

test('invalid UTF-8 falls back to the charset a page or feed declares; valid UTF-8 ignores a wrong declaration', () => {
  const latin1Page = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf'), Uint8Array.of(0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94), Buffer.from('</p></body></html>')]);
  assert.match(decodeText(latin1Page), /Café “ok”/);
  const latin2Feed = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-2"?><rss><title>'), Uint8Array.of(0xb3, 0xf3, 0x64, 0xbc), Buffer.from('</title></rss>')]);
  assert.match(decodeText(latin2Feed), /łódź/);
  const utf8Page = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Zürich</p>');
  assert.match(decodeText(utf8Page), /Zürich/);
  assert.throws(() => decodeText(Buffer.concat([Buffer.from('<meta charset="x-unknown-9">'), Uint8Array.of(0xe9)])), code('INPUT_BINARY'));
});
