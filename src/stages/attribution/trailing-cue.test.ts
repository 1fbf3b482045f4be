import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Segment } from './tags.ts';
import { contextOf, tokenText } from './testing.ts';
import { trailingCueContent } from './trailing-cue.ts';

/** The content the rule gives a cue phrase and a source phrase (or none) in `text`. */
function content(text: string, cuePhrase: string, source: string | null): string | null {
  const ctx = contextOf(text);
  const span = (phrase: string, role: Segment['role']): Segment => {
    const words = phrase.split(' ');
    const first = ctx.tokens.words.findIndex((w, i) => words.every((x, k) => ctx.tokens.words[i + k] === x));
    return { role, first, last: first + words.length - 1 };
  };
  const found = trailingCueContent(ctx, span(cuePhrase, 'CUE'), source ? span(source, 'SRC') : null);
  return found && tokenText(ctx, found);
}

test('a report that closes its sentence after a comma takes the clause before the comma', () => {
  assert.equal(content('The meeting went badly from there, said one source in the room.', 'said', 'one source in the room'), 'The meeting went badly from there');
  assert.equal(content('The ministry will publish the records soon, a spokesman announced Monday morning.', 'announced', 'a spokesman'), 'The ministry will publish the records soon');
  assert.equal(content('Exports fell by a third last year, according to the customs office.', 'according to', 'the customs office'), 'Exports fell by a third last year');
  assert.equal(content('NAIROBI, March 3 - Troops left the border town, the army said.', 'said', 'the army'), 'Troops left the border town');
});

test('a report followed by more of the sentence, a quotation or no comma is left to the tagger', () => {
  assert.equal(content('The plan will fail, he said, because the money is gone.', 'said', 'he'), null);
  assert.equal(content('The plan will fail, he said after the vote was held.', 'said', 'he'), null);
  assert.equal(content('“The plan will fail for sure,” he said.', 'said', 'he'), null);
  assert.equal(content('The ministry said the plan will fail.', 'said', 'The ministry'), null);
});
