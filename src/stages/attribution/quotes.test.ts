import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, tokenText } from './testing.ts';

function quoted(text: string): string[] {
  const ctx = contextOf(text);
  return ctx.quotes.regions.map((r) => tokenText(ctx, { first: r.open, last: r.close }));
}

test('pairs curly, straight and doubled-apostrophe quotation marks', () => {
  assert.deepEqual(quoted('“We are ready,” the envoy said.'), ['“We are ready,”']);
  assert.deepEqual(quoted('She said "no" twice and "never" once.'), ['"no"', '"never"']);
  assert.deepEqual(quoted("''It is over,'' he said."), ["''It is over,''"]);
});

test('apostrophes and single quotes do not open a quotation', () => {
  assert.deepEqual(quoted("Russia's envoy didn't say it."), []);
});

test('a quotation left open at a paragraph end and reopened by the next paragraph continues', () => {
  const ctx = contextOf('The senator said: “We will vote no.\n\n“And we will keep voting no.”\n\nThen she left.');
  const [first, second] = ctx.quotes.regions;
  assert.equal(first.closed, false);
  assert.equal(second.continues, true);
  assert.equal(second.closed, true);
  assert.equal(ctx.quotes.regions.length, 2);
});

test('a stray closing mark opens nothing', () => {
  const ctx = contextOf('The plan” was dropped. Officials agreed.');
  assert.equal(ctx.quotes.regions.length, 0);
});
