import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractHtml, htmlFragmentText, withoutHeadlineAndByline } from './extract.ts';
import { ParleyError } from '../../errors/catalogue.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const BODY = '<article><p>The assembly passed the bill by a narrow margin after a night of debate in the chamber.</p><p>Critics vowed to challenge it in court.</p></article>';

test('the article body wins over nav, sidebar, footer and scripts', () => {
  const { text } = extractHtml(fixture('page-with-noise.html'), 'p.html');
  const paragraphs = text.split('\n\n');
  assert.equal(paragraphs.length, 4);
  assert.match(paragraphs[0], /^Negotiators from the three parties/);
  for (const noise of ['Home', 'Most read', 'Subscribe', 'All rights reserved', 'Privacy', 'analytics', 'color: red']) {
    assert.ok(!text.includes(noise), `"${noise}" leaked into the text`);
  }
});

test('page metadata: og:title, og:site_name, og:url, meta author, article:published_time', () => {
  const { meta } = extractHtml(fixture('page-with-noise.html'), 'pages/p.html');
  assert.equal(meta.title, 'Coalition talks stall over budget');
  assert.equal(meta.outlet, 'The Harbour Ledger');
  assert.equal(meta.url, 'https://ledger.example.org/politics/coalition-talks-stall');
  assert.equal(meta.byline, 'Marta Quell');
  assert.equal(meta.published, '2023-11-14T08:05:00+01:00'); // the explicit meta, not JSON-LD's 2023-11-13T22:00Z
  assert.equal(meta.origin, 'pages/p.html');
});

test('JSON-LD inside @graph: datePublished beats a generic "date" meta; authors and publisher are read', () => {
  const { meta, text } = extractHtml(fixture('page-json-ld-graph.html'), 'g.html');
  assert.equal(meta.published, '2024-02-18T16:30:00-05:00');
  assert.equal(meta.byline, 'Dario Fenn, Lucy Amadi');
  assert.equal(meta.outlet, 'Valley Post');
  assert.equal(meta.url, 'https://valleypost.example.com/2024/02/water-rights-vote');
  assert.ok(!text.includes('cookies'));
});

test('publication date sources in order of trust', () => {
  const ld = (date: string) => `<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"${date}"}]</script>`;
  const cases: Array<[string, string, string]> = [
    ['<meta itemprop="datePublished" content="2020-05-01">' + ld('2020-06-01'), BODY, '2020-05-01'],
    ['<meta name="parsely-pub-date" content="2021-01-02T03:04:05Z">', BODY, '2021-01-02T03:04:05Z'],
    ['<meta name="dc.date" content="2019-09-09">' + ld('2019-08-08T10:00:00Z'), BODY, '2019-08-08T10:00:00Z'],
    ['<meta name="pubdate" content="not a date">', BODY.replace('<article>', '<article><time datetime="2018-03-04">4 March</time>'), '2018-03-04'],
  ];
  for (const [head, body, expected] of cases) assert.equal(extractHtml(page(head, body), 'x').meta.published, expected, head);
  assert.equal(extractHtml(page('', BODY), 'x').meta.published, undefined);
});

test('title: og:title, then <title>, then JSON-LD headline; a profile-URL author is no byline', () => {
  const withOg = extractHtml(page('<meta property="og:title" content="OG headline"><title>Tab title | Site</title>', BODY), 'x');
  assert.equal(withOg.meta.title, 'OG headline');
  assert.equal(extractHtml(page('<title>Tab title</title>', BODY), 'x').meta.title, 'Tab title');
  const ld = '<script type="application/ld+json">{"@type":"Article","headline":"LD headline","author":{"name":"R. Osei"}}</script>';
  const fromLd = extractHtml(page(ld + '<meta property="article:author" content="https://example.org/staff/osei">', BODY), 'x');
  assert.equal(fromLd.meta.title, 'LD headline');
  assert.equal(fromLd.meta.byline, 'R. Osei');
});

test('a malformed JSON-LD block is skipped, not fatal', () => {
  const head = '<script type="application/ld+json">{"@type": "NewsArticle", oops</script><link rel="canonical" href="https://e.org/a">';
  const { meta } = extractHtml(page(head, BODY), 'x');
  assert.equal(meta.url, 'https://e.org/a');
  assert.equal(meta.published, undefined);
});

test('a leading headline and byline line are dropped from the text, ordinary openings are not', () => {
  assert.deepEqual(withoutHeadlineAndByline(['Strike ends', 'By Lena Park', 'Workers returned.'], ['Strike ends'], undefined), ['Workers returned.']);
  assert.deepEqual(withoutHeadlineAndByline(['BY TOMAS REYES, Political Editor', 'Body.'], [], undefined), ['Body.']);
  assert.deepEqual(withoutHeadlineAndByline(['Lena Park', 'Body.'], [], 'Lena Park'), ['Body.']);
  assert.deepEqual(withoutHeadlineAndByline(['By noon, crowds had gathered.', 'More.'], [], undefined), ['By noon, crowds had gathered.', 'More.']);
  assert.deepEqual(withoutHeadlineAndByline(['By Tuesday, the Senate had approved the bill.'], [], undefined), ['By Tuesday, the Senate had approved the bill.']);
  // The last paragraph is kept even if it looks like a headline: the body is never emptied.
  assert.deepEqual(withoutHeadlineAndByline(['Strike ends'], ['Strike ends'], undefined), ['Strike ends']);
});

test('short pages and fragments still give their paragraphs', () => {
  assert.equal(extractHtml('<p>Polls close at eight.</p><p>Turnout was high.</p>', 'x').text, 'Polls close at eight.\n\nTurnout was high.');
  assert.equal(extractHtml(page('', '<div><p>One line only.</p></div>'), 'x').text, 'One line only.');
});

test('a page without prose is INPUT_EMPTY', () => {
  for (const html of [page('<title>Only a title</title>', ''), page('', '<script>var x = 1;</script>'), page('', '   ')]) {
    assert.throws(() => extractHtml(html, 'x'), (e: unknown) => e instanceof ParleyError && e.code === 'INPUT_EMPTY', html);
  }
});

test('fragments convert without readability heuristics', () => {
  assert.equal(htmlFragmentText('<p>Yes.</p><p>No.</p>'), 'Yes.\n\nNo.');
  assert.equal(htmlFragmentText(''), '');
});

test('pull quotes in <aside> and <nav> menus are removed even when readability keeps the whole body', () => {
  const html = page('', '<nav>Home World Sport</nav><p>"We will not back down," the union leader said on Sunday.</p><aside class="pull-quote">"We will not back down"</aside><p>Talks resume Monday.</p>');
  assert.equal(extractHtml(html, 'x').text, '"We will not back down," the union leader said on Sunday.\n\nTalks resume Monday.');
});
