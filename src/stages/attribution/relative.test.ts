import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueRelativeAtoms, type CueRelativeAtoms } from './relative.ts';
import type { Segment } from './tags.ts';
import { contextOf } from './testing.ts';

/** The cue-relative atoms of a one-paragraph text for the cue word `cue`, read back by word. */
function atomsFor(text: string, cue: string): { at: (word: string, kind: keyof CueRelativeAtoms) => string } {
  const ctx = contextOf(text);
  const index = (word: string) => {
    const i = ctx.tokens.words.indexOf(word);
    assert.ok(i >= 0, `no token "${word}" in ${JSON.stringify(ctx.tokens.words)}`);
    return i;
  };
  const c = index(cue);
  const segment: Segment = { role: 'CUE', first: c, last: c };
  const atoms = cueRelativeAtoms(ctx, segment, [segment], 0, ctx.tokens.length);
  return { at: (word, kind) => atoms[kind][index(word)] };
}

test('commas and verbs between the cue and the token are counted within its sentence', () => {
  const a = atomsFor('Officials said the deal, which was signed in May, would fail. Talks resume today.', 'said');
  assert.equal(a.at('deal', 'commas'), '0');
  assert.equal(a.at('which', 'commas'), '1');
  assert.equal(a.at('fail', 'commas'), '2');
  assert.equal(a.at('deal', 'between'), 'n');
  assert.equal(a.at('fail', 'between'), 'v');
  assert.equal(a.at('Officials', 'commas'), '0');
  assert.equal(a.at('Talks', 'commas'), '-');
});

test('the reported clause after "that" and the words before the marker', () => {
  const a = atomsFor('She told reporters on Friday that the border stays closed.', 'told');
  assert.equal(a.at('reporters', 'markerAhead'), 'y');
  assert.equal(a.at('that', 'sinceMarker'), '0');
  assert.equal(a.at('the', 'sinceMarker'), '1');
  assert.equal(a.at('closed', 'markerAhead'), 'n');
  assert.equal(a.at('reporters', 'sinceMarker'), '-');
});

test('a conjunction after a comma, and a cue set off between commas', () => {
  const a = atomsFor('The plan, the minister said, will pass, and the army will withdraw.', 'said');
  assert.equal(a.at('and', 'conjunction'), 'j');
  assert.equal(a.at('army', 'conjunction'), '-');
  assert.equal(a.at('plan', 'inset'), 'c');
  const q = atomsFor('“Every time you say that,” Tester said, “you give them ammunition.”', 'said');
  assert.equal(q.at('Tester', 'inset'), 'q');
  assert.equal(atomsFor('The minister said the plan will pass.', 'said').at('plan', 'inset'), 'n');
});
