import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withHeadlineClaim, type TokenAttribution } from './extract.ts';
import { headlineClaim } from './headline.ts';
import { contextOf, segmentOf, tokenText } from './testing.ts';

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

test('a colon cue the tagger found after an item label is dropped; one after a name is kept', () => {
  const ctx = contextOf('The clip ran on Monday. (WARNING: Video contains graphic images.) Okafor: The rebels will talk.');
  const colonAfter = (label: string): TokenAttribution => {
    const source = segmentOf(ctx, label, 'SRC');
    return { cue: { role: 'CUE', first: source.last + 1, last: source.last + 1 }, source, contents: [{ role: 'CON', first: source.last + 2, last: source.last + 4 }], confidence: 0.5 };
  };
  const kept = withHeadlineClaim(ctx, [colonAfter('WARNING'), colonAfter('Okafor')]);
  assert.deepEqual(kept.map((a) => tokenText(ctx, a.source!)), ['Okafor']);
});
