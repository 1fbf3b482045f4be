import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insetLeadContent } from './inset-content.ts';
import type { Segment } from './tags.ts';
import { contextOf, tokenText } from './testing.ts';

/** The contents after the rule, for a cue word, a source phrase and the content the tagger found after the inset. */
function lead(text: string, cueWord: string, source: string, after: string): string[] {
  const ctx = contextOf(text);
  const words = ctx.tokens.words;
  const at = (w: string) => words.indexOf(w);
  const c = at(cueWord);
  const cue: Segment = { role: 'CUE', first: c, last: c };
  const src = source.split(' ');
  const s: Segment = { role: 'SRC', first: at(src[0]), last: at(src.at(-1)!) };
  const con: Segment = { role: 'CON', first: at(after), last: words.length - 1 };
  return insetLeadContent(ctx, cue, s, [con], [cue]).map((x) => tokenText(ctx, x));
}

test('the words before a cue set off by commas join its content', () => {
  assert.deepEqual(lead('Acts of protest, Mr. Obama said, are acts of patriotism.', 'said', 'Mr. Obama', 'are'), ['Acts of protest', 'are acts of patriotism.']);
});

test('the interrupted clause starts after ", but", and a sentence-initial "But" stays out', () => {
  assert.deepEqual(lead('China resisted, but the smog got so bad, Mr. Obama noted, that it gave in.', 'noted', 'Mr. Obama', 'that'), ['the smog got so bad', 'that it gave in.']);
  assert.deepEqual(lead('But the weapons, he added, are like bombs.', 'added', 'he', 'are'), ['the weapons', 'are like bombs.']);
});

test('a cue that introduces a quotation, or one without a comma after it, is left alone', () => {
  assert.deepEqual(lead('As a phone rang, the announcer said, “It is over.”', 'said', 'the announcer', '"'), ['“It is over.”']);
  assert.deepEqual(lead('On Monday, Mr. Obama said the talks failed.', 'said', 'Mr. Obama', 'the'), ['the talks failed.']);
});
