import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentAfterAccordingSource, splitAccordingTo } from './according.ts';
import type { Segment } from './tags.ts';
import { contextOf, segmentOf, tokenText } from './testing.ts';

/** The roles splitAccordingTo makes of a tagged source `source` after the cue "According to". */
function split(text: string, source: string, tagged: Segment['role'][] = []): string[] {
  const ctx = contextOf(text);
  const segments = [segmentOf(ctx, source, 'SRC'), ...tagged.map((role) => ({ role, first: ctx.tokens.length - 2, last: ctx.tokens.length - 2 }))];
  return splitAccordingTo(ctx, segmentOf(ctx, 'According to', 'CUE'), segments).map((s) => `${s.role}:${tokenText(ctx, s)}`);
}

test('a source run on over the comma after "according to" ends there, and the clause after it is the content', () => {
  assert.deepEqual(split('According to the ministry, the talks collapsed on Friday.', 'the ministry , the talks collapsed on Friday'), [
    'SRC:the ministry',
    'CON:the talks collapsed on Friday',
  ]);
  // an apposition in the source holds no verb and stays in it
  assert.deepEqual(split('According to Ana Ruiz, a spokeswoman for the ministry, the talks collapsed.', 'Ana Ruiz , a spokeswoman for the ministry , the talks collapsed'), [
    'SRC:Ana Ruiz, a spokeswoman for the ministry',
    'CON:the talks collapsed',
  ]);
});

test('after an inset "according to" the source ends at the comma before the predicate, which joins the content', () => {
  const text = 'The proposal, according to two people familiar with it, includes a truce.';
  const ctx = contextOf(text);
  const segments = [segmentOf(ctx, 'The proposal', 'CON'), segmentOf(ctx, 'two people familiar with it , includes a truce', 'SRC')];
  const out = splitAccordingTo(ctx, segmentOf(ctx, 'according to', 'CUE'), segments).map((s) => `${s.role}:${tokenText(ctx, s)}`);
  assert.deepEqual(out, ['CON:The proposal', 'SRC:two people familiar with it', 'CON:includes a truce']);
});

test('the tagger\'s roles stand when it found a content; a comma before no clause does not end the source', () => {
  assert.deepEqual(split('According to the ministry, the talks collapsed on Friday.', 'the ministry', ['CON']).length, 2);
  // a participle after the comma opens no clause: the source keeps it, and the content is what follows
  assert.deepEqual(split('According to Ana Ruiz, speaking on Friday, it was over.', 'Ana Ruiz , speaking on Friday'), ['SRC:Ana Ruiz, speaking on Friday', 'CON:it was over']);
});

test('the content after "According to X," starts right after the comma that closes the source', () => {
  const content = (text: string, source: string, tagged: string): string[] => {
    const ctx = contextOf(text);
    const cue = segmentOf(ctx, /^according to/i.exec(text) ? text.slice(0, 12) : 'said', 'CUE');
    return contentAfterAccordingSource(ctx, cue, segmentOf(ctx, source, 'SRC'), [segmentOf(ctx, tagged, 'CON')]).map((s) => tokenText(ctx, s));
  };
  assert.deepEqual(content('According to Reuters, the talks, which began in May, collapsed.', 'Reuters', 'which began in May , collapsed'), ['the talks, which began in May, collapsed']);
  assert.deepEqual(content('According to the envoy, a deal, if signed, would hold.', 'the envoy', 'if signed , would hold'), ['a deal, if signed, would hold']);
  assert.deepEqual(content('According to the envoy, a deal would hold.', 'the envoy', 'a deal would hold'), ['a deal would hold'], 'already there');
  assert.deepEqual(content('Officials said, a deal, if signed, would hold.', 'Officials', 'if signed , would hold'), ['if signed, would hold'], 'only after "according to"');
});

test('a sentence-opening "According to" the tagger gave no content has the clause after its source for content', () => {
  const roles = (text: string, tagged: [string, Segment['role']][]) => {
    const ctx = contextOf(text);
    const segments = tagged.map(([words, role]) => segmentOf(ctx, words, role));
    return splitAccordingTo(ctx, segmentOf(ctx, /according to/i.exec(text)![0], 'CUE'), segments).map((s) => `${s.role}:${tokenText(ctx, s)}`);
  };
  // no roles at all (the inner cue "wants" took the words), or a source run on over the comma
  assert.deepEqual(roles('According to a diplomat in Paris, France wants the tariffs extended.', []), ['SRC:a diplomat in Paris', 'CON:France wants the tariffs extended']);
  assert.deepEqual(roles('According to a diplomat in Paris, France wants the tariffs extended.', [['a diplomat in Paris , France', 'SRC']]), ['SRC:a diplomat in Paris', 'CON:France wants the tariffs extended']);
  // an apposition in the source stays in it; inside the sentence the shape does not apply
  assert.deepEqual(roles('According to Ana Ruiz, a spokeswoman, France wants a deal.', []), ['SRC:Ana Ruiz, a spokeswoman', 'CON:France wants a deal']);
  assert.deepEqual(roles('The talks, according to Ana Ruiz, will go on.', []), []);
});
