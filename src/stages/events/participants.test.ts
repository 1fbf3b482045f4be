import { test } from 'node:test';
import assert from 'node:assert/strict';
import { country, eventsOf, mainEvent, WORLD } from './test-support.ts';

test('a name inside "of the …" is no subject: the party is the phrase before it', () => {
  const e = mainEvent('Protesters angered by the arrest of the Turkey envoy attacked police on Monday.', { actors: { protesters: { country: 'GEO', sector: 'CVL', type: 'COLLECTIVE' }, police: { country: 'GEO', sector: 'COP', type: 'COLLECTIVE' }, Turkey: { country: 'TUR' } } });
  assert.equal(e?.type, 'ASSAULT');
  assert.equal(country(e?.actor), 'GEO');
});

test('listed parties are whole phrases: the nationality that opens the second one does not end the list', () => {
  const text = 'Polish leader Sikorski and French President Lavrov signed a treaty of friendship.';
  const e = mainEvent(text, { actors: { Sikorski: { country: 'POL', type: 'PERSON' }, Lavrov: { country: 'FRA', type: 'PERSON' }, Polish: { country: 'POL', type: 'NORP' }, French: { country: 'FRA', type: 'NORP' } } });
  assert.ok(e);
  const parties = new Set([e.actor, ...e.coActors].map(country));
  assert.deepEqual([...parties].sort(), ['FRA', 'POL']);
});

test('an event noun after a phrasal verb is that verb\'s object: its subject acts', () => {
  const e = eventsOf('Russia speeded up the withdrawal of its troops from Georgia.').find((x) => x.type === 'RETREAT');
  assert.equal(country(e?.actor ?? null), 'RUS');
});

test('a place listed after a place is a place, not the party acted on', () => {
  const e = eventsOf('Britain agreed to provide air policing from bases in Poland and Hungary.').find((x) => x.type === 'AGREE');
  assert.ok(e);
  assert.notEqual(country(e?.recipient ?? null), 'HUN');
});

test('a name after "alongside", "under" or "behind" is no subject: the threatened party is the phrase before it', () => {
  for (const prep of ['alongside', 'under', 'behind']) {
    const e = eventsOf(`Lavrov said that foreign troops fighting ${prep} Kyiv would be legitimate targets.`).find((x) => x.type === 'THREATEN');
    assert.equal(country(e?.recipient ?? null), 'INT', prep);
    assert.equal(country(e?.actor ?? null), 'RUS', prep);
  }
});

test('a speaker the actor base cannot code is coded by the party named inside its phrase', () => {
  const text = 'Balkan Union foreign ministers agreed to send aid to Serbia.';
  const [e] = eventsOf(text, {
    actors: { Balkan: { country: 'EUR', type: 'NORP' }, Serbia: { country: 'SRB' } },
    attributions: [{ cue: 'agreed', content: 'to send aid to Serbia', source: 'Balkan Union foreign ministers' }],
  }).filter((x) => x.type === 'AGREE');
  assert.equal(country(e?.actor ?? null), 'EUR');
});

test('three or more places in a comma run are a list even without "and"', () => {
  const e = eventsOf('Britain agreed to lift sanctions on Serbia, Hungary, Georgia, and under conditions, Turkey.').find((x) => x.type === 'AGREE');
  const parties = [e?.recipient, ...(e?.coRecipients ?? [])].map((p) => country(p ?? null));
  assert.deepEqual(parties.slice(0, 3), ['SRB', 'HUN', 'GEO']);
  // two names and a comma stay an apposition
  const two = eventsOf('Britain agreed to lift sanctions on Serbia, Hungary said.').find((x) => x.type === 'AGREE');
  assert.ok((two?.coRecipients ?? []).every((p) => country(p) !== 'HUN'));
});

test('a deployment with no target takes its place, past adjectives and participles ("in the occupied …")', () => {
  const e = eventsOf('Russian troops remained on alert in the occupied Georgia region on Monday.', { actors: { 'Russian troops': { country: 'RUS', sector: 'MIL', type: 'COLLECTIVE' }, Georgia: { country: 'GEO' } } }).find((x) => x.type === 'MOBILIZE');
  assert.equal(country(e?.recipient ?? null), 'GEO');
});

test('a threat with no object is aimed at the party whose act is its condition', () => {
  const e = eventsOf('Russia threatened to leave the talks if Poland goes ahead with the deployment.').find((x) => x.type === 'THREATEN');
  assert.equal(country(e?.actor ?? null), 'RUS');
  assert.equal(country(e?.recipient ?? null), 'POL');
});

test('a counted group in a list of subjects keeps the party named before it ("X and a group of Y")', () => {
  const actors = { Sikorski: { country: 'POL', sector: 'GOV', type: 'PERSON' as const }, 'a group': { country: '', type: 'ORG' as const }, ministers: { country: '', type: 'PERSON' as const } };
  const e = eventsOf('Sikorski and a group of ministers held talks with Lavrov in Kyiv.', { actors }).find((x) => x.type === 'CONSULT');
  const parties = new Set([e?.actor, ...(e?.coActors ?? [])].map((p) => country(p ?? null)));
  assert.ok(parties.has('POL'), [...parties].join(','));
});

test('the one who dies of torture or a beating is its victim; the party holding or beating him acts', () => {
  const actors = { 'a Turkish journalist': { country: 'TUR', type: 'PERSON' as const }, 'Russian police': { country: 'RUS', sector: 'COP', type: 'COLLECTIVE' as const } };
  for (const text of [
    'A Turkish journalist died of his injuries while in Russian police custody.',
    'A Turkish journalist died as a result of torture at the hands of Russian police, his lawyer said.',
  ]) {
    const e = eventsOf(text, { actors }).find((x) => x.type === 'ASSAULT');
    assert.equal(country(e?.actor ?? null), 'RUS', text);
    assert.equal(country(e?.recipient ?? null), 'TUR', text);
  }
});

test('an attack whose "by" agent is a weapon has an unnamed attacker, coded by the country where it struck', () => {
  const e = eventsOf('Three Turkey soldiers were killed by a roadside bomb outside the Azerbaijan town of Ganja.', { actors: { ...WORLD, 'Three Turkey soldiers': { country: 'TUR', sector: 'MIL', type: 'COLLECTIVE' as const } } }).find((x) => x.type === 'ASSAULT');
  assert.equal(country(e?.actor ?? null), 'AZE');
  assert.equal(country(e?.recipient ?? null), 'TUR');
  // a named agent keeps the act; no agent at all leaves the attacker unknown
  const named = eventsOf('Three soldiers were killed by the rebels in Sudan.').find((x) => x.type === 'ASSAULT');
  assert.equal(country(named?.actor ?? null), 'SDN');
  const none = eventsOf('Three soldiers were killed in Azerbaijan.').find((x) => x.type === 'ASSAULT');
  assert.equal(none?.actor ?? null, null);
});

test('a list joins whole noun phrases even where a name inside one stands for it ("an Israeli peace movement and the PLO")', () => {
  const e = eventsOf('Turkey offered to host a meeting between a Georgia opposition group and Armenia.', { uncoded: ['a Georgia opposition group'] }).find((x) => x.type === 'AGREE');
  const parties = [e?.recipient, ...(e?.coRecipients ?? [])].map((p) => country(p ?? null));
  assert.deepEqual(parties, ['GEO', 'ARM']);
});

test('people the actor base cannot code act for the body named after "of" ("inspectors of the IAEA")', () => {
  const e = eventsOf('Sudan expelled inspectors of the United Nations from the camps.', { uncoded: ['inspectors'] }).find((x) => x.type === 'SANCTION' || x.type === 'COERCE');
  assert.equal(country(e?.recipient ?? null), 'UNO');
  const subject = eventsOf('Monitors of the EU condemned the attack.', { uncoded: ['Monitors'] }).find((x) => x.type === 'ACCUSE');
  assert.equal(country(subject?.actor ?? null), 'EUR');
});

test('"of" before a gerund is no membership: "accused the Commission of ignoring its security"', () => {
  const e = eventsOf('Hungary accused the Commission of ignoring its energy security.', { uncoded: ['the Commission'], actors: { Hungary: { country: 'HUN', aliases: ['its'] } } }).find((x) => x.type === 'ACCUSE');
  assert.notEqual(country(e?.recipient ?? null), 'HUN');
});

test('"after" with a subject and verb of its own opens a clause: its object is no party to the event before it', () => {
  const actors = { Georgia: { country: 'GEO' }, Tbilisi: { country: 'GEO' }, 'the minister': { country: 'FRA', type: 'PERSON' as const } };
  const e = eventsOf('Georgia eased the curfew imposed in Tbilisi after a June coup toppled the minister.', { actors }).find((x) => x.type === 'CONCEDE');
  assert.equal(country(e?.recipient ?? null), 'GEO');
});

test('a possessor hands its preposition to the party it determines: "against the party\'s leader Lavrov"', () => {
  const text = 'Exiles from Russia staged rallies with Ukraine supporters against Russia\'s top diplomat Lavrov.';
  const e = eventsOf(text, { actors: { Russia: { country: 'RUS' }, Ukraine: { country: 'UKR' }, Lavrov: { country: 'RUS', sector: 'GOV', type: 'PERSON' } } }).find((x) => x.type === 'PROTEST');
  assert.equal(e?.recipient?.span.text, 'Lavrov');
});

test('a preposition left hanging before "and" shares the object that ends the coordination ("ties with and an embassy in Tehran")', () => {
  const e = eventsOf('Turkey held talks with and sent envoys to Armenia.').find((x) => x.type === 'CONSULT');
  assert.equal(country(e?.recipient ?? null), 'ARM');
});

test('a list that speaks is one party: each country once, the speaker as actor and the rest as co-actors', () => {
  const actors = { Mexico: { country: 'MEX' }, Qatar: { country: 'QAT' }, Egypt: { country: 'EGY' }, Israel: { country: 'ISR' } };
  for (const text of ['Mexico, Qatar and Egypt urged Israel to halt the offensive.', 'Qatar and Egypt have called on Israel to halt the offensive.']) {
    const e = mainEvent(text, { actors });
    assert.ok(e, text);
    const parties = [e.actor, ...e.coActors].map(country);
    assert.equal(new Set(parties).size, parties.length, `${text}: ${parties}`);
    assert.ok(parties.includes('QAT') && parties.includes('EGY') && !parties.includes('ISR'), `${text}: ${parties}`);
  }
});

test('a plural pronoun that takes up a listed subject acts for every party of the list', () => {
  const actors = { Qatar: { country: 'QAT', aliases: ['They'] }, Egypt: { country: 'EGY' }, Israel: { country: 'ISR' } };
  const text = 'Qatar and Egypt met in Cairo on Monday. They rejected the offer from Israel.';
  const e = eventsOf(text, { actors, groups: { They: ['Egypt'] } }).find((x) => x.type === 'REJECT');
  assert.deepEqual([e?.actor, ...(e?.coActors ?? [])].map((p) => country(p ?? null)), ['QAT', 'EGY']);
  // the co-actor points at where the text names it
  assert.equal(e?.coActors[0].span.text, 'Egypt');
  // without the group, "They" is Qatar alone
  const alone = eventsOf(text, { actors }).find((x) => x.type === 'REJECT');
  assert.deepEqual(alone?.coActors, []);
});
