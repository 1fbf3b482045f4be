import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentFromShape } from './shape-content.ts';
import { contextOf, segmentOf, tokenText } from './testing.ts';

/** The content pieces the sentence's shape gives a cue phrase and a source phrase (or none) in `text`. */
function content(text: string, cuePhrase: string, source: string | null): string[] {
  const ctx = contextOf(text);
  return contentFromShape(ctx, segmentOf(ctx, cuePhrase, 'CUE'), source ? segmentOf(ctx, source, 'SRC') : null).map((s) => tokenText(ctx, s));
}

test('a report that closes its sentence after a comma takes the clause before the comma', () => {
  assert.deepEqual(content('The meeting went badly from there, said one source in the room.', 'said', 'one source in the room'), ['The meeting went badly from there']);
  assert.deepEqual(content('The ministry will publish the records soon, a spokesman announced Monday morning.', 'announced', 'a spokesman'), ['The ministry will publish the records soon']);
  assert.deepEqual(content('Exports fell by a third last year, according to the customs office.', 'according to', 'the customs office'), ['Exports fell by a third last year']);
  assert.deepEqual(content('NAIROBI, March 3 - Troops left the border town, the army said.', 'said', 'the army'), ['Troops left the border town']);
  assert.deepEqual(content('The talks collapsed, an official told the agency on condition of anonymity.', 'told', 'an official'), ['The talks collapsed']);
});

test('a report set off by commas inside its sentence takes the pieces on both sides', () => {
  assert.deepEqual(content('The port was a giant, Mr. Okafor said, until the war closed it in 1999.', 'said', 'Mr. Okafor'), ['The port was a giant', 'until the war closed it in 1999']);
  assert.deepEqual(content('The plan will fail, he said, because the money is gone.', 'said', 'he'), ['The plan will fail', 'because the money is gone']);
});

test('a cue right before "that" takes the that-clause', () => {
  assert.deepEqual(content('The director responded that the figures had been checked twice.', 'responded', 'The director'), ['that the figures had been checked twice']);
});

test('other shapes and quotations are left to the tagger', () => {
  assert.deepEqual(content('The plan will fail, he said after the vote was held.', 'said', 'he'), []);
  assert.deepEqual(content('“The plan will fail for sure,” he said.', 'said', 'he'), []);
  assert.deepEqual(content('The ministry said the plan will fail.', 'said', 'The ministry'), []);
  assert.deepEqual(content('The ministry, he said, “will not pay”, and left.', 'said', 'he'), []);
});
