import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs, readOne, type IngestItem, type IngestOptions } from './index.ts';
import { ParleyError } from '../errors/catalogue.ts';

const root = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
after(() => rmSync(root, { recursive: true, force: true }));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
let dirCount = 0;
const tempDir = () => {
  const dir = join(root, `d${dirCount++}`);
  mkdirSync(dir);
  return dir;
};
function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}
async function all(paths: string[], options?: IngestOptions): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readInputs(paths, options)) out.push(item);
  return out;
}
const summary = (items: IngestItem[]) => items.map((i) => (i.ok ? `ok ${i.article.meta.origin}` : `${i.code} ${i.origin}`));
const rejectsWith = (c: string) => (e: unknown) => e instanceof ParleyError && e.code === c;

test('a text file is read as is, with its path as origin', async () => {
  const dir = tempDir();
  const path = write(dir, 'note.md', '# Heading\n\nThe senator said   no.\r\n');
  const [item] = await all([path]);
  assert.ok(item.ok);
  assert.equal(item.article.text, '# Heading\n\nThe senator said   no.\r\n');
  assert.deepEqual(item.article.meta, { origin: path });
});

test('directories: recursive, sorted depth first, skipping dotfiles, node_modules and unknown extensions', async () => {
  const dir = tempDir();
  for (const name of ['b.txt', 'a/z.txt', 'a/b/c.html', 'c.md', 'README', '.hidden.txt', '.git/x.txt', 'node_modules/m.txt', 'pic.png', 'Z.txt']) {
    write(dir, name, name.endsWith('.html') ? '<p>A council vote.</p>' : `Text of ${name}.`);
  }
  const items = await all([dir]);
  // Code-unit order, the same on every machine and locale: upper case sorts before lower case.
  const expected = ['README', 'Z.txt', 'a/b/c.html', 'a/z.txt', 'b.txt', 'c.md'];
  assert.deepEqual(summary(items), expected.map((n) => `ok ${join(dir, n)}`));
});

test('a symlinked directory is not followed (it could loop); a symlinked file is read', async () => {
  const dir = tempDir();
  const target = write(dir, 'real/story.txt', 'A story.');
  symlinkSync(join(dir, 'real'), join(dir, 'loop'));
  symlinkSync(target, join(dir, 'link.txt'));
  assert.deepEqual(summary(await all([dir])), [`ok ${join(dir, 'link.txt')}`, `ok ${target}`]);
});

test('more files than maxFiles is INPUT_TOO_MANY_FILES and none of them is read', async () => {
  const dir = tempDir();
  for (let i = 0; i < 4; i++) write(dir, `f${i}.txt`, 'x');
  assert.deepEqual(summary(await all([dir], { limits: { maxFiles: 3 } })), [`INPUT_TOO_MANY_FILES ${dir}`]);
  assert.equal((await all([dir], { limits: { maxFiles: 4 } })).length, 4);
});

test('a JSONL file with bad lines in the middle: each bad line fails alone, with its line number', async () => {
  const path = fixture('articles.jsonl');
  assert.deepEqual(summary(await all([path])), [
    `ok ${path}:1`, `ok ${path}:2`, `INPUT_MALFORMED ${path}:3`, `ok ${path}:4`, `INPUT_MALFORMED ${path}:6`, `ok ${path}:7`,
  ]);
});

test('a JSONL line over maxJsonlLineBytes is INPUT_TOO_LARGE and the next line still comes through', async () => {
  const dir = tempDir();
  const path = write(dir, 'x.ndjson', `${JSON.stringify({ text: 'a'.repeat(500) })}\n${JSON.stringify({ text: 'short' })}\n`);
  assert.deepEqual(summary(await all([path], { limits: { maxJsonlLineBytes: 100 } })), [`INPUT_TOO_LARGE ${path}:1`, `ok ${path}:2`]);
});

test('feeds by extension and by sniffing an extension-less file', async () => {
  const dir = tempDir();
  const sniffed = join(dir, 'latest');
  copyFileSync(fixture('atom.xml'), sniffed);
  assert.deepEqual(summary(await all([fixture('rss2.xml'), sniffed])), [
    `ok ${fixture('rss2.xml')}#1`, `ok ${fixture('rss2.xml')}#2`, `ok ${sniffed}#1`, `ok ${sniffed}#2`,
  ]);
});

test('bad inputs each give their stable code, and the batch goes on', async () => {
  const dir = tempDir();
  const text = write(dir, 'ok.txt', 'The ministry confirmed the talks.');
  const cases: Array<[string, string]> = [
    [join(dir, 'missing.txt'), 'INPUT_NOT_FOUND'],
    [join(text, 'child'), 'INPUT_UNREADABLE'], // a path through a file (ENOTDIR)
    [write(dir, 'empty.txt', ''), 'INPUT_EMPTY'],
    [write(dir, 'blank.txt', ' \n\t\r\n '), 'INPUT_EMPTY'],
    [write(dir, 'nul.txt', Uint8Array.from([0x41, 0x00, 0x42])), 'INPUT_BINARY'],
    [write(dir, 'latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72])), 'INPUT_BINARY'],
    [write(dir, 'image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), 'INPUT_BINARY'],
    [write(dir, 'big.txt', 'x'.repeat(2048)), 'INPUT_TOO_LARGE'],
    [write(dir, 'broken.xml', '<rss><channel><item></channel>'), 'INPUT_MALFORMED'],
    [write(dir, 'sitemap.xml', '<urlset><url/></urlset>'), 'INPUT_UNSUPPORTED'],
    [write(dir, 'empty.jsonl', '\n\n'), 'INPUT_EMPTY'],
    [write(dir, 'binary.jsonl', Uint8Array.from([0x7b, 0x00, 0x01, 0x02, 0x0a, 0x7b])), 'INPUT_BINARY'],
    [write(dir, 'nothing.html', '<html><body><script>1</script></body></html>'), 'INPUT_EMPTY'],
  ];
  const items = await all([...cases.map(([p]) => p), text], { limits: { maxDocumentBytes: 1024 } });
  assert.deepEqual(summary(items), [...cases.map(([p, c]) => `${c} ${p}`), `ok ${text}`]);
  for (const item of items) if (!item.ok) assert.ok(item.message.length > 0);
});

test('UTF-16 files with a BOM are decoded, for whole-file and streamed JSONL formats alike', async () => {
  const dir = tempDir();
  const utf16 = (s: string) => Buffer.from(`\uFEFF${s}`, 'utf16le');
  const text = write(dir, 'w.txt', utf16('Gdańsk council voted.'));
  const jsonl = write(dir, 'w.jsonl', utf16(`${JSON.stringify({ text: 'Łódź mayor resigned.' })}\n`));
  const items = await all([text, jsonl]);
  assert.deepEqual(items.map((i) => (i.ok ? i.article.text : i.code)), ['Gdańsk council voted.', 'Łódź mayor resigned.']);
});

test('a forced format overrides the extension', async () => {
  const dir = tempDir();
  const path = write(dir, 'page.txt', '<html><body><nav>Menu</nav><p>The envoy arrived in Doha.</p></body></html>');
  const [asText] = await all([path]);
  const [asHtml] = await all([path], { format: 'html' });
  assert.ok(asText.ok && asText.article.text.includes('<nav>'));
  assert.ok(asHtml.ok && asHtml.article.text === 'The envoy arrived in Doha.');
});

test('--pub-date and --outlet override what the input says, for every format', async () => {
  const options = { pubDate: '2022-01-15', outlet: 'Override Wire' };
  const items = await all([fixture('page-with-noise.html'), fixture('articles.jsonl'), fixture('atom.xml')], options);
  const ok = items.filter((i) => i.ok);
  assert.equal(ok.length, 7);
  for (const item of ok) {
    assert.equal(item.article.meta.published, '2022-01-15');
    assert.equal(item.article.meta.outlet, 'Override Wire');
  }
  const [plain] = await all([fixture('page-with-noise.html')]);
  assert.ok(plain.ok && plain.article.meta.outlet === 'The Harbour Ledger');
});

test('bad options throw USAGE before any input is read', async () => {
  await assert.rejects(all([fixture('atom.xml')], { pubDate: 'next week' }), rejectsWith('USAGE'));
  await assert.rejects(all([fixture('atom.xml')], { format: 'pdf' as never }), rejectsWith('USAGE'));
  await assert.rejects(all([fixture('atom.xml')], { limits: { maxFiles: 0 } }), rejectsWith('USAGE'));
  await assert.rejects(all([fixture('atom.xml')], { limits: { maxDocumentBytes: Infinity } }), rejectsWith('USAGE'));
});

test('readOne returns every article of one input, or throws the first problem with its origin', async () => {
  const dir = tempDir();
  assert.equal((await readOne(fixture('rss2.xml'))).length, 2);
  await assert.rejects(readOne(join(dir, 'nope.html')), rejectsWith('INPUT_NOT_FOUND'));
  await assert.rejects(readOne(dir), (e: unknown) => rejectsWith('INPUT_UNREADABLE')(e) && /EISDIR/.test((e as Error).message));
  await assert.rejects(readOne(fixture('articles.jsonl')), (e: unknown) => rejectsWith('INPUT_MALFORMED')(e) && (e as Error).message.includes('articles.jsonl:3: not JSON'));
  await assert.rejects(readOne(write(dir, 'big.html', 'x'.repeat(300)), { limits: { maxDocumentBytes: 200 } }), rejectsWith('INPUT_TOO_LARGE'));
});
