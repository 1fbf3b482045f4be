import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleAttributions } from './rules.ts';
import { contextOf, tokenText } from './testing.ts';

function rules(text: string) {
  const ctx = contextOf(text);
  return ruleAttributions(ctx).map((r) => ({
    cue: tokenText(ctx, r.cue),
    source: r.source ? tokenText(ctx, r.source) : null,
    contents: r.contents.map((c) => tokenText(ctx, c)),
  }));
}

test('a quotation followed by source and cue, or by an inverted cue and source', () => {
  assert.deepEqual(rules('“The border stays closed,” the minister said.'), [{ cue: 'said', source: 'the minister', contents: ['“The border stays closed,”'] }]);
  assert.deepEqual(rules('"We expect a reply by Friday," said Ambassador Maria Keller.'), [{ cue: 'said', source: 'Ambassador Maria Keller', contents: ['"We expect a reply by Friday,"'] }]);
  assert.deepEqual(rules('“No talks without a ceasefire,” she told reporters.')[0].source, 'she');
});

test('a quotation split around its cue gives one attribution with two content spans', () => {
  const [a] = rules('“The offer is serious,” he said, “and it will not be repeated.”');
  assert.equal(a.cue, 'said');
  assert.equal(a.source, 'he');
  assert.deepEqual(a.contents, ['“The offer is serious,”', '“and it will not be repeated.”']);
});

test('a cue before the quotation, with a colon or a comma', () => {
  assert.deepEqual(rules('The governor said: “Schools reopen on Monday.”'), [{ cue: 'said', source: 'The governor', contents: ['“Schools reopen on Monday.”'] }]);
  assert.equal(rules('Okafor warned, "The dam could fail."')[0].source, 'Okafor');
});

test('a colon quote without quotation marks', () => {
  const [a] = rules('The ministry said in a statement: the talks will resume next week.');
  assert.equal(a.source, 'The ministry');
  assert.deepEqual(a.contents, ['the talks will resume next week']);
});

test('a multi-paragraph quotation joins the continued paragraphs to the content', () => {
  const [a] = rules('The senator said: “We will vote against it.\n\n“We will keep voting against it.”\n\nThe vote is on Tuesday.');
  assert.deepEqual(a.contents, ['“We will vote against it.', '“We will keep voting against it.”']);
});

test('a scare quote in the narrator’s voice is not an attribution', () => {
  assert.deepEqual(rules('The so-called “peace plan” stalled in the Senate.'), []);
  assert.deepEqual(rules('Critics of the "reform" gathered outside.'), []);
});

test('a quotation signed with a dash and a name that ends its line', () => {
  assert.deepEqual(rules('“The rents doubled in a year.” ― Marta Lind\n“Nobody listens to us.” — Ivo Petrak.'), [
    { cue: '―', source: 'Marta Lind', contents: ['“The rents doubled in a year.”'] },
    { cue: '—', source: 'Ivo Petrak', contents: ['“Nobody listens to us.”'] },
  ]);
  // the signature's name stops at its line, whatever the next line opens with
  assert.deepEqual(rules('“The rents doubled in a year.” ― Marta Lind\n\nThe council met on Monday.')[0]?.source, 'Marta Lind');
  // a dash that opens an aside after a quotation is no signature
  const aside = rules('The plan looked like “a fair deal” ― Warsaw Pact veterans of the talks remembered the mood.');
  assert.ok(!aside.some((a) => a.cue === '―'), JSON.stringify(aside));
});

test('a signed line whose opening mark faces the wrong way is read from the line start to its closing mark', () => {
  const signed = rules('Readers wrote in.\n”The rents doubled. Nobody listens to us.” ― Marta Lind\n“We will stay.” ― Ivo Petrak');
  assert.deepEqual(signed.find((a) => a.source === 'Marta Lind'), { cue: '―', source: 'Marta Lind', contents: ['”The rents doubled. Nobody listens to us.”'] });
  assert.equal(signed.filter((a) => a.source === 'Ivo Petrak').length, 1, 'a line the quote finder paired is found once');
});
