import { test } from 'node:test';
import assert from 'node:assert/strict';
import { country, eventsOf, mainEvent } from './test-support.ts';

test('negation is flagged and lowers confidence', () => {
  for (const [negated, plain] of [
    ['Russia did not attack Kyiv.', 'Russia attacked Kyiv.'],
    ['Poland has never recognised the annexation.', 'Poland recognised the annexation.'],
    ["Ankara didn't condemn the strike.", 'Ankara condemned the strike.'],
    ['The envoys left Geneva without signing the accord.', 'The envoys left Geneva after signing the accord.'],
  ]) {
    const n = mainEvent(negated)!;
    const p = mainEvent(plain)!;
    assert.equal(n.type, p.type, negated);
    assert.equal(n.flags.negated, true, negated);
    assert.equal(p.flags.negated, false, plain);
    assert.ok(n.confidence < p.confidence, negated);
  }
});

test('an announced cooperative act is AGREE, announced harm a THREATEN, an announced withdrawal CONCEDE', () => {
  const cases: Array<[string, string]> = [
    ['Germany will send tanks to Ukraine.', 'AGREE'],
    ['The minister will visit Kyiv on Friday.', 'AGREE'],
    ['Azerbaijan vowed to retaliate.', 'THREATEN'],
    ['Kyiv plans to attack the bridge.', 'THREATEN'],
    ['The army will extend the curfew in Khartoum.', 'THREATEN'],
    ['Russia is going to withdraw its troops.', 'CONCEDE'],
    ['Moscow will pull its troops back from the border.', 'CONCEDE'],
  ];
  for (const [sentence, type] of cases) {
    const e = mainEvent(sentence)!;
    assert.equal(e.type, type, sentence);
    assert.equal(e.flags.future, true, sentence);
  }
});

test('a stated willingness to yield is AGREE, a plain announcement of it CONCEDE', () => {
  assert.equal(mainEvent('Georgia is ready to lift the curfew.')?.type, 'AGREE');
  assert.equal(mainEvent('Sudan is prepared to release the prisoners.')?.type, 'AGREE');
  assert.equal(mainEvent('Georgia will lift the curfew.')?.type, 'CONCEDE');
});

test('refusing in the future tense is a REJECT, not a negated cooperation', () => {
  for (const sentence of ['Berlin will not send Taurus missiles to Ukraine.', 'Turkey would not meet the demands of the rebels.', 'Serbia has no plans to recognise Kosovo.']) {
    const e = mainEvent(sentence)!;
    assert.equal(e.type, 'REJECT', sentence);
    assert.equal(e.flags.negated, false, sentence);
  }
});

test('modal harm is a threat; an if-clause is hypothetical, not a threat', () => {
  const may = mainEvent('Russia may cut gas supplies to Moldova if Chisinau refuses.')!;
  assert.equal(may.type, 'THREATEN');
  assert.deepEqual([may.flags.hypothetical, may.flags.conditional], [true, true]);
  const inIf = eventsOf('If Moscow attacks Warsaw, NATO will respond.').find((e) => e.trigger.text === 'attacks')!;
  assert.equal(inIf.type, 'ASSAULT');
  assert.equal(inIf.flags.hypothetical, true);
  const troops = mainEvent('France could send troops to Ukraine.')!;
  assert.equal(troops.type, 'MOBILIZE', 'a possible deployment to a friendly country is no threat');
  assert.equal(troops.flags.hypothetical, true);
});

test('a condition elsewhere in the sentence marks the event conditional', () => {
  for (const sentence of [
    'Ankara refuses to resume talks unless Moscow withdraws.',
    'Hungary will veto the sanctions unless Kyiv changes its law.',
    'Paris will send troops only if a ceasefire holds.',
    'Warsaw will deliver the jets on condition that they stay in Ukraine.',
  ]) {
    const e = eventsOf(sentence)[0];
    assert.equal(e.flags.conditional, true, sentence);
    assert.equal(e.flags.hypothetical, false, sentence);
  }
});

test('governing verbs take over the act they introduce and name it in the mode', () => {
  const rejected = mainEvent('Moscow rejected calls for talks with Kyiv.')!;
  assert.deepEqual([rejected.type, rejected.mode], ['REJECT', 'meet']);
  const demanded = mainEvent('Kyiv demanded that Russia withdraw its troops.')!;
  assert.deepEqual([demanded.type, demanded.mode, country(demanded.recipient)], ['REQUEST', 'yield', 'RUS']);
  const threatened = mainEvent('Russia threatened to cut off diplomatic relations with Poland.')!;
  assert.deepEqual([threatened.type, threatened.mode, country(threatened.recipient)], ['THREATEN', 'relations', 'POL']);
  assert.equal(eventsOf('Russia threatened to cut off diplomatic relations with Poland.').length, 1, 'the embedded act is not a second event');
});
