import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from './main.ts';
import { captureIO } from './io.ts';

/** Runs the CLI in-process with captured output; returns the exit status and what it printed. */
async function run(args: string[], stdin?: string) {
  const io = captureIO(stdin === undefined ? undefined : Readable.from([stdin]), {});
  const code = await main(['node', 'parley', ...args], io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'parley-cli-'));
}

const ARTICLE_A = 'Talks resume in Vienna\n\nThe envoys met on Tuesday. Officials said the session lasted four hours.';
const ARTICLE_B = 'Grain corridor reopens\n\nShips left Odesa at dawn. The port authority said traffic was normal.';

test('analyze --json prints one parley.analysis/1 object whose spans match its text', async () => {
  const dir = workspace();
  writeFileSync(join(dir, 'a.txt'), ARTICLE_A);
  const { code, out } = await run(['analyze', join(dir, 'a.txt'), '--json', '--outlet', 'Test Wire', '--pub-date', '2026-02-03']);
  assert.equal(code, 0);
  const a = JSON.parse(out);
  assert.equal(a.schema, 'parley.analysis/1');
  assert.deepEqual([a.meta.outlet, a.meta.published], ['Test Wire', '2026-02-03']);
  for (const key of ['mentions', 'attributions', 'events', 'positions', 'framing', 'diagnostics']) assert.ok(Array.isArray(a[key]), key);
  for (const s of a.sentences) assert.equal(a.text.slice(s.start, s.end), s.text);
});

test('analyze reads stdin with "-" and --jsonl prints one line per article', async () => {
  const jsonl = [ARTICLE_A, ARTICLE_B].map((text, i) => JSON.stringify({ text, title: `t${i}` })).join('\n');
  const { code, out } = await run(['analyze', '-', '--jsonl'], jsonl);
  assert.equal(code, 0);
  const lines = out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.meta.title), ['t0', 't1']);
});

test('bad inputs exit non-zero with their stable code', async () => {
  const dir = workspace();
  writeFileSync(join(dir, 'empty.txt'), '  \n\n ');
  writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]));
  writeFileSync(join(dir, 'big.txt'), 'word '.repeat(300));
  const cases: Array<[string[], string]> = [
    [['analyze', join(dir, 'missing.txt')], 'INPUT_NOT_FOUND'],
    [['analyze', join(dir, 'empty.txt')], 'INPUT_EMPTY'],
    [['analyze', join(dir, 'blob.txt')], 'INPUT_BINARY'],
    [['analyze', join(dir, 'big.txt'), '--max-bytes', '100'], 'INPUT_TOO_LARGE'],
  ];
  for (const [args, codeName] of cases) {
    const { code, err } = await run(args);
    assert.equal(code, 1, args.join(' '));
    assert.match(err, new RegExp(`error ${codeName}`));
  }
});

test('usage errors exit 2; --help exits 0', async () => {
  assert.equal((await run(['analyze'])).code, 2);
  assert.equal((await run(['quotes', '--since', 'last week'])).code, 2);
  assert.equal((await run(['search', 'x', '--limit', 'many'])).code, 2);
  const help = await run(['ingest', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /--max-files/);
});

test('ingest stores a batch, skips the bad file, and a re-run reports duplicates', async () => {
  const dir = workspace();
  const db = join(dir, 'store.db');
  mkdirSync(join(dir, 'in', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'in', 'a.txt'), ARTICLE_A);
  writeFileSync(join(dir, 'in', 'nested', 'b.txt'), ARTICLE_B);
  writeFileSync(join(dir, 'in', 'bad.jsonl'), '{"text": "Parliament met.", "title": "ok"}\n{not json}\n');
  const first = await run(['ingest', join(dir, 'in'), '--db', db]);
  assert.equal(first.code, 1, 'a failed input makes the batch exit 1');
  assert.match(first.out, /ingested 3, duplicate 0, updated 0, failed 1/);
  assert.match(first.err, /bad\.jsonl:2.*INPUT_MALFORMED/);
  const again = await run(['ingest', join(dir, 'in', 'a.txt'), '--db', db]);
  assert.equal(again.code, 0);
  assert.match(again.out, /ingested 0, duplicate 1/);
  const search = await run(['search', 'Odesa', '--db', db, '--json']);
  assert.equal(search.code, 0);
  assert.equal(search.out.split('\n').filter(Boolean).length, 1);
  const missing = await run(['show', 'ffffffffffffffff', '--db', db]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /DOC_NOT_FOUND/);
});

test('demo ingests the whole sample corpus (every format) into the store and summarises it', async () => {
  const db = join(workspace(), 'demo.db');
  const first = await run(['demo', '--no-serve', '--db', db]);
  assert.equal(first.code, 0, first.err);
  // one golden record per article of the sample corpus, whatever its format (scripts/golden.ts)
  const articles = readdirSync('corpus/golden').filter((f) => f.endsWith('.json')).length;
  assert.match(first.out, new RegExp(`ingested ${articles}, already stored 0, updated 0, failed 0`));
  assert.match(first.out, /Most quoted speakers/);
  const again = await run(['demo', '--no-serve', '--db', db]);
  assert.match(again.out, new RegExp(`ingested 0, already stored ${articles}`));
});

test('corpus views and exports read the store: events, positions, shifts, PLOVER JSONL and CSV', async () => {
  const db = join(workspace(), 'views.db');
  const text = 'Talks collapse\n\nHungary blocked the sanctions package on Monday, officials said. Russia shelled Kharkiv overnight.';
  const later = 'Sanctions pass\n\nHungary backed the sanctions after talks in Brussels.';
  const input = join(workspace(), 'in.jsonl');
  writeFileSync(input, [JSON.stringify({ text, published: '2026-02-03' }), JSON.stringify({ text: later, published: '2026-05-20' })].join('\n'));
  assert.equal((await run(['ingest', input, '--db', db])).code, 0);
  const events = await run(['events', '--db', db, '--json']);
  assert.equal(events.code, 0);
  const types = events.out.split('\n').filter(Boolean).map((l) => JSON.parse(l).type);
  assert.ok(types.includes('ASSAULT'), types.join(','));
  assert.equal((await run(['events', '--db', db, '--type', 'gossip'])).code, 2);
  const plover = await run(['export', 'plover', '--db', db]);
  for (const line of plover.out.split('\n').filter(Boolean)) {
    const record = JSON.parse(line);
    for (const key of ['id', 'date', 'actor', 'event']) assert.ok(key in record, key);
  }
  const csv = await run(['export', 'csv', '--table', 'positions', '--db', db]);
  assert.equal(csv.code, 0);
  assert.ok(csv.out.split('\n').length >= 2, 'a header and at least one position');
  assert.equal((await run(['export', 'xml', '--db', db])).code, 2);
  const shifts = await run(['shifts', '--db', db, '--json']);
  assert.equal(shifts.code, 0);
});
