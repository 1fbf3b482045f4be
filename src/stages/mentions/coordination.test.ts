import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, type Analysed } from './run.test-helper.ts';

/** The names of the entities plural pronoun `text` (n-th occurrence) stands for: its own, then its co-entities. */
function group(a: Analysed, text: string, n = 0): string[] {
  const m = a.m(text, n);
  return [m.entity, ...(m.coEntities ?? [])].map((id) => a.entities.find((e) => e.id === id)!.name);
}

test('a plural pronoun takes up a coordinated subject whole, in its sentence or the next', () => {
  const a = analyse('The EU welcomed the plan. Russia and Ukraine said they would sign it.');
  assert.deepEqual(group(a, 'they'), ['Russia', 'Ukraine']);
  const b = analyse('The EU met on Monday. NATO, Russia and Ukraine called for talks. They said the envoys would meet in Oslo.');
  assert.deepEqual(group(b, 'They'), ['NATO', 'Russia', 'Ukraine']);
});

test('the group carries on to a later "they" and to the "we" of a quotation "they" speaks', () => {
  const a = analyse('The EU stayed silent. Russia and Ukraine said they would sign. "We will not wait," they said. Their envoys left on Monday.');
  assert.deepEqual(group(a, 'they', 1), ['Russia', 'Ukraine']);
  assert.deepEqual(group(a, 'We'), ['Russia', 'Ukraine']);
  assert.deepEqual(group(a, 'Their'), ['Russia', 'Ukraine']);
});

test('no group from an object, a prepositional phrase, a possessor, or over another plural subject', () => {
  const cases: [string, string][] = [
    ['NATO thanked Russia and Ukraine. They said the talks were useful.', 'They'],
    ['Talks between Russia and Ukraine stalled, and NATO said they would resume.', 'they'],
    ["Russia and Ukraine's proposal was rejected, and they walked out.", 'they'],
    ['Russia and Ukraine said diplomats expect their talks to resume.', 'their'],
  ];
  for (const [text, pronoun] of cases) {
    const a = analyse(text);
    const m = a.mentions.find((x) => x.text === pronoun);
    assert.equal(m?.coEntities, undefined, text);
  }
});
