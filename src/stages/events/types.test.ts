import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLOVER_TYPES } from '../../doc/events.ts';
import { country, eventsOf, mainEvent } from './test-support.ts';

// Three sentences per PLOVER type, written for these tests, with the acting party where the sentence names one.
const CASES: Record<string, Array<[sentence: string, actor?: string, recipient?: string]>> = {
  AGREE: [['Poland agreed to host the next round of talks.', 'POL'], ['Berlin pledged to send air-defence systems to Kyiv.', 'DEU', 'UKR'], ['Turkey offered to mediate between Russia and Ukraine.', 'TUR']],
  CONSULT: [['Sikorski met Lavrov in Geneva on Monday.', 'POL', 'RUS'], ['Armenia and Azerbaijan held talks in Washington.'], ['The minister visited Kyiv last week.', 'FRA', 'UKR']],
  SUPPORT: [['Paris backed the proposal.', 'FRA'], ['Hungary praised China for its peace plan.', 'HUN', 'CHN'], ['Kosovo and Serbia signed an agreement on license plates.']],
  CONCEDE: [['Georgia lifted the curfew in the capital.', 'GEO'], ['Sudan pardoned 200 prisoners.', 'SDN'], ['Moscow will withdraw its troops from the border.', 'RUS']],
  COOPERATE: [['Turkey extradited two suspects to Germany.', 'TUR', 'DEU'], ['Britain shared intelligence with Kyiv.', 'GBR', 'UKR'], ['France and Egypt held joint naval exercises.']],
  AID: [['Germany sent artillery shells to Ukraine.', 'DEU', 'UKR'], ['The EU provided 50 million euros in humanitarian aid to Sudan.', 'EUR', 'SDN'], ['Poland granted asylum to the dissident.', 'POL']],
  RETREAT: [['Russia withdrew its troops from the village.', 'RUS'], ['The rebels released twelve hostages.', 'SDN'], ['The minister resigned on Friday.', 'FRA']],
  REQUEST: [['Kyiv urged Berlin to deliver more air defence.', 'UKR', 'DEU'], ['Azerbaijan called for talks with Armenia.', 'AZE', 'ARM'], ['Beijing demanded that Washington lift the tariffs.', 'CHN', 'USA']],
  ACCUSE: [['Egypt accused Israel of violating the truce.', 'EGY', 'ISR'], ['Ankara condemned the attack.', 'TUR'], ['Warsaw summoned the Russian ambassador.', 'POL']],
  REJECT: [['Kyiv rejected the proposal.', 'UKR'], ['Budapest refused to join the sanctions.', 'HUN'], ['Moscow dismissed calls for a ceasefire.', 'RUS']],
  THREATEN: [['Russia threatened to cut gas supplies to Moldova.', 'RUS'], ['Lavrov warned that foreign troops would be legitimate targets.', 'RUS', 'INT'], ['Beijing issued an ultimatum to the rebels.', 'CHN', 'SDN']],
  PROTEST: [['Thousands of protesters rallied outside parliament in Tbilisi.', 'GEO'], ['Dockworkers went on strike in Antwerp.'], ['Farmers blocked the highway near Warsaw.']],
  SANCTION: [['The EU imposed new sanctions on Russia.', 'EUR', 'RUS'], ['Poland expelled three Russian diplomats.', 'POL'], ['Georgia suspended military cooperation with Armenia.', 'GEO', 'ARM']],
  MOBILIZE: [['Russia deployed troops along the border.', 'RUS'], ['Azerbaijan mobilized its reservists.', 'AZE'], ['Serbia put its army on high alert.', 'SRB']],
  COERCE: [['Police arrested dozens of protesters in Tbilisi.', 'GEO', 'GEO'], ['Russia annexed four regions of Ukraine.', 'RUS', 'UKR'], ['The army imposed a curfew in Khartoum.', 'SDN']],
  ASSAULT: [['Russia shelled Kharkiv overnight.', 'RUS'], ['The rebels attacked an army convoy near El Fasher.', 'SDN'], ['Israel launched airstrikes on Gaza.', 'ISR']],
};

test('every PLOVER type is coded on sentences that state it', () => {
  assert.deepEqual(Object.keys(CASES).sort(), [...PLOVER_TYPES].sort());
  for (const [type, cases] of Object.entries(CASES)) {
    for (const [sentence, actor, recipient] of cases) {
      const e = mainEvent(sentence);
      assert.equal(e?.type, type, sentence);
      if (actor) assert.equal(country(e!.actor), actor, `actor of: ${sentence}`);
      if (recipient) assert.equal(country(e!.recipient), recipient, `recipient of: ${sentence}`);
    }
  }
});

test('quad class, score and CAMEO root follow the type', () => {
  const assault = mainEvent('Russia shelled Kharkiv overnight.')!;
  assert.deepEqual([assault.quadClass, assault.score, assault.cameoRoot], [4, -9, '19']);
  const support = mainEvent('Paris backed the proposal.')!;
  assert.deepEqual([support.quadClass, support.score, support.cameoRoot], [1, 5, '05']);
  const visit = mainEvent('The minister visited Kyiv last week.')!;
  assert.equal(visit.mode, 'visit');
  assert.equal(visit.score, 4, 'the manual gives CONSULT visit its own score');
});

test('conjoined parties become co-actors', () => {
  for (const sentence of ['France and Germany agreed to send aid to Ukraine.', 'Armenia and Azerbaijan held talks in Washington.']) {
    const e = mainEvent(sentence)!;
    assert.equal(e.coActors.length, 1, sentence);
    assert.notEqual(e.coActors[0].entity, e.actor!.entity);
  }
  const appositive = mainEvent('Sikorski, the minister, met Lavrov.')!;
  assert.equal(appositive.coActors.length, 0, 'a comma without "and" is an apposition, not a list');
});

test('a joint exercise of two countries is COOPERATE, one country alone MOBILIZE', () => {
  assert.equal(mainEvent('France and Egypt held joint naval exercises.')?.type, 'COOPERATE');
  assert.equal(mainEvent('Serbia and Hungary staged military drills near the border.')?.type, 'COOPERATE');
  assert.equal(mainEvent('Serbia staged military drills near the border.')?.type, 'MOBILIZE');
});

test('a passive sentence puts the "by" party in the actor slot', () => {
  const e = mainEvent('Three soldiers were killed by the rebels near the border.')!;
  assert.equal(e.type, 'ASSAULT');
  assert.equal(e.actor?.span.text, 'the rebels');
  const accused = mainEvent('Serbia was accused by Kosovo of blocking the crossing.')!;
  assert.equal(accused.type, 'ACCUSE');
  assert.equal(country(accused.actor), 'XKX');
  assert.equal(country(accused.recipient), 'SRB');
});

test('a trailing source clause is not a recipient', () => {
  for (const sentence of ['Poland expelled three diplomats, Sikorski said on Tuesday.', 'Germany sent tanks, the minister announced.']) {
    const e = mainEvent(sentence)!;
    assert.equal(e.recipient, null, sentence);
  }
});

test('statements that are not events produce none', () => {
  for (const sentence of ['The minister said the weather was fine.', 'Berlin is the capital of Germany.', 'Ankara thinks the talks are important.']) {
    assert.deepEqual(eventsOf(sentence).map((e) => e.type), [], sentence);
  }
});

test('every span written points at its text', () => {
  const text = 'Kyiv urged Berlin to deliver more air defence, the minister said on Tuesday in Paris.';
  for (const e of eventsOf(text, { meta: { published: '2024-05-02' } })) {
    for (const s of [e.trigger, e.evidence, e.actor?.span, e.recipient?.span, e.location, e.date.text]) {
      if (s) assert.equal(text.slice(s.start, s.end), s.text);
    }
  }
});

test('a measure phrase between a verb and its object ("shortened by one hour the curfew") does not hide the object', () => {
  for (const text of ['Sudan shortened by one hour the nightly curfew in Khartoum.', 'The army eased by a further two hours the curfew imposed on the capital.']) {
    const e = mainEvent(text);
    assert.equal(e?.type, 'CONCEDE', text);
    assert.equal(country(e!.actor), 'SDN', text);
  }
});

test('building up a force of one\'s own is MOBILIZE: "has trained 500 computer hackers", "recruited mercenaries"', () => {
  for (const text of ['China has trained more than 300 computer hackers capable of attacking Poland.', 'The rebels recruited hundreds of mercenaries last month.']) {
    const e = mainEvent(text);
    assert.equal(e?.type, 'MOBILIZE', text);
    assert.ok(['CHN', 'SDN'].includes(country(e!.actor) ?? ''), text);
  }
});

test('driving people from their homes is ASSAULT (mass expulsion), a day between verb and object notwithstanding', () => {
  for (const text of ['The army forced out on Monday more than 300 families from their homes near Khartoum.', 'The rebels drove out the villagers of two hamlets.']) {
    const e = mainEvent(text);
    assert.equal(e?.type, 'ASSAULT', text);
    assert.equal(e?.mode, 'cleansing', text);
    assert.equal(country(e!.actor), 'SDN', text);
  }
});

test('a fronted phrase before the comma is no report: "In an interview on Sunday, Sikorski said …" keeps its parties', () => {
  const e = eventsOf('In an interview on Sunday, Sikorski said Poland is ready to send aid to Ukraine.').find((x) => x.type === 'AGREE');
  assert.equal(country(e?.recipient ?? null), 'UKR');
});

test('"no interest in" talks refuses them, quote marks around the words notwithstanding', () => {
  for (const text of ['Lavrov said Russia showed no interest in talks with Kyiv.', 'Lavrov said Russia had “no interest” in talks with Kyiv.']) {
    const e = eventsOf(text).find((x) => x.type === 'REJECT');
    assert.equal(country(e?.actor ?? null), 'RUS', text);
    assert.equal(country(e?.recipient ?? null), 'UKR', text);
  }
});
