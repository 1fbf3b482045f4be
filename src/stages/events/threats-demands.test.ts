import { test } from 'node:test';
import assert from 'node:assert/strict';
import { country, eventsOf, WORLD } from './test-support.ts';

const of = (text: string, type: string, spec = {}) => eventsOf(text, spec).filter((e) => e.type === type);

test('passive threats: "would be considered/deemed (legitimate) targets by X" is a THREATEN of violence by X', () => {
  for (const text of [
    'Foreign troops in Ukraine would be considered “legitimate targets” by Moscow.',
    'European peacekeepers would be deemed legitimate targets by Russia.',
  ]) {
    const [e] = of(text, 'THREATEN');
    assert.ok(e, text);
    assert.equal(e.mode, 'violence', text);
    assert.equal(country(e.actor), 'RUS', text);
    assert.ok(e.recipient, text);
    assert.notEqual(country(e.recipient), 'RUS', text);
  }
});

test('"would face military consequences" and "would be treated as an occupation" threaten the subject; the speaker acts', () => {
  const face = of('Sikorski said that Russia attempting to seize Kyiv would face military retaliation.', 'THREATEN');
  assert.equal(face.length, 1);
  assert.equal(face[0].mode, 'violence');
  assert.equal(country(face[0].actor), 'POL');
  assert.equal(country(face[0].recipient), 'RUS');
  const nato = of('Lavrov said that NATO members trying to deploy troops would face immediate military consequences.', 'THREATEN');
  assert.equal(country(nato[0]?.actor), 'RUS');
  assert.equal(country(nato[0]?.recipient), 'IGO');
  const text = 'Lavrov said any European peacekeepers would be treated as an occupation force.';
  const occupation = of(text, 'THREATEN', { attributions: [{ cue: 'said', content: text.slice(12, -1), source: 'Lavrov' }] });
  assert.equal(occupation.length, 1);
  assert.equal(occupation[0].mode, 'violence');
  assert.equal(country(occupation[0].actor), 'RUS');
  assert.equal(country(occupation[0].recipient), 'EUR');
  const warned = of('Sikorski warned that any Russian troops in Belarus would be regarded as an invasion force by Warsaw.', 'THREATEN');
  assert.equal(warned.length, 1, 'the warning takes over the threat it introduces');
  assert.equal(warned[0].mode, 'violence');
});

test('a demand with an infinitive complement is one REQUEST by the one who demands; the listed acts are its content', () => {
  const cases: Array<[string, string, string]> = [
    ['Moscow requires Kyiv to abandon NATO aspirations, adopt neutrality, demilitarize, and recognize territorial changes.', 'RUS', 'UKR'],
    ['Ankara demanded Armenia to withdraw its troops and recognize the border.', 'TUR', 'ARM'],
  ];
  for (const [text, actor, recipient] of cases) {
    const events = eventsOf(text);
    assert.deepEqual(events.map((e) => e.type), ['REQUEST'], text);
    assert.equal(country(events[0].actor), actor, text);
    assert.equal(country(events[0].recipient), recipient, text);
  }
});

test('a participle after its noun with a "by" agent ("a proposal backed by X") is the agent\'s act', () => {
  for (const [text, actor] of [
    ['France floated sending troops to monitor a ceasefire, a proposal backed by Poland.', 'POL'],
    ['Berlin proposed a truce, a plan backed by Ankara.', 'TUR'],
  ]) {
    const support = of(text, 'SUPPORT');
    assert.equal(support.length, 1, text);
    assert.equal(country(support[0].actor), actor, text);
    for (const e of eventsOf(text)) if (e !== support[0]) assert.notEqual(country(e.recipient), actor, `${text}: the agent is no party to the first verb`);
  }
});

test('"X did … but insists/refuses …": a contrast clause without a subject shares the first conjunct\'s', () => {
  const cases: Array<[string, string, string]> = [
    ['Moscow has called for talks but refuses to engage.', 'refuses', 'RUS'],
    ['Moscow maintains it does not oppose security guarantees but insists they must involve China.', 'insists', 'RUS'],
    ['Warsaw backed the plan but rejected any delay.', 'rejected', 'POL'],
  ];
  for (const [text, trigger, actor] of cases) {
    const e = eventsOf(text).find((x) => x.trigger.text === trigger);
    assert.ok(e, text);
    assert.equal(country(e.actor), actor, text);
  }
  const own = eventsOf('Paris called for talks but Berlin rejected the offer.').find((x) => x.trigger.text.startsWith('rejected'));
  assert.equal(country(own?.actor ?? null), 'DEU', 'a contrast clause with its own subject keeps it');
});

test('a "by V-ing" means clause has the subject of the verb it serves, not the nearest name', () => {
  for (const [text, trigger, actor] of [
    ['Russia tried to weaken Ukraine by arming the rebels and by proposing a ceasefire.', 'proposing', 'RUS'],
    ['Paris angered Serbia by inviting Kosovo to the summit.', 'inviting', 'FRA'],
    ['Ankara surprised Moscow by recognizing Kosovo.', 'recognizing', 'TUR'],
  ]) {
    const e = eventsOf(text).find((x) => x.trigger.text.startsWith(trigger));
    assert.ok(e, text);
    assert.equal(country(e.actor), actor, text);
  }
});

test('a demand noun keeps its that-clause across a time word: the one demanding acts, the one asked is the recipient', () => {
  const actors = { 'the United Nations': { country: 'UNO', type: 'ORG' as const, aliases: ['its'] }, Israel: { country: 'ISR' } };
  const [e] = eventsOf('The United Nations renewed its demand today that Israel lift restrictions on fishermen.', { actors });
  assert.equal(e?.type, 'REQUEST');
  assert.equal(country(e?.actor ?? null), 'UNO');
  assert.equal(country(e?.recipient ?? null), 'ISR');
});

test('arming with a stated target threatens it: "is building missiles to use against X"', () => {
  for (const text of ['Russia is building drones to use against Ukraine.', 'The rebels claim to be manufacturing chemical and biological weapons to use against Egypt and Israel.']) {
    const [e] = of(text, 'THREATEN', { actors: { ...WORLD, 'the rebels': { country: 'SDN', sector: 'REB', type: 'COLLECTIVE' as const } } });
    assert.ok(e, text);
    assert.equal(e.mode, 'violence', text);
    assert.notEqual(country(e.actor), undefined, text);
    assert.ok(['UKR', 'EGY'].includes(country(e.recipient) ?? ''), text);
  }
});
