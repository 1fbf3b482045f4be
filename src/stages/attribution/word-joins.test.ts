import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROLE_TAGS } from './tags.ts';
import { contextOf, segmentOf } from './testing.ts';
import { forceWholeWords, joiningHyphen } from './word-joins.ts';

test('a hyphen joins words only with no space on either side', () => {
  const ctx = contextOf('A well-known figure - a critic - spoke.');
  const hyphens = ctx.tokens.words.flatMap((w, i) => (w === '-' ? [i] : []));
  assert.deepEqual(hyphens.map((i) => joiningHyphen(ctx, i)), [true, false, false]);
});

const T = ROLE_TAGS.length;

/** Forces the whole words around content `phrase` of `text` into zero emissions. */
function force(text: string, phrase: string) {
  const ctx = contextOf(text);
  const emissions = new Float64Array(ctx.tokens.length * T);
  const cut = segmentOf(ctx, phrase, 'CON');
  return { ctx, emissions, cut, forced: forceWholeWords(ctx, [cut], emissions, 0, ROLE_TAGS) };
}

test('a segment stopping before a joining hyphen has the rest of the word forced into it', () => {
  const { ctx, emissions, cut, forced } = force('He defended his early-morning posts on Friday.', 'his early');
  assert.deepEqual(forced, [cut.last + 1, cut.last + 2]);
  const inside = ROLE_TAGS.indexOf('I-CON');
  for (const i of forced) assert.ok(emissions[i * T + inside] > 1000);
  // a whole word breaks nothing
  assert.deepEqual(forceWholeWords(ctx, [segmentOf(ctx, 'his early - morning posts', 'CON')], emissions, 0, ROLE_TAGS), []);
});

test('a segment starting after a joining hyphen reaches back over the word', () => {
  const { emissions, cut, forced } = force('They opposed taxing so-called pass-through income.', 'called pass - through income');
  assert.deepEqual(forced, [cut.first - 2, cut.first - 1, cut.first]);
  assert.ok(emissions[(cut.first - 2) * T + ROLE_TAGS.indexOf('B-CON')] > 1000);
});
