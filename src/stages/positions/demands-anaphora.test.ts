import { test } from 'node:test';
import assert from 'node:assert/strict';
import { positionOn, positionsOf } from './test-support.ts';

test('issues in the complement of a demand are demanded by the one who demands; "abandon X" there opposes X', () => {
  const requires = 'Moscow requires Kyiv to abandon NATO aspirations, adopt neutrality, demilitarize, and recognize territorial changes.';
  const insisted = 'Lavrov insisted that Kyiv must abandon its NATO aspirations and adopt neutrality.';
  for (const text of [requires, insisted]) {
    const nato = positionOn(text, 'ukraine-nato');
    assert.equal(nato.stance, 'oppose', text);
    assert.equal(nato.actor.actor?.country, 'RUS', text);
    const neutral = positionOn(text, 'neutrality');
    assert.equal(neutral.stance, 'demand', text);
    assert.equal(neutral.actor.actor?.country, 'RUS', `${text}: the demander holds it, not the one asked`);
  }
  assert.equal(positionOn(requires, 'demilitarisation').stance, 'demand');
  assert.equal(positionOn(requires, 'territorial-recognition').stance, 'demand');
  const terms = positionOn('Warsaw insists that NATO must send peacekeepers only if Kyiv agrees.', 'peacekeepers');
  assert.equal(terms.stance, 'conditional');
  assert.deepEqual(terms.conditions.map((c) => c.text), ['only if Kyiv agrees']);
});

test('"…, a proposal backed by X": X takes the stance on what the proposal is about', () => {
  const cases: Array<[string, string, string]> = [
    ['France floated sending troops to monitor a ceasefire, a proposal backed by Poland.', 'peacekeepers', 'POL'],
    ['Berlin proposed a no-fly zone over Ukraine, an idea welcomed by Kyiv.', 'no-fly-zone', 'UKR'],
  ];
  for (const [text, issue, holder] of cases) {
    const p = positionsOf(text).find((x) => x.issue === issue && x.actor.actor?.country === holder);
    assert.ok(p, text);
    assert.equal(p.stance, 'support', text);
  }
});

test('an anaphoric object ("such plans", "the idea", "it") takes its issue from the sentence before', () => {
  const cases: Array<[string, string, string, string]> = [
    ['France floated sending peacekeepers. Moscow has consistently rejected such plans.', 'peacekeepers', 'oppose', 'RUS'],
    ['Warsaw called for new sanctions on Moscow. Budapest opposed the idea.', 'sanctions', 'oppose', 'HUN'],
    ['Paris proposed a ceasefire in March. Kyiv welcomed it.', 'ceasefire', 'support', 'UKR'],
  ];
  for (const [text, issue, stance, holder] of cases) {
    const p = positionsOf(text).find((x) => x.issue === issue && x.actor.actor?.country === holder);
    assert.ok(p, text);
    assert.equal(p.stance, stance, text);
    assert.equal(p.evidence.length, 2, 'both sentences are the evidence');
  }
  const own = positionsOf('Warsaw called for new sanctions on Moscow. Budapest opposed the idea of a no-fly zone.');
  assert.ok(!own.some((p) => p.issue === 'sanctions' && p.actor.actor?.country === 'HUN'), '"the idea of …" names its own issue');
  const far = positionsOf('Warsaw called for new sanctions on Moscow. Talks went on. Budapest opposed the idea.');
  assert.ok(!far.some((p) => p.actor.actor?.country === 'HUN'), 'only one sentence back');
});

test('a passive verb hands the stance to the predicate after it ("would be considered legitimate targets by X")', () => {
  for (const [text, holder] of [
    ['Foreign troops in Ukraine would be considered “legitimate targets” by Moscow.', 'RUS'],
    ['Any European peacekeepers would be considered legitimate targets by Russia.', 'RUS'],
  ]) {
    const p = positionOn(text, 'peacekeepers');
    assert.equal(p.stance, 'oppose', text);
    assert.equal(p.actor.actor?.country, holder, text);
  }
});

test('"does not oppose X but insists they must …" stays conditional with the condition span', () => {
  const p = positionOn('Moscow maintains it does not oppose security guarantees but insists they must involve China.', 'security-guarantees');
  assert.equal(p.stance, 'conditional');
  assert.deepEqual(p.conditions.map((c) => c.text), ['they must involve China']);
  const q = positionOn('Budapest does not reject sanctions but insists they must spare energy.', 'sanctions');
  assert.equal(q.stance, 'conditional');
  assert.deepEqual(q.conditions.map((c) => c.text), ['they must spare energy']);
});
