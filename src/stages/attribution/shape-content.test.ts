import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentFromShape, reportAfterClause } from './shape-content.ts';
import { contextOf, segmentOf, tokenText } from './testing.ts';

/** The content pieces the sentence's shape gives a cue phrase and a source phrase (or none) in `text`. */
function content(text: string, cuePhrase: string, source: string | null): string[] {
  const ctx = contextOf(text);
  return contentFromShape(ctx, segmentOf(ctx, cuePhrase, 'CUE'), source ? segmentOf(ctx, source, 'SRC') : null).map((s) => tokenText(ctx, s));
}

test('a report that closes its sentence after a comma takes the clause before the comma', () => {
  assert.deepEqual(content('The meeting went badly from there, said one source in the room.', 'said', 'one source in the room'), ['The meeting went badly from there']);
  assert.deepEqual(content('The ministry will publish the records soon, a spokesman announced Monday morning.', 'announced', 'a spokesman'), ['The ministry will publish the records soon']);
  assert.deepEqual(content('Exports fell by a third last year, according to the customs office.', 'according to', 'the customs office'), ['Exports fell by a third last year']);
  assert.deepEqual(content('NAIROBI, March 3 - Troops left the border town, the army said.', 'said', 'the army'), ['Troops left the border town']);
  assert.deepEqual(content('The talks collapsed, an official told the agency on condition of anonymity.', 'told', 'an official'), ['The talks collapsed']);
});

test('a report set off by commas inside its sentence takes the pieces on both sides', () => {
  assert.deepEqual(content('The port was a giant, Mr. Okafor said, until the war closed it in 1999.', 'said', 'Mr. Okafor'), ['The port was a giant', 'until the war closed it in 1999']);
  assert.deepEqual(content('The plan will fail, he said, because the money is gone.', 'said', 'he'), ['The plan will fail', 'because the money is gone']);
});

test('a cue right before "that", or before an adjunct and "that", takes the that-clause, partial quotes and all', () => {
  assert.deepEqual(content('The director responded that the figures had been checked twice.', 'responded', 'The director'), ['that the figures had been checked twice']);
  assert.deepEqual(content('Ana Ruiz was quoted as saying by the state agency that the attack showed Lima "has no plan".', 'was quoted as saying', null), ['that the attack showed Lima "has no plan"']);
  assert.deepEqual(content('She told reporters in Geneva that the talks had stalled.', 'told', 'She'), []);
  assert.deepEqual(content('He said in an interview he gave on Friday that talks had stalled.', 'said', 'He'), [], 'a clause in the adjunct');
  assert.deepEqual(content('She made it clear to lawmakers on Monday that she backs them, touting a message of unity.', 'made it clear', 'She'), ['that she backs them'], 'not the participle after it');
});

test('a speech cue after its clause with nothing tagged, or just its subject, gives that subject and the clause', () => {
  const roles = (text: string, cue: string, tagged: string | null) => {
    const ctx = contextOf(text);
    return reportAfterClause(ctx, segmentOf(ctx, cue, 'CUE'), tagged ? [segmentOf(ctx, tagged, 'SRC')] : []).map((x) => `${x.role}:${tokenText(ctx, x)}`);
  };
  const text = 'Russia launched 400 drones overnight, the air force said on Thursday, in one of the largest attacks this winter.';
  assert.deepEqual(roles(text, 'said', null), ['CON:Russia launched 400 drones overnight', 'SRC:the air force']);
  assert.deepEqual(roles(text, 'said', 'the air force'), ['CON:Russia launched 400 drones overnight', 'SRC:the air force']);
  // a verb in the adjunct, a subject with a verb, or a source the tagger put elsewhere: nothing added
  assert.deepEqual(roles('Russia launched drones overnight, the air force said, as it has done every night since May.', 'said', null), []);
  assert.deepEqual(roles('Russia launched drones, which the air force said were new.', 'said', null), []);
  assert.deepEqual(roles(text, 'said', 'Russia'), ['SRC:Russia']);
});

test('other shapes and quotations are left to the tagger', () => {
  assert.deepEqual(content('The plan will fail, he said after the vote was held.', 'said', 'he'), []);
  assert.deepEqual(content('“The plan will fail for sure,” he said.', 'said', 'he'), []);
  assert.deepEqual(content('The ministry said the plan will fail.', 'said', 'The ministry'), []);
  assert.deepEqual(content('The ministry, he said, “will not pay”, and left.', 'said', 'he'), []);
});
