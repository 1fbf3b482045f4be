import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileIssues, findIssues, splitWords } from '../../knowledge/issues/taxonomy.ts';
import { positionOn, positionsOf } from './test-support.ts';

test('stance from the cue: support, oppose, demand', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Paris backed a 30-day ceasefire.', 'ceasefire', 'support', 'FRA'],
    ['Warsaw welcomes the new sanctions package.', 'sanctions', 'support', 'POL'],
    ['Budapest opposes further sanctions on Moscow.', 'sanctions', 'oppose', 'HUN'],
    ['Moscow dismissed the idea of a no-fly zone.', 'no-fly-zone', 'oppose', 'RUS'],
    ['Berlin again refused to supply Taurus missiles.', 'arms-supplies', 'oppose', 'DEU'],
    ['Russia demands the neutrality of Ukraine.', 'neutrality', 'demand', 'RUS'],
    ['Kyiv insists on binding security guarantees.', 'security-guarantees', 'demand', 'UKR'],
  ];
  for (const [text, issue, stance, holder] of cases) {
    const p = positionOn(text, issue);
    assert.equal(p.stance, stance, text);
    assert.equal(p.actor.actor?.country, holder, text);
    assert.equal(p.evidence[0].text, text);
  }
});

test('negation turns the stance around', () => {
  assert.equal(positionOn('Kyiv does not support a ceasefire.', 'ceasefire').stance, 'oppose');
  assert.equal(positionOn('Ankara no longer opposes sanctions.', 'sanctions').stance, 'support');
});

test('"without agreeing on" reports an outcome, no stance', () => {
  assert.equal(positionsOf('Paris and Berlin ended the talks without agreeing on a ceasefire.').length, 0);
  assert.equal(positionOn('Paris and Berlin ended the talks after agreeing on a ceasefire.', 'ceasefire').stance, 'support');
});

test('"does not object … but insists they must …" is conditional, with the condition as a span', () => {
  const p = positionOn('Ankara does not object to observers but insists they must be unarmed.', 'peacekeepers');
  assert.equal(p.stance, 'conditional');
  assert.equal(p.actor.actor?.country, 'TUR');
  assert.deepEqual(p.conditions.map((c) => c.text), ['they must be unarmed']);
});

test('a demand made of the issue itself is a condition on it', () => {
  const text = 'Beijing said any peacekeeping mission must involve all UN Security Council members, including China.';
  const p = positionOn(text, 'peacekeepers', { attributions: [{ cue: 'said', content: text.slice(13, -1), source: 'Beijing' }] });
  assert.equal(p.stance, 'conditional');
  assert.equal(p.actor.actor?.country, 'CHN');
  assert.deepEqual(p.conditions.map((c) => c.text), ['must involve all UN Security Council members, including China']);
  assert.deepEqual(p.attributions, ['a1']);
});

test('conditions after a rejection and condition words make a stance conditional', () => {
  const truce = positionOn('Moscow rejected an unconditional truce, saying it must follow a comprehensive peace agreement.', 'ceasefire');
  assert.equal(truce.stance, 'conditional');
  assert.deepEqual(truce.conditions.map((c) => c.text), ['must follow a comprehensive peace agreement']);
  const jets = positionOn('Warsaw supports sending fighter jets only if NATO allies agree.', 'arms-supplies');
  assert.equal(jets.stance, 'conditional');
  assert.deepEqual(jets.conditions.map((c) => c.text), ['only if NATO allies agree']);
  const firm = positionOn('Lavrov rejected European peacekeepers, saying they must never set foot in Ukraine.', 'peacekeepers');
  assert.equal(firm.stance, 'oppose', 'a negated "must never" restates the opposition');
});

test('terms set in the next sentence through an anaphoric subject are further conditions of the same stance', () => {
  const text = 'Ankara does not object to observers but insists they must be unarmed. Ankara says such missions must also end within a year, and should report to the OSCE.';
  const [p, ...rest] = positionsOf(text).filter((x) => x.issue === 'peacekeepers');
  assert.equal(rest.length, 0, 'one position, not a second one');
  assert.equal(p.stance, 'conditional');
  assert.deepEqual(p.conditions.map((c) => c.text), ['they must be unarmed', 'must also end within a year', 'should report to the OSCE']);
  assert.equal(p.evidence.length, 2);
  // an issue named inside such a term is part of the term, not a demand for that issue
  const talks = 'Warsaw supports sending fighter jets only if NATO allies agree. Warsaw says such deliveries must follow a ceasefire agreement.';
  assert.ok(!positionsOf(talks).some((x) => x.issue === 'ceasefire' && x.stance === 'demand'));
  assert.deepEqual(positionOn(talks, 'arms-supplies').conditions.map((c) => c.text), ['only if NATO allies agree', 'must follow a ceasefire agreement']);
  // without a pointing subject the next sentence is a statement of its own
  const own = positionsOf('Ankara does not object to observers but insists they must be unarmed. Turkey must also end its blockade.');
  assert.deepEqual(own.find((x) => x.issue === 'peacekeepers')?.conditions.map((c) => c.text), ['they must be unarmed']);
});

test('"would be legitimate targets" opposes the deployment, held by the speaker', () => {
  const text = 'Any European peacekeepers in Ukraine would be legitimate targets, Lavrov said.';
  const p = positionOn(text, 'peacekeepers', { attributions: [{ cue: 'said', content: text.slice(0, text.indexOf(',')), source: 'Lavrov' }] });
  assert.equal(p.stance, 'oppose');
  assert.equal(p.actor.name, 'Lavrov');
  assert.equal(p.events.length, 1, 'linked to the THREATEN event');
});

test('each issue in a sentence gets its own position; no cue, no position', () => {
  const both = positionsOf('Kyiv demands security guarantees and rejects any neutrality.');
  assert.deepEqual(both.map((p) => [p.issue, p.stance]).sort(), [['neutrality', 'oppose'], ['security-guarantees', 'demand']]);
  assert.deepEqual(positionsOf('Sanctions were discussed at length in Brussels.'), []);
});

test('issue keywords match across hyphenation, plurals and possessives', () => {
  const index = compileIssues({
    format: 'parley.issues/1',
    issues: [{ id: 'flyzone', label: 'No-fly zone', keywords: ['no-fly zone'] }, { id: 'keep', label: 'Peacekeeping', keywords: ['peacekeep*'] }, { id: 'bid', label: 'NATO bid', keywords: ['ukraine nato bid'] }],
  });
  const find = (s: string) => findIssues(splitWords(s.replace(/'s/g, " 's")), index).map((h) => h.issue);
  assert.deepEqual(find('calls for no-fly zones'), ['flyzone']);
  assert.deepEqual(find('a no fly zone'), ['flyzone']);
  assert.deepEqual(find('the peacekeepers and peacekeeping'), ['keep', 'keep']);
  assert.deepEqual(find("Ukraine's NATO bid"), ['bid']);
  assert.deepEqual(find('keeping the peace'), []);
});

test('every example sentence in the shipped taxonomy names its issue', async () => {
  const { readFileSync } = await import('node:fs');
  const { DEFAULT_ISSUES_DATA_DIR } = await import('../../knowledge/issues/load.ts');
  const file = JSON.parse(readFileSync(`${DEFAULT_ISSUES_DATA_DIR}/issues.json`, 'utf8'));
  const index = compileIssues(file);
  for (const issue of file.issues) {
    assert.ok(issue.keywords.length > 0 && issue.examples.length > 0, issue.id);
    for (const example of issue.examples) {
      const found = findIssues(splitWords(example.toLowerCase().replace(/[.,;:!?]/g, ' ').replace(/'s\b/g, " 's")), index).map((h) => h.issue);
      assert.ok(found.includes(issue.id), `${issue.id}: ${example}`);
    }
  }
});

test('each party of a joint stance holds it', () => {
  for (const text of ['Israel and Egypt have called for a ceasefire.', 'Paris, Berlin and Kosovo oppose further sanctions.']) {
    const holders = positionsOf(text).map((p) => p.actor.actor?.country);
    assert.equal(holders.length, text.startsWith('Israel') ? 2 : 3, `${text}: ${holders}`);
    assert.equal(new Set(holders).size, holders.length, `${text}: ${holders}`);
  }
  assert.equal(positionsOf('Paris backed a ceasefire with Berlin.').length, 1, 'no list: one holder');
});

test('the parties of a joint statement hold what it says "they" will do, and only that', () => {
  const holders = (text: string) => {
    const attributions = [{ cue: 'said', content: text.slice(text.indexOf('said') + 5, -1), source: 'France and Germany', speakers: ['France', 'Germany'] }];
    return positionsOf(text, { attributions }).map((p) => p.actor.actor?.country).sort();
  };
  assert.deepEqual(holders('France and Germany said they would back a ceasefire.'), ['DEU', 'FRA']);
  assert.deepEqual(holders('France and Germany said Kyiv would back a ceasefire.'), ['UKR'], 'a party named in the content holds it alone');
});

test('a verb the tagger reads as an adverb after a modal is still a stance cue: "would back a ceasefire"', () => {
  assert.equal(positionOn('Paris said it would back a ceasefire.', 'ceasefire').stance, 'support');
  assert.equal(positionsOf('Paris will not back down.').length, 0);
});
