import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { coreNlpMentions } from './corenlp.ts';
import { compromiseNames } from './compromise.ts';
import { evaluateMentions } from './evaluate.ts';

const token = (id: number, begin: number, end: number, ner: string) =>
  `<token id="${id}"><word>w</word><CharacterOffsetBegin>${begin}</CharacterOffsetBegin><CharacterOffsetEnd>${end}</CharacterOffsetEnd><POS>NNP</POS><NER>${ner}</NER></token>`;

test('CoreNLP tokens with one label in a row form one mention, per sentence, with mapped types', () => {
  // "Anna Weber met Karl Brandt in Oslo ." then "Germans left ."
  const xml = `<sentences><sentence id="1"><tokens>${[
    token(1, 0, 4, 'PERSON'), token(2, 5, 10, 'PERSON'), token(3, 11, 14, 'O'), token(4, 15, 19, 'PERSON'),
    token(5, 20, 26, 'PERSON'), token(6, 27, 29, 'O'), token(7, 30, 34, 'LOCATION'), token(8, 34, 35, 'O'),
  ].join('')}</tokens></sentence><sentence id="2"><tokens>${[token(1, 36, 43, 'MISC'), token(2, 44, 48, 'O')].join('')}</tokens></sentence></sentences>`;
  assert.deepEqual(coreNlpMentions(xml), [
    { type: 'PERSON', start: 0, end: 10 },
    { type: 'PERSON', start: 15, end: 26 },
    { type: 'GPE', start: 30, end: 34 },
    { type: 'NORP', start: 36, end: 43 },
  ]);
});

test('compromise peer spans are trimmed of possessives and punctuation', () => {
  const text = "Yesterday Angela Merkel met officials of Microsoft in Paris's old town.";
  for (const m of compromiseNames(text)) {
    const s = text.slice(m.start, m.end);
    assert.ok(!/['.,]$/.test(s) && s === s.trim(), JSON.stringify(s));
  }
});

const POLNEAR = join(import.meta.dirname, '../../../../shared/data/polnear');

test('PolNeAR dev: Parley beats compromise on CoreNLP silver names', { skip: existsSync(join(POLNEAR, 'dev', 'corenlp')) ? false : `no PolNeAR data at ${POLNEAR}` }, async () => {
  const r = await evaluateMentions({ polnearDir: POLNEAR, split: 'dev', limit: 5 });
  assert.ok(r.polnear!.documents === 5);
  assert.ok(r.polnear!.parley.micro.f1 > r.polnear!.compromise.micro.f1, `${r.polnear!.parley.micro.f1} vs ${r.polnear!.compromise.micro.f1}`);
});
