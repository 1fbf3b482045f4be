import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../index.ts';
import { makeAnalysis, sampleCorpus, LAVROV } from '../testing.ts';
import { foldName, speakerKeys } from './speaker-keys.ts';

function corpusStore() {
  const store = openStore(':memory:');
  const corpus = sampleCorpus();
  store.putMany(corpus);
  return { store, corpus };
}

test('a speaker is found by full name, surname, any case, actor id, title or the source as written', () => {
  const { store, corpus } = corpusStore();
  const lavrovQuotes = ['a0', 'a1'].map((id) => `${corpus[0].id}/${id}`);
  for (const asked of ['Sergey Lavrov', 'Lavrov', 'LAVROV', 'sergey-lavrov', 'Foreign Minister']) {
    assert.deepEqual(store.quotes({ speaker: asked }).map((q) => `${q.docId}/${q.attributionId}`), lavrovQuotes, asked);
  }
  assert.deepEqual(store.quotes({ speaker: 'the envoy' }), []);
  assert.deepEqual(store.quotes({ speaker: 'Lav' }), []); // words, not substrings
  assert.deepEqual(store.quotes({ speaker: 'Erdogan' }).map((q) => q.speaker), ['Recep Tayyip Erdoğan']);
  assert.deepEqual(store.quotes({ speaker: 'state media' }).map((q) => [q.type, q.speaker, q.source]), [['according-to', null, 'state media']]);
  assert.deepEqual(store.quotes({ speaker: 'official' }).map((q) => q.content), ['a warning, not a threat.']);
  store.close();
});

test('a quote row is complete and its offsets point at the content', () => {
  const { store, corpus } = corpusStore();
  const [row] = store.quotes({ speaker: 'Blinken', until: '2026-03-10' });
  assert.deepEqual(row, {
    docId: corpus[1].id, attributionId: 'a0', type: 'indirect', speaker: 'Antony Blinken', entity: 'e0',
    actorId: 'antony-blinken', actorName: 'Antony Blinken', cue: 'warned that', content: 'Washington would answer any escalation',
    source: 'Antony Blinken', start: row.start, end: row.end,
    published: '2026-03-10T15:00:00-05:00', title: 'Blinken warns of response', outlet: 'Reuters',
  });
  assert.equal(corpus[1].text.slice(row.start, row.end), row.content);
  const [split] = store.quotes({ speaker: 'Lavrov' }).filter((q) => q.attributionId === 'a1');
  assert.equal(split.content, 'We will not … give in.');
  assert.equal(corpus[0].text.slice(split.start, split.end), 'We will not, under any pressure, give in.');
  store.close();
});

test('quotes are newest first, in text order within an article, and filter by date and document', () => {
  const { store, corpus } = corpusStore();
  const all = store.quotes();
  assert.deepEqual(all.map((q) => `${q.outlet}:${q.attributionId}`), [
    'TASS:a0', 'TASS:a1', 'Reuters:a0', 'Reuters:a1', 'Anadolu:a0', 'Anadolu:a1', 'Reuters:a0',
  ]);
  assert.deepEqual(store.quotes({ since: '2026-03-01', until: '2026-03-12' }).map((q) => q.outlet), ['Reuters', 'Reuters']);
  assert.deepEqual(store.quotes({ speaker: 'Lavrov', since: '2026-03-15' }), []);
  assert.deepEqual(store.quotes({ docId: corpus[2].id }).map((q) => q.attributionId), ['a0', 'a1']);
  assert.equal(store.quotes({ limit: 3 }).length, 3);
  store.close();
});

test('speakers() groups by actor, else by folded name, and counts documents', () => {
  const store = openStore(':memory:');
  store.putMany(sampleCorpus());
  // Two more articles: Lavrov again, and an unresolved "Ursula von der Leyen" spelled with two casings.
  store.put(makeAnalysis({ text: 'Lavrov said "no comment".', quotes: [{ cue: 'said', content: 'no comment', source: 'Lavrov', speaker: 'Sergey Lavrov', actor: LAVROV }] }));
  store.put(makeAnalysis({
    text: 'Ursula von der Leyen said "we stand firm". Later VON DER LEYEN said "firm and united".',
    quotes: [
      { cue: 'said', content: 'we stand firm', source: 'Ursula von der Leyen' },
      { cue: 'said', content: 'firm and united', source: 'VON DER LEYEN', speaker: 'Ursula Von Der Leyen' },
    ],
  }));
  const speakers = store.speakers();
  assert.deepEqual(speakers.slice(0, 3), [
    { name: 'Sergey Lavrov', actorId: 'sergey-lavrov', count: 3, documents: 2 },
    { name: 'Antony Blinken', actorId: 'antony-blinken', count: 2, documents: 1 },
    { name: speakers[2].name, actorId: null, count: 2, documents: 1 },
  ]);
  assert.equal(foldName(speakers[2].name), 'ursula von der leyen');
  // Unresolved sources ("state media", "an official") are not speakers.
  assert.equal(speakers.length, 4);
  assert.equal(store.speakers({ limit: 1 }).length, 1);
  store.close();
});

test('actors() counts mentions and documents per actor', () => {
  const { store } = corpusStore();
  assert.deepEqual(store.actors(), [
    { actorId: 'RUS', name: 'Russia', country: 'RUS', sector: null, mentions: 2, documents: 2 },
    { actorId: 'sergey-lavrov', name: 'Sergey Lavrov', country: 'RUS', sector: 'GOV', mentions: 2, documents: 2 },
    { actorId: 'antony-blinken', name: 'Antony Blinken', country: 'USA', sector: 'GOV', mentions: 1, documents: 1 },
  ]);
  assert.equal(store.actors({ limit: 1 }).length, 1);
  store.close();
});

test('speaker keys fold accents, case and punctuation', () => {
  assert.equal(foldName('  Recep  Tayyip ERDOĞAN '), 'recep tayyip erdogan');
  assert.equal(foldName("Lavrov's"), 'lavrov');
  assert.equal(foldName('U.S. State Department'), 'u s state department');
  assert.deepEqual(speakerKeys(['Sergey Lavrov', null, 'he']).sort(), ['he', 'lavrov', 'sergey', 'sergey lavrov']);
});

test('every speaker a joint statement lists finds it, not only the first', () => {
  const store = openStore(':memory:');
  const joint = makeAnalysis({
    text: 'The two mediators said the truce would hold.',
    quotes: [{ cue: 'said', content: 'the truce would hold', source: 'The two mediators', speaker: 'Egypt', type: 'indirect' }],
  });
  const qatar = { name: 'Qatar', entity: 'e9', actor: { id: 'QAT', name: 'Qatar', country: 'QAT' } };
  store.put({ ...joint, attributions: joint.attributions.map((a) => ({ ...a, coSpeakers: [qatar] })) });
  for (const asked of ['Egypt', 'Qatar', 'QAT']) assert.equal(store.quotes({ speaker: asked }).length, 1, asked);
  assert.equal(store.quotes({ speaker: 'Oman' }).length, 0);
  store.close();
});
