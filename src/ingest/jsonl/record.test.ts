import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonlRecordToArticle } from './record.ts';
import { ParleyError } from '../../errors/catalogue.ts';

const code = (c: string) => (e: unknown) => e instanceof ParleyError && e.code === c;
const line = (o: unknown) => JSON.stringify(o);

test('text is taken as is, with the common field aliases for metadata', () => {
  const a = jsonlRecordToArticle(line({ text: 'Para one.\n\nPara two.', headline: 'H', link: 'https://e.org/1', source: 'Wire', date: '2023-03-02', authors: ['A. Bel', 'C. Dion'] }), 'x.jsonl:4');
  assert.equal(a.text, 'Para one.\n\nPara two.');
  assert.deepEqual(a.meta, { title: 'H', url: 'https://e.org/1', outlet: 'Wire', published: '2023-03-02', byline: 'A. Bel, C. Dion', origin: 'x.jsonl:4' });
  const b = jsonlRecordToArticle(line({ text: 'T.', publisher: { name: 'Daily' }, author: { name: 'Z. Ng' }, pubDate: 'Sun, 3 Mar 2024 08:00:00 GMT' }), 'o');
  assert.equal(b.meta.outlet, 'Daily');
  assert.equal(b.meta.byline, 'Z. Ng');
  assert.equal(b.meta.published, '2024-03-03T08:00:00Z');
});

test('html goes through the page extractor; record fields win over what the page says', () => {
  const html = '<html><head><title>Page title</title><meta property="og:site_name" content="Page Outlet"></head><body><nav>Menu</nav><p>The governor vetoed the bill on Friday.</p></body></html>';
  const a = jsonlRecordToArticle(line({ html, outlet: 'Record Outlet' }), 'o');
  assert.equal(a.text, 'The governor vetoed the bill on Friday.');
  assert.equal(a.meta.outlet, 'Record Outlet');
  assert.equal(a.meta.title, 'Page title');
});

test('bad records are INPUT_MALFORMED or INPUT_EMPTY', () => {
  assert.throws(() => jsonlRecordToArticle('{"text": "unterminated', 'o'), code('INPUT_MALFORMED'));
  assert.throws(() => jsonlRecordToArticle('["text", "in an array"]', 'o'), code('INPUT_MALFORMED'));
  assert.throws(() => jsonlRecordToArticle('"just a string"', 'o'), code('INPUT_MALFORMED'));
  assert.throws(() => jsonlRecordToArticle(line({ title: 'no body' }), 'o'), code('INPUT_MALFORMED'));
  assert.throws(() => jsonlRecordToArticle(line({ text: 42 }), 'o'), code('INPUT_MALFORMED'));
  assert.throws(() => jsonlRecordToArticle(line({ text: '  \n ' }), 'o'), code('INPUT_EMPTY'));
  assert.throws(() => jsonlRecordToArticle(line({ html: '<p> </p>' }), 'o'), code('INPUT_EMPTY'));
});

test('an unreadable date is dropped, not guessed', () => {
  assert.equal(jsonlRecordToArticle(line({ text: 'x', published: 'last Tuesday' }), 'o').meta.published, undefined);
});
