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

test('the group carries over a short aside on the list and an opening participle before it', () => {
  const a = analyse('Neighbouring Russia and Ukraine, both ruled by generals, backed the plan. Their envoys said it was fair.');
  assert.deepEqual(group(a, 'Their'), ['Russia', 'Ukraine']);
  // a plural outside an aside still breaks the group: the militias are named after the list and its verb
  const b = analyse('Russia and Ukraine backed the militias. Their leaders said it was fair.');
  assert.notDeepEqual(group(b, 'Their'), ['Russia', 'Ukraine']);
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

test('"the two mediators" and "both countries" are the list again, and so is a "they" after them', () => {
  const a = analyse('Russia and Ukraine called for talks. In a joint statement, the two mediators said they were concerned.');
  assert.deepEqual(group(a, 'two mediators'), ['Russia', 'Ukraine']);
  assert.deepEqual(group(a, 'they'), ['Russia', 'Ukraine']);
  const b = analyse('Russia and Ukraine signed the deal. Both countries said the talks had helped.');
  assert.ok(b.mentions.some((m) => /countries/.test(m.text) && m.coEntities?.length === 1), b.mentions.map((m) => m.text).join(', '));
});

test('a subject opening its sentence takes up the list opening the sentence before, over a plural in a clause inside it, not over an object', () => {
  const a = analyse('Russia and Ukraine said that they would sign only if foreign troops left. They accused NATO of delay.');
  assert.deepEqual(group(a, 'They'), ['Russia', 'Ukraine']);
  const b = analyse('Russia and Ukraine urged the rebels to disarm. They refused.');
  assert.equal(b.m('They').coEntities, undefined);
});

test('a place and agency in a dateline are no antecedent', () => {
  const a = analyse('KYIV, May 2 (Baltic Wire) - Aid deliveries fell sharply, and their value halved.');
  assert.equal(a.mentions.some((m) => m.text === 'their'), false);
});

test('a conjunct may have a possessor ("the EU and Russia\'s government"), and "both sides" takes up the pair', () => {
  const a = analyse("The EU and Russia's government traded accusations on Monday, with both sides saying talks had failed.");
  assert.deepEqual(group(a, 'both sides'), ['EU', "Russia's government"]);
  const b = analyse("The EU and Ukraine's Ministry of Defence traded accusations, with both sides saying talks had failed.");
  assert.deepEqual(group(b, 'both sides'), ['EU', 'Ministry of Defence']);
});

test('"they" for the list stays the topic over an object plural; a list named in full gives way to one', () => {
  const a = analyse('Russia and Ukraine called for talks. They urged both sides to return to Geneva. "We will not give up," they said.');
  assert.deepEqual(group(a, 'they', 0), ['Russia', 'Ukraine']);
  assert.equal(a.m('both sides').coEntities, undefined, 'an object description is others');
  const b = analyse('Russia and Ukraine urged the rebels to disarm. "We will not," they said.');
  assert.equal(b.m('they').coEntities, undefined);
});

test('"both" before a verb stands for the pair, and for nothing else', () => {
  const a = analyse('Russia and Ukraine, which both signed the deal, met in Oslo. Both said the talks were useful.');
  assert.deepEqual(group(a, 'both'), ['Russia', 'Ukraine']);
  assert.deepEqual(group(a, 'Both'), ['Russia', 'Ukraine']);
  const b = analyse('NATO met on Monday. Both said the talks were useful.');
  assert.equal(b.mentions.some((m) => m.text === 'Both'), false, 'no pair before it: no mention');
});

test('conjuncts may each have their article, and a list must end in "and": a comma after one closes an opener', () => {
  const a = analyse('In a statement, the EU and the West said that the vote was not a factor in the way they acted.');
  assert.deepEqual(group(a, 'they'), ['EU', 'West']);
  const b = analyse('After some talks between the EU and NATO, the rebels found they had no allies.');
  assert.equal(b.mentions.find((m) => m.text === 'they')?.coEntities, undefined);
});
