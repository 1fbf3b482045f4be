import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineClaim } from './headline.ts';
import { contextOf, tokenText } from './testing.ts';

/** [source, cue, content] of the headline claim of `text`, or null. */
function claim(text: string): string[] | null {
  const ctx = contextOf(text);
  const c = headlineClaim(ctx);
  return c && [tokenText(ctx, c.source!), tokenText(ctx, c.cue), tokenText(ctx, c.contents[0])];
}

test('a title "Label: claim" attributes the claim to the label, less its final full stop', () => {
  assert.deepEqual(claim('Okafor: Talks with the rebels will resume in May.\n\nABUJA - The minister spoke on Monday.'), ['Okafor', ':', 'Talks with the rebels will resume in May']);
  assert.deepEqual(claim('Poll: Voters back the new border deal\n\nA survey published on Friday found support.'), ['Poll', ':', 'Voters back the new border deal']);
  assert.deepEqual(claim('Ana Ruiz: ‘We Will Not Sign This Deal.’\n\nThe mayor spoke.'), ['Ana Ruiz', ':', '‘We Will Not Sign This Deal.’']);
});

test('column names, item labels, body paragraphs and longer titles are no claims', () => {
  assert.equal(claim('The Latest: Talks resume in Geneva today\n\nThe envoys met.'), null);
  assert.equal(claim('Update: The vote was moved to Friday\n\nThe council met.'), null);
  assert.equal(claim('Talks resume in Geneva.\n\nOkafor: The rebels will come back to the table.'), null);
  assert.equal(claim('Okafor: Talks will resume. The rebels agreed.\n\nThe minister spoke.'), null);
  assert.equal(claim('Okafor: Talks will resume in May.'), null);
});
