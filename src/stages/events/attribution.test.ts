import { test } from 'node:test';
import assert from 'node:assert/strict';
import { country, eventsOf } from './test-support.ts';

test('a threat made in a statement is the speaker\'s, evidenced by that attribution', () => {
  const text = 'Lavrov warned that foreign troops would be legitimate targets.';
  const events = eventsOf(text, { attributions: [{ cue: 'warned that', content: 'foreign troops would be legitimate targets', source: 'Lavrov' }] });
  assert.equal(events.length, 1, 'the warning and its content are one event');
  const [e] = events;
  assert.equal(e.type, 'THREATEN');
  assert.equal(e.attribution, 'a1');
  assert.equal(e.actor?.span.text, 'Lavrov');
  assert.equal(e.recipient?.span.text, 'foreign troops');
});

test('a reported threat with the source after the quote still belongs to the source', () => {
  const text = 'Any European peacekeepers in Ukraine would be legitimate targets, Lavrov said.';
  const [e] = eventsOf(text, { attributions: [{ cue: 'said', content: 'Any European peacekeepers in Ukraine would be legitimate targets', source: 'Lavrov' }] });
  assert.equal(e.type, 'THREATEN');
  assert.equal(country(e.actor), 'RUS');
  assert.equal(e.recipient?.span.text, 'European peacekeepers');
  assert.equal(e.attribution, 'a1');
});

test('an event reported by someone else keeps its own actor and the link to the report', () => {
  const text = 'Sikorski said Russia had shelled a hospital in Kharkiv.';
  const [e] = eventsOf(text, { attributions: [{ cue: 'said', content: 'Russia had shelled a hospital in Kharkiv', source: 'Sikorski' }] });
  assert.equal(e.type, 'ASSAULT');
  assert.equal(country(e.actor), 'RUS', 'the reporter is not the attacker');
  assert.equal(e.attribution, 'a1');
});

test('a quoted event without a subject of its own is the speaker\'s', () => {
  const text = '"Will never recognise the annexation," the minister said.';
  const [e] = eventsOf(text, { attributions: [{ cue: 'said', content: 'Will never recognise the annexation,', source: 'the minister' }] });
  assert.equal(e.type, 'REJECT', '"will never recognise" is a refusal');
  assert.equal(e.actor?.span.text, 'the minister');
  assert.equal(e.attribution, 'a1');
});

test('speech acts are events: accusing, rejecting, urging, backing', () => {
  const cases: Array<[string, string, string]> = [
    ['Sikorski accused Moscow of lying about the strike.', 'accused', 'ACCUSE'],
    ['Lavrov rejected the plan as unrealistic.', 'rejected', 'REJECT'],
    ['Sikorski urged Berlin to send more air defence.', 'urged', 'REQUEST'],
    ['Lavrov backed the Chinese proposal.', 'backed', 'SUPPORT'],
  ];
  for (const [text, cue, type] of cases) {
    const speaker = text.split(' ')[0];
    const rest = text.slice(text.indexOf(cue) + cue.length + 1, -1);
    const [e] = eventsOf(text, { attributions: [{ cue, content: rest, source: speaker }] });
    assert.equal(e.type, type, text);
    assert.equal(e.attribution, 'a1', text);
    assert.equal(e.actor?.span.text, speaker, text);
  }
});

test('an event outside every attribution has none', () => {
  const text = 'Russia shelled Kharkiv. Sikorski said the strike was a crime.';
  const events = eventsOf(text, { attributions: [{ cue: 'said', content: 'the strike was a crime', source: 'Sikorski' }] });
  const shelled = events.find((e) => e.trigger.text === 'shelled')!;
  assert.equal(shelled.attribution, null);
});

test('an object misread as the source of a cue yields to the clause\'s own subject', () => {
  const text = "Georgia's parliament approved a ``special law'' recognizing victories by the opposition.";
  const e = eventsOf(text, { attributions: [{ cue: 'recognizing', content: "``special law''", source: 'victories' }] }).find((x) => x.trigger.text === 'recognizing');
  assert.equal(country(e?.actor ?? null), 'GEO');
  // a real inverted source still speaks: "…," warned Lavrov
  const inverted = 'Foreign troops would be legitimate targets, warned Lavrov.';
  const t = eventsOf(inverted, { attributions: [{ cue: 'warned', content: 'Foreign troops would be legitimate targets', source: 'Lavrov' }] }).find((x) => x.type === 'THREATEN');
  assert.equal(country(t?.actor ?? null), 'RUS');
});
