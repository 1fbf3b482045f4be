import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueEntry, inflect, isBeliefLemma } from './lexicon.ts';

test('inflects regular, -e, -y, doubling and irregular verbs', () => {
  assert.ok(inflect('warn').includes('warned') && inflect('warn').includes('warning') && inflect('warn').includes('warns'));
  assert.ok(inflect('believe').includes('believed') && inflect('believe').includes('believing'));
  assert.ok(inflect('deny').includes('denies') && inflect('deny').includes('denied'));
  assert.ok(inflect('admit').includes('admitted') && inflect('admit').includes('admitting'));
  assert.ok(inflect('say').includes('said') && inflect('tell').includes('told') && inflect('think').includes('thought'));
});

test('classes: speech, belief, evidence and "according"', () => {
  assert.equal(cueEntry('insisted')?.cueClass, 'speech');
  assert.equal(cueEntry('fears')?.cueClass, 'belief');
  assert.equal(cueEntry('hoped')?.lemma, 'hope');
  assert.equal(cueEntry('showed')?.cueClass, 'evidence');
  assert.equal(cueEntry('according')?.cueClass, 'according');
  assert.equal(cueEntry('table'), undefined);
  assert.ok(isBeliefLemma('want') && !isBeliefLemma('say'));
});
