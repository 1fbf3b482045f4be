import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFeed } from './feed.ts';
import { ParleyError } from '../../errors/catalogue.ts';
import type { Outcome, RawArticle } from '../types.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const articles = (outcomes: Outcome[]): RawArticle[] => outcomes.map((o) => (o.ok ? o.article : assert.fail(`${o.origin}: ${o.error.message}`)));
const code = (c: string) => (e: unknown) => e instanceof ParleyError && e.code === c;
const rss = (items: string, channel = '<title>Wire</title>') => `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${channel}${items}</channel></rss>`;

test('RSS 2.0: each item is an article; content:encoded beats the description; CDATA and escaped HTML both work', () => {
  const [first, second] = articles(readFeed(fixture('rss2.xml'), 'feeds/rss2.xml', 100));
  assert.equal(first.text, 'Dock workers at the northern port voted to strike from next week, the union said on Tuesday.\n\nThe port authority said it “regrets” the decision and remains open to talks.');
  assert.deepEqual(first.meta, {
    title: 'Port workers vote to strike',
    url: 'https://courier.example.org/news/port-strike',
    outlet: 'Northern Courier & Gazette',
    published: '2024-03-06T00:30:00+01:00',
    byline: 'Hal Brenner',
    origin: 'feeds/rss2.xml#1',
  });
  assert.equal(second.text, 'The city council approved the green belt plan by 31 votes to 12.\n\nOpposition councillors said they would appeal.');
  assert.equal(second.meta.title, 'Council approves ‘green belt’ plan');
  assert.equal(second.meta.byline, 'Ana Lobo');
  assert.equal(second.meta.origin, 'feeds/rss2.xml#2');
});

test('Atom: alternate link (not edit), xhtml content, summary fallback, published before updated', () => {
  const [first, second] = articles(readFeed(fixture('atom.xml'), 'a.xml', 100));
  assert.equal(first.meta.url, 'https://briefing.example.com/minister-resigns');
  assert.equal(first.text, 'The transport minister resigned on Monday, hours after auditors published a report on overspending.\n\nHe denied wrongdoing & said he would cooperate.');
  assert.equal(first.meta.published, '2024-04-01T18:45:00+03:00');
  assert.equal(first.meta.byline, 'Sami Koru');
  assert.equal(first.meta.outlet, 'Capital Briefing');
  assert.equal(second.meta.url, 'https://briefing.example.com/early-election');
  assert.match(second.text, /^The main opposition party demanded an early election/);
  assert.equal(second.meta.published, '2024-04-02T08:00:00Z');
  assert.equal(second.meta.byline, undefined);
});

test('RSS 1.0 (RDF): items beside the channel, dc:date, dc:creator, rdf:about as the link', () => {
  const [only] = articles(readFeed(fixture('rss1.rdf'), 'r.rdf', 100));
  assert.equal(only.meta.outlet, 'Island Dispatch');
  assert.equal(only.meta.published, '2024-01-09');
  assert.equal(only.meta.byline, 'Ola Strand');
  assert.equal(only.meta.url, 'https://islands.example.org/ferry-subsidy');
});

test('short items keep their text (no minimum length) and plain-text descriptions are taken as they are', () => {
  const [a, b] = articles(readFeed(rss('<item><description>Vote delayed.</description></item><item><description>Q&amp;A: what &lt;b&gt;now&lt;/b&gt;?</description></item>'), 'f', 10));
  assert.equal(a.text, 'Vote delayed.');
  assert.equal(b.text, 'Q&A: what now?');
});

test('an item without text fails alone; the others come through', () => {
  const out = readFeed(rss('<item><title>A</title><description>Text A.</description></item><item><title>Empty</title><description/></item><item><title>C</title><description>Text C.</description></item>'), 'f.xml', 10);
  assert.deepEqual(out.map((o) => o.ok), [true, false, true]);
  const bad = out[1];
  assert.ok(!bad.ok && bad.origin === 'f.xml#2' && bad.error.code === 'INPUT_EMPTY');
});

test('items past maxFeedItems are not read, and that is reported once', () => {
  const items = Array.from({ length: 5 }, (_, i) => `<item><description>Item ${i}.</description></item>`).join('');
  const out = readFeed(rss(items), 'f.xml', 3);
  assert.equal(out.filter((o) => o.ok).length, 3);
  const last = out[out.length - 1];
  assert.ok(!last.ok && last.error.code === 'INPUT_TOO_LARGE' && last.origin === 'f.xml');
});

test('an RSS author that is only an e-mail address defers to dc:creator', () => {
  const [a] = articles(readFeed(rss('<item><author>desk@example.org</author><dc:creator>Noor Haddad</dc:creator><description>x</description></item>'), 'f', 5));
  assert.equal(a.meta.byline, 'Noor Haddad');
});

test('malformed XML is INPUT_MALFORMED; a feed without items is INPUT_EMPTY; other XML is INPUT_UNSUPPORTED', () => {
  assert.throws(() => readFeed('<rss><channel><item><title>x</channel></rss>', 'f', 5), code('INPUT_MALFORMED'));
  assert.throws(() => readFeed('<feed><entry>', 'f', 5), code('INPUT_MALFORMED'));
  assert.throws(() => readFeed(rss(''), 'f', 5), code('INPUT_EMPTY'));
  assert.throws(() => readFeed('<?xml version="1.0"?><urlset><url><loc>https://e.org</loc></url></urlset>', 'f', 5), code('INPUT_UNSUPPORTED'));
});
