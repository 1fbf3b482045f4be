import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../doc/document.ts';
import { matchAll, resolveOverlaps } from '../../stages/events/match.ts';
import { segmentStage } from '../../stages/segment/segment.ts';
import { parseCameoVerbs } from './cameo-format.ts';
import { toLexiconFile } from './derive.ts';
import { nounForms, verbForms } from './inflect.ts';
import { EMPTY_CURATED, loadEventKnowledge, shippedEventKnowledge } from './load.ts';
import { parseCameoToPlover } from './mapping-format.ts';

// A dictionary in the PETRARCH verb format, written for this test (no line taken from CAMEO.2.0.txt).
const TOY = `
&OFFER
+OFFER
+PROPOSAL
+PEACE_PLAN

---  SNUB   [---]  ---
SNUB
+BRUSH_OFF {+BRUSHED_OFF +BRUSHES_OFF}
COLD_+SHOULDER
- * &OFFER                          [120]   # SNUB
- * (OF {GRAIN DEAL})               [1211]  # SNUB
- * INVITATION                      [---]   # SNUB
---  PHONE_UP   [041:041]  ---
RING {RANG RUNG}
`;

test('the verb-dictionary reader keeps blocks, synsets, multi-word verbs, forms and patterns', () => {
  const d = parseCameoVerbs(TOY);
  assert.deepEqual(d.synsets.OFFER, ['offer', 'proposal', 'peace plan']);
  assert.equal(d.blocks.length, 2);
  const snub = d.blocks[0];
  assert.equal(snub.code, null);
  assert.deepEqual(snub.verbs.map((v) => [v.words.join(' '), v.verbIndex]), [['snub', 0], ['brush off', 0], ['cold shoulder', 1]]);
  assert.deepEqual(snub.verbs[1].forms, ['brushed', 'brushes']);
  assert.deepEqual(snub.patterns.map((p) => [p.post, p.code]), [[['&OFFER'], '120'], [['of', 'grain deal'], '1211'], [['invitation'], null]]);
  assert.equal(d.blocks[1].code, '041', 'the source-side code of "[041:041]"');
  assert.deepEqual(d.blocks[1].verbs[0].forms, ['rang', 'rung']);
});

test('the CAMEO→PLOVER reader takes type, mode and contexts, first row winning', () => {
  const m = parseCameoToPlover('12: REJECT\n120: REJECT,  ,    # Reject\n1211: REJECT, assist, economic; trade # x\n1211: AGREE, , # duplicate\n');
  assert.deepEqual(m['120'], ['REJECT', null, []]);
  assert.deepEqual(m['1211'], ['REJECT', 'assist', ['economic', 'trade']]);
  assert.equal(m['12'], undefined, 'two-digit lines are headers');
});

test('inflection covers regular, doubled, -y, -e and irregular forms', () => {
  const irregular = new Map([['withdraw', ['withdrew', 'withdrawn']]]);
  for (const [base, form] of [['refuse', 'refused'], ['refuse', 'refusing'], ['deny', 'denies'], ['deny', 'denied'], ['stop', 'stopped'], ['agree', 'agreeing'], ['withdraw', 'withdrew'], ['push', 'pushes']]) {
    assert.ok(verbForms(base, irregular).includes(form), `${base} → ${form}`);
  }
  assert.deepEqual(nounForms('ally').sort(), ['allies', 'ally']);
  assert.deepEqual(nounForms('sanction').sort(), ['sanction', 'sanctions']);
});

function tokensOf(text: string) {
  return segmentStage.run(new Doc(text), { knowledge: {} }).layers.tokens!;
}

test('a compiled toy lexicon codes through its patterns, and a null pattern vetoes', () => {
  const k = loadEventKnowledge({ cameo: toLexiconFile(parseCameoVerbs(TOY), 'toy'), curated: EMPTY_CURATED });
  const coded = (text: string) => {
    const t = tokensOf(text);
    return resolveOverlaps(matchAll(t, 0, t.length, k.lexicon)).map((h) => h.target?.type ?? null);
  };
  assert.deepEqual(coded('Ruritania snubbed the peace plan.'), ['REJECT']);
  assert.deepEqual(coded('Ruritania brushed off the latest offer.'), ['REJECT']);
  assert.deepEqual(coded('Ruritania snubbed the invitation.'), [], 'a pattern coded [---] codes nothing');
  assert.deepEqual(coded('Ruritania snubbed the envoy.'), [], 'a block without a default needs a pattern');
  assert.deepEqual(coded('The king rang the president.'), ['CONSULT']);
});

test('the shipped lexicon loads and indexes every form of its verbs', () => {
  const k = shippedEventKnowledge();
  assert.ok(k.lexicon.rules.length > 1500);
  const types = (word: string) => new Set((k.lexicon.byWord.get(word) ?? []).map((r) => r.target?.type ?? null));
  assert.ok(types('refused').has('REJECT'));
  assert.ok(types('demands').has('REQUEST'));
  assert.ok(types('shelling').has('ASSAULT'));
  assert.ok(types('telephoned').has('CONSULT'));
  assert.deepEqual([...types('thinks')], [null], 'a vague CAMEO verb ("think") codes nothing bare');
});

test('CAMEO codes map to PLOVER with appeals as REQUEST and statements dropped', () => {
  const { toPlover } = shippedEventKnowledge();
  assert.equal(toPlover('0233')?.type, 'REQUEST', 'appeal for humanitarian aid');
  assert.equal(toPlover('0233')?.mode, 'assist');
  assert.equal(toPlover('010'), null, 'a statement is no event');
  assert.equal(toPlover('1384')?.type, 'THREATEN');
  assert.equal(toPlover('0871')?.mode, 'ceasefire');
  assert.equal(toPlover('1999')?.type, 'ASSAULT', 'an unknown code falls back to its parent');
});
