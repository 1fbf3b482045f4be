import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorRef, Mention } from '../../doc/layers.ts';
import { makeSpan } from '../../doc/span.ts';
import { fixtureDoc } from './fixtures.ts';
import { indexMentions, partyMentions } from './mention-index.ts';
import { country, eventsOf } from './test-support.ts';

const actor = (country: string, sector?: string): ActorRef => ({ id: `${country}${sector ?? ''}`, name: country, country, ...(sector ? { sector } : {}) });

/** Mentions by phrase (first occurrence), with or without an actor, over the real tokens of `text`. */
function partiesOf(text: string, phrases: Array<[string, ActorRef | null]>): string[] {
  const doc = fixtureDoc(text);
  const mentions: Mention[] = phrases.map(([p, a], k) => {
    const at = text.indexOf(p);
    return { ...makeSpan(text, at, at + p.length), type: 'PERSON', form: 'nominal', entity: `e${k}`, ...(a ? { actor: a } : {}) };
  });
  const tokens = doc.get('tokens');
  const ix = indexMentions(tokens, mentions, []);
  return partyMentions(ix, 0, tokens.length).map((m) => mentions[m].text);
}

test('a party is its whole noun phrase: the nationality inside it is not a second party', () => {
  assert.deepEqual(partiesOf('Irish nationalist guerrillas wounded two British soldiers.', [
    ['Irish nationalist guerrillas', actor('IRL', 'REB')], ['Irish', actor('IRL')], ['two British soldiers', actor('GBR', 'MIL')], ['British', actor('GBR')],
  ]), ['Irish nationalist guerrillas', 'two British soldiers']);
});

test('an outer phrase the actor base could not code gives way to the coded name inside it', () => {
  assert.deepEqual(partiesOf('Angry Chilean fishermen blocked the port.', [['Angry Chilean fishermen', null], ['Chilean', actor('CHL')]]), ['Chilean']);
});

test('"X is unacceptable", said by someone, is the speaker\'s rejection of X', () => {
  const text = 'Lavrov said any European peacekeepers would be unacceptable.';
  const [e] = eventsOf(text, { attributions: [{ cue: 'said', content: text.slice(12, -1), source: 'Lavrov' }] }).filter((x) => x.type === 'REJECT');
  assert.equal(country(e?.actor), 'RUS');
  assert.equal(country(e?.recipient), 'EUR');
  const burma = 'Sikorski said that lifting the sanctions on Serbia was out of the question.';
  const [r] = eventsOf(burma).filter((x) => x.type === 'REJECT');
  assert.equal(country(r?.actor), 'POL');
  assert.equal(country(r?.recipient), 'SRB');
});
