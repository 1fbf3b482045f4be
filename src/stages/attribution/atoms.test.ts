import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenAtoms } from './atoms.ts';
import { contextOf } from './testing.ts';

test('what follows the next comma, and the distance to the end of the sentence', () => {
  const ctx = contextOf('Figueroa said the campaign would protest, adding that it was unlikely, though she left.');
  const atoms = tokenAtoms(ctx);
  const at = (word: string) => ctx.tokens.words.indexOf(word);
  assert.equal(atoms.nextComma[at('campaign')], 'c');
  assert.equal(atoms.nextComma[at('unlikely')], 's');
  assert.equal(atoms.nextComma[at('left')], '-');
  assert.equal(atoms.toEnd[at('.')], '0');
  assert.equal(atoms.toEnd[at('left')], '1');
});
