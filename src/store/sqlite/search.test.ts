import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../index.ts';
import { SNIPPET_MARKS, type SearchHit, type Store } from '../store.ts';
import { makeAnalysis, sampleCorpus } from '../testing.ts';
import { firstMark, toDocumentOffsets } from './search.ts';

function withCorpus(): { store: Store; textOf: (hit: SearchHit) => string } {
  const store = openStore(':memory:');
  const corpus = sampleCorpus();
  store.putMany(corpus);
  const texts = new Map(corpus.map((a) => [a.id, a.text]));
  return { store, textOf: (hit) => texts.get(hit.docId)!.slice(hit.start!, hit.end!) };
}

test('article hits carry a marked snippet and the offsets of the match in the text', () => {
  const { store, textOf } = withCorpus();
  const [hit, ...rest] = store.search('sanction', { scope: 'articles' }); // stemmed: finds "sanctions"
  assert.equal(rest.length, 0);
  assert.equal(hit.kind, 'article');
  assert.equal(hit.title, 'Lavrov says sanctions failed');
  assert.equal(textOf(hit), 'sanctions');
  assert.ok(hit.snippet.includes(`${SNIPPET_MARKS.open}sanctions${SNIPPET_MARKS.close}`), hit.snippet);
  store.close();
});

test('accents fold both ways and offsets stay on the original spelling', () => {
  const { store, textOf } = withCorpus();
  const hits = store.search('Erdogan', { scope: 'articles' });
  assert.equal(hits.length, 1);
  assert.equal(textOf(hits[0]), 'Erdoğan');
  assert.equal(store.search('turkiye', { scope: 'quotes' })[0].attributionId, 'a0');
  store.close();
});

test('a phrase must match in order; several words must all match', () => {
  const { store } = withCorpus();
  assert.equal(store.search('"host talks"', { scope: 'articles' }).length, 1);
  assert.equal(store.search('"talks host"', { scope: 'articles' }).length, 0);
  assert.equal(store.search('Lavrov Blinken', { scope: 'articles' }).length, 0);
  assert.equal(store.search('Lavrov warning', { scope: 'articles' }).length, 1);
  store.close();
});

test('quote hits point into the document, across the pieces of a split quote', () => {
  const { store, textOf } = withCorpus();
  const hits = store.search('give', { scope: 'quotes' });
  assert.equal(hits.length, 1);
  assert.deepEqual([hits[0].kind, hits[0].attributionId], ['quote', 'a1']);
  assert.equal(textOf(hits[0]), 'give'); // in the second span, after " … " in the joined column
  store.close();
});

test('a match on the speaker only points at the source as written; a title-only match has no offsets', () => {
  const { store, textOf } = withCorpus();
  const speakerHits = store.search('Blinken', { scope: 'quotes' });
  assert.deepEqual(speakerHits.map((h) => textOf(h)).sort(), ['Antony Blinken', 'he']);
  const [titleHit] = store.search('clarifies', { scope: 'articles' });
  assert.equal(titleHit.title, 'Moscow clarifies warning');
  assert.equal(titleHit.start, null);
  assert.equal(titleHit.end, null);
  store.close();
});

test('scope all merges both kinds by score and keeps the limit', () => {
  const { store } = withCorpus();
  const all = store.search('warning');
  assert.deepEqual(new Set(all.map((h) => h.kind)), new Set(['article', 'quote']));
  assert.deepEqual(all.map((h) => h.score), [...all.map((h) => h.score)].sort((x, y) => x - y));
  assert.equal(store.search('warning', { limit: 1 }).length, 1);
  assert.ok(store.search('said', { scope: 'articles' }).every((h) => h.kind === 'article'));
  store.close();
});

test('offsets count UTF-16 units, as JavaScript does, past astral characters', () => {
  const store = openStore(':memory:');
  const text = 'Crowds 🇺🇦🇺🇦 cheered as the envoy 🙂 said "peace is close" in Geneva.';
  const a = makeAnalysis({ text, quotes: [{ cue: 'said', content: 'peace is close', source: 'the envoy' }] });
  store.put(a);
  const [article] = store.search('Geneva peace', { scope: 'articles' });
  assert.equal(text.slice(article.start!, article.end!), 'peace'); // the first match in text order
  const [quote] = store.search('close', { scope: 'quotes' });
  assert.equal(text.slice(quote.start!, quote.end!), 'close');
  assert.equal(store.documents()[0].length, text.length);
  store.close();
});

test('the limit bounds the hits of a common word', () => {
  const store = openStore(':memory:');
  for (let i = 0; i < 30; i++) store.put(makeAnalysis({ text: `Bulletin ${i}: the parliament met again today.` }));
  assert.equal(store.search('parliament', { limit: 7, scope: 'articles' }).length, 7);
  assert.equal(store.search('parliament', { scope: 'articles' }).length, 30);
  store.close();
});

test('toDocumentOffsets maps joined positions back span by span', () => {
  const spans: Array<[number, number]> = [[10, 15], [30, 40]];
  assert.deepEqual(toDocumentOffsets({ start: 1, end: 4 }, spans), { start: 11, end: 14 });
  assert.deepEqual(toDocumentOffsets({ start: 8, end: 12 }, spans), { start: 30, end: 34 }); // 5 + " … ".length = 8
  assert.equal(toDocumentOffsets({ start: 5, end: 7 }, spans), null); // inside the joiner
});

test('firstMark reads the first highlighted match, and refuses a prefix it cannot read unambiguously', () => {
  assert.deepEqual(firstMark('ab \u0001cd\u0002'), { start: 3, end: 5 });
  assert.equal(firstMark(null), null);
  assert.equal(firstMark('no match here'), null);
  assert.equal(firstMark('a \u0001 stray mark \u0001cd\u0002'), null); // the text itself held a mark character
  assert.equal(firstMark('a \u0002 b \u0001cd\u0002'), null);
});

test('a text that holds the mark characters still searches, without offsets', () => {
  const store = openStore(':memory:');
  const text = 'Odd \u0001 control \u0002 characters before the word ceasefire.';
  store.put(makeAnalysis({ text }));
  const [hit] = store.search('ceasefire');
  assert.equal(hit.kind, 'article');
  assert.equal(hit.start, null);
  store.close();
});
