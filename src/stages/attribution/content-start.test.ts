import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDeterminer, withNounClause, withoutAdjunct, withoutHearer } from './content-start.ts';
import { contextOf, segmentOf, tokenText } from './testing.ts';

type Rule = typeof withoutHearer;

/** What `rule` makes of the tagged `content` of `cue` in a one-sentence text. */
const applying = (rule: Rule) => (text: string, cue: string, content: string): string => {
  const ctx = contextOf(text);
  const [out] = rule(ctx, segmentOf(ctx, cue, 'CUE'), [segmentOf(ctx, content, 'CON')]);
  return tokenText(ctx, out);
};
const told = applying(withoutHearer);
const afterAdjunct = applying(withoutAdjunct);
const starts = applying(withDeterminer);

test('the hearer after "told", "assured", "reminded" leaves the content: a pronoun, a plural noun or a name', () => {
  assert.equal(told('Grossi told reporters the site was damaged.', 'told', 'reporters the site was damaged'), 'the site was damaged');
  assert.equal(told('She told him the deal was off.', 'told', 'him the deal was off'), 'the deal was off');
  assert.equal(told('The envoy told the Security Council the truce had collapsed.', 'told', 'the Security Council the truce had collapsed'), 'the truce had collapsed');
  assert.equal(told('The minister assured investors that the bonds were safe.', 'assured', 'investors that the bonds were safe'), 'that the bonds were safe');
});

test('what stands between the hearer and "that" goes too: a time adjunct or a participle on the hearer', () => {
  assert.equal(told('He told reporters on Friday that the strikes would go on.', 'told', 'reporters on Friday that the strikes would go on'), 'that the strikes would go on');
  assert.equal(
    told('Rubio told reporters travelling with him that the talks had stalled.', 'told', 'reporters travelling with him that the talks had stalled'),
    'that the talks had stalled',
  );
});

test('the content stays as tagged when the hearer is unclear or belongs to it, or the verb reports no hearer', () => {
  // an order keeps its addressee; a possessive name runs on; "said" has no hearer
  assert.equal(told('She told him to leave the country.', 'told', 'him to leave the country'), 'him to leave the country');
  assert.equal(told("He told CNN's Jake Tapper the vote was rigged.", 'told', "CNN 's Jake Tapper the vote was rigged"), "CNN's Jake Tapper the vote was rigged");
  assert.equal(told('Officials said reporters were barred from the site.', 'said', 'reporters were barred from the site'), 'reporters were barred from the site');
  // a hearer with a participle and no "that": where the hearer ends is unclear
  assert.equal(told('He told voters gathered in Ohio the plant would reopen.', 'told', 'voters gathered in Ohio the plant would reopen'), 'voters gathered in Ohio the plant would reopen');
});

test('a content begun inside the adjunct after its cue starts at the "that" closing the adjunct', () => {
  assert.equal(afterAdjunct('The agency said in a report seen by Reuters that Iran had expanded its stockpile.', 'said', 'report seen by Reuters that Iran had expanded its stockpile'), 'that Iran had expanded its stockpile');
  assert.equal(afterAdjunct('Lavrov said in an interview with the state broadcaster that talks were pointless.', 'said', 'the state broadcaster that talks were pointless'), 'that talks were pointless');
});

test('no "that", a finite verb before it, or no preposition after the cue: the content stays as tagged', () => {
  assert.equal(afterAdjunct('The minister said in Brussels the talks were over.', 'said', 'the talks were over'), 'the talks were over');
  assert.equal(afterAdjunct('The envoy warned in May officials knew that the dam was weak.', 'warned', 'officials knew that the dam was weak'), 'officials knew that the dam was weak');
  assert.equal(afterAdjunct('The union said members feared that the plant would close.', 'said', 'members feared that the plant would close'), 'members feared that the plant would close');
});

test('a content begun inside a noun phrase takes the determiner before it; a cue word is never taken', () => {
  assert.equal(starts('Miller told reporters the law would force a review.', 'told', 'law would force a review'), 'the law would force a review');
  assert.equal(starts('Her deputy said a deal was near.', 'said', 'deal was near'), 'a deal was near');
  assert.equal(starts('The talks had failed, the envoy said.', 'said', 'talks had failed ,'), 'The talks had failed,');
  assert.equal(starts('The minister said talks had failed.', 'said', 'talks had failed'), 'talks had failed');
});

test('a content stopped at a report noun runs on over its "that" clause, past an adjunct, to the sentence end', () => {
  const runs = applying((ctx, _cue, contents) => withNounClause(ctx, contents));
  assert.equal(
    runs('Peskov denied reports in Western media that Moscow had dropped its demand.', 'denied', 'reports'),
    'reports in Western media that Moscow had dropped its demand',
  );
  assert.equal(runs('The ministry denied the claims. It said nothing more.', 'denied', 'the claims'), 'the claims');
  assert.equal(runs('The ministry denied the claims, which it said were false.', 'denied', 'the claims'), 'the claims');
});
