import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionType, attributionTypeOfSpans } from './classify.ts';
import type { AttributionContext } from './context.ts';
import type { Segment } from './tags.ts';
import { contextOf, spanOf } from './testing.ts';

/** Segments by token text: the cue is the first token equal to `cue`, the content runs from `from` to the end. */
function typeOf(text: string, cue: string, from: string): string {
  const ctx: AttributionContext = contextOf(text);
  const w = ctx.tokens.words;
  const c = w.indexOf(cue);
  const f = w.indexOf(from, c + 1);
  let last = w.length - 1;
  if (w[last] === '.') last--;
  const cueSeg: Segment = { role: 'CUE', first: c, last: c };
  return attributionType(ctx, cueSeg, [{ role: 'CON', first: f, last }]);
}

test('all-quoted content is direct, partly quoted is mixed, unquoted is indirect', () => {
  assert.equal(typeOf('She said "we will win the vote".', 'said', '"'), 'direct');
  assert.equal(typeOf('She said the vote was "rigged" from the start.', 'said', 'the'), 'mixed');
  assert.equal(typeOf('She said the vote was rigged from the start.', 'said', 'the'), 'indirect');
});

test('cognition verbs make unquoted content a belief; "according to" is its own type', () => {
  assert.equal(typeOf('Officials fear the bridge will collapse.', 'fear', 'the'), 'belief');
  assert.equal(typeOf('The union expects a strike in May.', 'expects', 'a'), 'belief');
  assert.equal(typeOf('According to the police, two men fled.', 'According', 'two'), 'according-to');
  assert.equal(typeOf('The envoy warned the truce was fragile.', 'warned', 'the'), 'indirect');
});

test('a state of mind ("is convinced", "remain sceptical") makes unquoted content a belief; quoted it stays direct', () => {
  assert.equal(typeOf('The council is convinced the levy breaks the treaty.', 'convinced', 'the'), 'belief');
  assert.equal(typeOf('Investors remain sceptical that the merger will close.', 'sceptical', 'that'), 'belief');
  assert.equal(typeOf('Farmers are confident the harvest will recover.', 'confident', 'the'), 'belief');
  assert.equal(typeOf('The mayor is sure "the budget will balance".', 'sure', '"'), 'direct');
});

test('typed from character spans, the type follows the spans the source rules leave: a quotation alone is direct', () => {
  const text = '"We prefer dialogue," the ministry\'s spokeswoman, Lin Jiayi, said.';
  const ctx = contextOf(text);
  const cue = spanOf(text, 'said');
  assert.equal(attributionTypeOfSpans(ctx, cue, [spanOf(text, '"We prefer dialogue," the ministry\'s spokeswoman,')]), 'mixed');
  assert.equal(attributionTypeOfSpans(ctx, cue, [spanOf(text, '"We prefer dialogue,"')]), 'direct');
  const report = 'The envoy said on Tuesday that the truce was "fragile" and would not hold.';
  assert.equal(attributionTypeOfSpans(contextOf(report), spanOf(report, 'said'), [spanOf(report, 'the truce was "fragile" and would not hold')]), 'mixed');
  assert.equal(attributionTypeOfSpans(contextOf(report), spanOf(report, 'said'), [spanOf(report, 'and would not hold')]), 'indirect');
});
