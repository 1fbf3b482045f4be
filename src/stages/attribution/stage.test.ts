import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Entity, Mention } from '../../doc/layers.ts';
import { makeSpan } from '../../doc/span.ts';
import { groupSpeakers, relativeSpeaker, resolveSpeaker } from './speaker.ts';
import { attributionStage } from './stage.ts';
import { DEFAULT_ATTRIBUTION_MODEL_PATH } from './model.ts';
import { segmented, spanOf } from './testing.ts';

const TEXT = 'Russian Foreign Minister Sergey Lavrov spoke in Geneva. “We will respond,” he said.';
const at = (s: string, from = 0) => TEXT.indexOf(s, from);
const ACTOR = { id: 'lavrov', name: 'Sergey Lavrov', country: 'RUS', sector: 'GOV' };

function mention(text: string, from: number, type: Mention['type'], form: Mention['form'], entity: string): Mention {
  const start = at(text, from);
  return { ...makeSpan(TEXT, start, start + text.length), type, form, entity };
}
const MENTIONS: Mention[] = [
  mention('Russian', 0, 'NORP', 'name', 'e1'),
  mention('Foreign Minister', 0, 'PERSON', 'nominal', 'e2'),
  mention('Sergey Lavrov', 0, 'PERSON', 'name', 'e2'),
  mention('Geneva', 0, 'GPE', 'name', 'e3'),
  mention('he', at('”'), 'PERSON', 'pronoun', 'e2'),
];
const ENTITIES: Entity[] = [
  { id: 'e1', name: 'Russian', type: 'NORP', mentions: [0] },
  { id: 'e2', name: 'Sergey Lavrov', type: 'PERSON', mentions: [1, 2, 4], actor: ACTOR },
  { id: 'e3', name: 'Geneva', type: 'GPE', mentions: [3] },
];

test('a source span resolves to the name mention inside it, not the nationality before it', () => {
  const source = makeSpan(TEXT, 0, at(' spoke'));
  const speaker = resolveSpeaker(source, MENTIONS, ENTITIES);
  assert.deepEqual(speaker, { name: 'Sergey Lavrov', entity: 'e2', actor: ACTOR });
});

test('the speaker is the head of the source: not a body named in an apposition after it, nor the one that qualifies a person', () => {
  const text = 'Ana Ruiz, the EU’s foreign policy chief, spoke. The EU’s foreign policy chief, Ana Ruiz, spoke. Ivo Petrak, who teaches in Vienna, spoke.';
  const m = (s: string, from: number, type: Mention['type'], form: Mention['form'], entity: string): Mention => {
    const start = text.indexOf(s, from);
    return { ...makeSpan(text, start, start + s.length), type, form, entity };
  };
  const second = text.indexOf('The EU');
  const third = text.indexOf('Ivo');
  const mentions = [
    m('Ana Ruiz', 0, 'PERSON', 'name', 'e1'), m('EU', 0, 'ORG', 'name', 'e2'), m('the EU’s foreign policy chief', 0, 'PERSON', 'nominal', 'e1'),
    m('The EU’s foreign policy chief', second, 'PERSON', 'nominal', 'e1'), m('EU', second, 'ORG', 'name', 'e2'), m('Ana Ruiz', second, 'PERSON', 'name', 'e1'),
    m('Ivo Petrak', third, 'PERSON', 'name', 'e3'), m('Vienna', third, 'GPE', 'name', 'e4'),
  ];
  const entities: Entity[] = ['Ana Ruiz', 'European Union', 'Ivo Petrak', 'Vienna'].map((name, k) => ({ id: `e${k + 1}`, name, type: 'PERSON', mentions: [] }));
  const source = (from: number, to: string) => makeSpan(text, from, text.indexOf(to, from));
  assert.equal(resolveSpeaker(source(0, ' spoke'), mentions, entities)?.entity, 'e1');
  assert.equal(resolveSpeaker(source(second, ' spoke'), mentions, entities)?.entity, 'e1');
  assert.equal(resolveSpeaker(source(third, ' spoke'), mentions, entities)?.entity, 'e3');
  // a dateline swallowed by the source is not its head
  const wire = 'VIENNA, May 2 (Wire) - Ivo Petrak said so.';
  const wm = [{ ...makeSpan(wire, 0, 6), type: 'GPE', form: 'name', entity: 'e4' }, { ...makeSpan(wire, 21, 31), type: 'PERSON', form: 'name', entity: 'e3' }] as Mention[];
  assert.equal(resolveSpeaker(makeSpan(wire, 0, 31), wm, entities)?.entity, 'e3');
});

test('an office the base codes as an actor gives way to the person named in apposition after it', () => {
  const text = 'The US trade envoy, Ana Ruiz, spoke. The ministry, led by Ivo Petrak, spoke.';
  const m = (s: string, type: Mention['type'], entity: string): Mention => ({ ...spanOf(text, s), type, form: 'name', entity });
  const mentions = [m('US trade envoy', 'ORG', 'e1'), m('Ana Ruiz', 'PERSON', 'e2'), m('ministry', 'ORG', 'e3'), m('Ivo Petrak', 'PERSON', 'e4')];
  const entities: Entity[] = ['US trade envoy', 'Ana Ruiz', 'ministry', 'Ivo Petrak'].map((name, k) => ({ id: `e${k + 1}`, name, type: 'PERSON', mentions: [k] }));
  const source = (from: string) => makeSpan(text, text.indexOf(from), text.indexOf(' spoke', text.indexOf(from)));
  assert.equal(resolveSpeaker(source('The US'), mentions, entities)?.entity, 'e2');
  // "led by" stands between: the ministry speaks
  assert.equal(resolveSpeaker(source('The ministry'), mentions, entities)?.entity, 'e3');
});

test('a body\'s seat is no speaker: "the foreign ministry in Port Sudan" speaks, not Port Sudan', () => {
  const text = 'The foreign ministry in Cairo spoke. The Kenyan embassy at Lima spoke. Officials from Lima spoke.';
  const m = (s: string, from: string, type: Mention['type'], form: Mention['form'], entity: string): Mention => {
    const start = text.indexOf(s, text.indexOf(from));
    return { ...makeSpan(text, start, start + s.length), type, form, entity };
  };
  const mentions = [
    m('The foreign ministry', 'The foreign', 'ORG', 'nominal', 'e1'), m('Cairo', 'The foreign', 'GPE', 'name', 'e2'),
    m('The Kenyan embassy', 'The Kenyan', 'ORG', 'nominal', 'e3'), m('Lima', 'The Kenyan', 'GPE', 'name', 'e4'),
    m('Officials', 'Officials', 'PERSON', 'nominal', 'e5'), m('Lima', 'Officials', 'GPE', 'name', 'e4'),
  ];
  const entities: Entity[] = ['ministry', 'Cairo', 'embassy', 'Lima', 'Officials'].map((name, k) => ({ id: `e${k + 1}`, name, type: 'ORG', mentions: [] }));
  const source = (from: string) => makeSpan(text, text.indexOf(from), text.indexOf(' spoke', text.indexOf(from)));
  assert.equal(resolveSpeaker(source('The foreign'), mentions, entities)?.entity, 'e1');
  assert.equal(resolveSpeaker(source('The Kenyan'), mentions, entities)?.entity, 'e3');
  // people from a place speak themselves, as before
  assert.equal(resolveSpeaker(source('Officials'), mentions, entities)?.entity, 'e5');
});

test('an unnamed spokesperson speaks for the body or person the description names; a named one or a known office holder for themselves', () => {
  const text = 'A Foreign Ministry spokesperson spoke. His spokesman spoke. The ministry spokesman spoke. Its spokeswoman, Ana Ruiz, spoke.';
  const m = (s: string, from: string, type: Mention['type'], form: Mention['form'], entity: string, actor?: Mention['actor']): Mention => {
    const start = text.indexOf(s, text.indexOf(from));
    return { ...makeSpan(text, start, start + s.length), type, form, entity, ...(actor ? { actor } : {}) };
  };
  const holder = { id: 'ivo-petrak', name: 'Ivo Petrak', country: 'PER', sector: 'GOV', title: 'Spokesman' };
  const mentions = [
    m('A Foreign Ministry spokesperson', 'A Foreign', 'PERSON', 'nominal', 'e1', { id: 'PERGOV', name: 'Foreign Ministry spokesperson', country: 'PER', sector: 'GOV', title: 'Spokesperson' }),
    m('Foreign Ministry', 'A Foreign', 'ORG', 'name', 'e2'),
    m('His spokesman', 'His', 'PERSON', 'nominal', 'e3'), m('His', 'His', 'PERSON', 'pronoun', 'e4'),
    m('The ministry spokesman', 'The ministry', 'PERSON', 'nominal', 'e5', holder), m('The ministry', 'The ministry', 'ORG', 'nominal', 'e2'),
    m('Its spokeswoman', 'Its', 'PERSON', 'nominal', 'e6'), m('Its', 'Its', 'ORG', 'pronoun', 'e2'), m('Ana Ruiz', 'Ana Ruiz', 'PERSON', 'name', 'e6'),
  ];
  const entities: Entity[] = [
    { id: 'e1', name: 'Foreign Ministry spokesperson', type: 'PERSON', mentions: [0] },
    { id: 'e2', name: 'Foreign Ministry', type: 'ORG', mentions: [1, 5, 7] },
    { id: 'e3', name: 'His spokesman', type: 'PERSON', mentions: [2] },
    { id: 'e4', name: 'Luis Vega', type: 'PERSON', mentions: [3] },
    { id: 'e5', name: 'Ivo Petrak', type: 'PERSON', mentions: [4], actor: holder },
    { id: 'e6', name: 'Ana Ruiz', type: 'PERSON', mentions: [6, 8] },
  ];
  const source = (from: string) => makeSpan(text, text.indexOf(from), text.indexOf(' spoke', text.indexOf(from)));
  assert.equal(resolveSpeaker(source('A Foreign'), mentions, entities)?.entity, 'e2');
  assert.equal(resolveSpeaker(source('His'), mentions, entities)?.entity, 'e4');
  assert.equal(resolveSpeaker(source('The ministry'), mentions, entities)?.entity, 'e5', 'the office holder the base knows');
  assert.equal(resolveSpeaker(source('Its'), mentions, entities)?.entity, 'e6', 'named in apposition');
  // a person's office speaks for the person; an office named otherwise for itself
  const said = "Ruiz's office said so. The mayor's party said so.";
  const at2 = (x: string): Mention['start'] => said.indexOf(x);
  const own: Mention[] = [
    { ...makeSpan(said, at2("Ruiz's"), at2("Ruiz's") + 13), type: 'ORG', form: 'nominal', entity: 'o1' },
    { ...makeSpan(said, at2('Ruiz'), at2('Ruiz') + 4), type: 'PERSON', form: 'name', entity: 'p1' },
    { ...makeSpan(said, at2('The mayor'), at2('The mayor') + 17), type: 'ORG', form: 'nominal', entity: 'o2' },
    { ...makeSpan(said, at2('The mayor'), at2('The mayor') + 9), type: 'PERSON', form: 'nominal', entity: 'p2' },
  ];
  const bodies: Entity[] = [
    { id: 'o1', name: "Ruiz's office", type: 'ORG', mentions: [0] },
    { id: 'p1', name: 'Ana Ruiz', type: 'PERSON', mentions: [1] },
    { id: 'o2', name: "The mayor's party", type: 'ORG', mentions: [2] },
    { id: 'p2', name: 'The mayor', type: 'PERSON', mentions: [3] },
  ];
  assert.equal(resolveSpeaker(makeSpan(said, at2("Ruiz's"), at2("Ruiz's") + 13), own, bodies)?.entity, 'p1');
  assert.equal(resolveSpeaker(makeSpan(said, at2('The mayor'), at2('The mayor') + 17), own, bodies)?.entity, 'o2');
});

test('a pronoun source resolves through its mention to the entity; no mention keeps the text; no source is null', () => {
  const he = makeSpan(TEXT, at('he', at('”')), at('he', at('”')) + 2);
  assert.equal(resolveSpeaker(he, MENTIONS, ENTITIES)?.entity, 'e2');
  const bare = makeSpan(TEXT, at('Geneva') - 3, at('Geneva') - 1);
  assert.deepEqual(resolveSpeaker(bare, MENTIONS, ENTITIES), { name: 'in', entity: null });
  assert.equal(resolveSpeaker(null, MENTIONS, ENTITIES), null);
});

test('the stage declares its layers and writes attributions with speakers', { skip: !existsSync(DEFAULT_ATTRIBUTION_MODEL_PATH) && 'no shipped model' }, () => {
  assert.deepEqual([...attributionStage.requires], ['paragraphs', 'sentences', 'tokens', 'mentions', 'entities']);
  assert.deepEqual([...attributionStage.produces], ['attributions']);
  const doc = segmented(TEXT)
    .with('mentions', MENTIONS, { stage: 'test', version: '0' })
    .with('entities', ENTITIES, { stage: 'test', version: '0' });
  const { attributions } = attributionStage.run(doc, { knowledge: {} }).layers;
  const said = attributions!.find((a) => a.cue.text === 'said');
  assert.ok(said, JSON.stringify(attributions));
  assert.equal(said.source?.text, 'he');
  assert.equal(said.speaker?.name, 'Sergey Lavrov');
  assert.equal(said.speaker?.actor?.country, 'RUS');
  assert.equal(said.type, 'direct');
  // The layer passes the Doc's write-time span validation.
  assert.ok(doc.with('attributions', attributions!, { stage: 'attribution', version: attributionStage.version }).has('attributions'));
});

test('a cue that continues a clause takes the source the subject rules found for the cue before it', { skip: !existsSync(DEFAULT_ATTRIBUTION_MODEL_PATH) && 'no shipped model' }, () => {
  const text = 'In a radio interview late on Monday she warned that fuel prices would rise, but added that wages would follow.';
  const she = spanOf(text, 'she');
  const doc = segmented(text)
    .with('mentions', [{ ...she, type: 'PERSON', form: 'pronoun', entity: 'e1' }], { stage: 'test', version: '0' })
    .with('entities', [{ id: 'e1', name: 'Ana Ruiz', type: 'PERSON', mentions: [0] }], { stage: 'test', version: '0' });
  const { attributions } = attributionStage.run(doc, { knowledge: {} }).layers;
  const added = attributions!.find((a) => a.cue.text.startsWith('added'));
  assert.ok(added, JSON.stringify(attributions));
  assert.equal(added.source?.text, 'she');
  assert.equal(added.speaker?.name, 'Ana Ruiz');
});

test('a possessor in the source names whom the speaker serves, not the speaker', () => {
  const text = 'Ruiz’s spokesman, Ivo Petrak, said so.';
  const ms = [
    { ...makeSpan(text, 0, 4), type: 'PERSON', form: 'name', entity: 'e1' },
    { ...makeSpan(text, 0, 16), type: 'PERSON', form: 'nominal', entity: 'e2' },
    { ...makeSpan(text, 18, 28), type: 'PERSON', form: 'name', entity: 'e2' },
  ] as Mention[];
  const ents: Entity[] = [{ id: 'e1', name: 'Ana Ruiz', type: 'PERSON', mentions: [0] }, { id: 'e2', name: 'Ivo Petrak', type: 'PERSON', mentions: [1, 2] }];
  assert.equal(resolveSpeaker(makeSpan(text, 0, 29), ms, ents)?.entity, 'e2');
});

test('a nationality inside a nominal source only qualifies it: "the Peruvian foreign ministry" speaks', () => {
  // [text, the nominal source, the name inside it, their types]
  const cases: [string, string, string, Mention['type'], Mention['type']][] = [
    ['The vote was delayed, according to the Peruvian foreign ministry.', 'the Peruvian foreign ministry', 'Peruvian', 'ORG', 'NORP'],
    // so does a country's name: "the Kenya foreign ministry" speaks, not Kenya
    ['The vote was delayed, the Kenya foreign ministry said.', 'the Kenya foreign ministry', 'Kenya', 'ORG', 'GPE'],
    // and a person's name inside a person noun: "a Weber adviser" speaks, not Weber
    ['The plan will fail, said a Weber adviser.', 'a Weber adviser', 'Weber', 'PERSON', 'PERSON'],
  ];
  for (const [text, outer, inner, outerType, innerType] of cases) {
    const mentions: Mention[] = [
      { ...spanOf(text, outer), type: outerType, form: 'nominal', entity: 'e1' },
      { ...spanOf(text, inner), type: innerType, form: 'name', entity: 'e2' },
    ];
    const entities: Entity[] = [{ id: 'e1', name: outer, type: outerType, mentions: [0] }, { id: 'e2', name: inner, type: innerType, mentions: [1] }];
    assert.equal(resolveSpeaker(spanOf(text, outer), mentions, entities)?.entity, 'e1', text);
  }
});

test('a relative pronoun source speaks for the mention right before it', () => {
  const text = 'The figures came from the Lima police, which reported 300 cases.';
  const start = text.indexOf('the Lima police');
  const mentions: Mention[] = [{ ...makeSpan(text, start, start + 15), type: 'ORG', form: 'nominal', entity: 'e1' }];
  const entities: Entity[] = [{ id: 'e1', name: 'the Lima police', type: 'ORG', mentions: [0] }];
  const which = text.indexOf('which');
  assert.equal(resolveSpeaker(makeSpan(text, which, which + 5), mentions, entities)?.entity, 'e1');
});

test('a relative pronoun with no mention before it speaks for the source just before it', () => {
  const text = '"It is a disaster," said one resident, who declined to give her name.';
  const span = (s: string) => spanOf(text, s);
  const sources = [span('one resident'), span('who')];
  const speakers = [{ name: 'one resident', entity: null }, { name: 'who', entity: null }];
  assert.deepEqual(relativeSpeaker(sources, speakers, 1), { name: 'one resident', entity: null });
  // a source that is no relative pronoun, or one far from any other source, keeps its own speaker
  assert.equal(relativeSpeaker(sources, speakers, 0), undefined);
  assert.equal(relativeSpeaker([sources[1]], [speakers[1]], 0), undefined);
});

test('a plural pronoun source that takes up a coordination speaks for all of it; other sources for none besides', () => {
  const text = 'Peru and Chile called for talks. They said envoys would meet in Lima. Ecuador said nothing.';
  const span = (s: string) => spanOf(text, s);
  const mentions: Mention[] = [
    { ...span('Peru'), type: 'GPE', form: 'name', entity: 'e1' },
    { ...span('Chile'), type: 'GPE', form: 'name', entity: 'e2' },
    { ...span('They'), type: 'GPE', form: 'pronoun', entity: 'e1', coEntities: ['e2'] },
    { ...span('Lima'), type: 'GPE', form: 'name', entity: 'e3' },
    { ...span('Ecuador'), type: 'GPE', form: 'name', entity: 'e4' },
  ];
  const entities: Entity[] = [
    { id: 'e1', name: 'Peru', type: 'GPE', mentions: [0, 2] },
    { id: 'e2', name: 'Chile', type: 'GPE', mentions: [1] },
    { id: 'e3', name: 'Lima', type: 'GPE', mentions: [3] },
    { id: 'e4', name: 'Ecuador', type: 'GPE', mentions: [4] },
  ];
  assert.deepEqual(groupSpeakers(span('They'), mentions, entities), [{ name: 'Chile', entity: 'e2' }]);
  assert.deepEqual(groupSpeakers(span('Ecuador'), mentions, entities), []);
  assert.deepEqual(groupSpeakers(null, mentions, entities), []);
  // "Their governments said": the others speak as the body the group owns
  const owned = 'Peru and Chile backed the plan. Their governments said it was fair.';
  const at = (x: string) => spanOf(owned, x);
  const peru = { id: 'PER', name: 'Peru', country: 'PER' };
  const chile = { id: 'CHL', name: 'Chile', country: 'CHL' };
  const body: Mention[] = [
    { ...at('Peru'), type: 'GPE', form: 'name', entity: 'e1', actor: peru },
    { ...at('Chile'), type: 'GPE', form: 'name', entity: 'e2', actor: chile },
    { ...at('Their governments'), type: 'ORG', form: 'nominal', entity: 'e3', actor: { id: 'PERGOV', name: 'Government of Peru', country: 'PER', sector: 'GOV' } },
    { ...at('Their'), type: 'GPE', form: 'pronoun', entity: 'e1', coEntities: ['e2'] },
  ];
  const states: Entity[] = [
    { id: 'e1', name: 'Peru', type: 'GPE', mentions: [0, 3], actor: peru },
    { id: 'e2', name: 'Chile', type: 'GPE', mentions: [1], actor: chile },
    { id: 'e3', name: 'Their governments', type: 'ORG', mentions: [2], actor: body[2].actor },
  ];
  const speaker = resolveSpeaker(at('Their governments'), body, states);
  assert.equal(groupSpeakers(at('Their governments'), body, states, speaker)[0]?.actor?.id, 'CHLGOV');
  assert.equal(groupSpeakers(at('Their'), body, states, speaker)[0]?.actor?.id, 'CHL', 'the pronoun alone: the state');
});

test('a document a source names its reader in speaks for its author: "a report seen by the Chronicle" is the report\'s', () => {
  const text = 'According to a confidential IAEA report seen by the Northgate Chronicle, inspectors were barred.';
  const span = (s: string) => spanOf(text, s);
  const mentions: Mention[] = [
    { ...span('IAEA'), type: 'ORG', form: 'name', entity: 'e1' },
    { ...span('Northgate Chronicle'), type: 'ORG', form: 'name', entity: 'e2' },
  ];
  const entities: Entity[] = [{ id: 'e1', name: 'IAEA', type: 'ORG', mentions: [0] }, { id: 'e2', name: 'Northgate Chronicle', type: 'ORG', mentions: [1] }];
  assert.equal(resolveSpeaker(span('a confidential IAEA report seen by the Northgate Chronicle'), mentions, entities)?.name, 'IAEA');
});
