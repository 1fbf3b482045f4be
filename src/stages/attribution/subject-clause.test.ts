import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionContext } from './context.ts';
import { ruleAttributions } from './rules.ts';
import { docWithStages } from '../../eval/polnear/segmented.ts';

function found(text: string) {
  const ctx = attributionContext(docWithStages(text));
  const span = (first: number, last: number) => text.slice(ctx.tokens.starts[first], ctx.tokens.ends[last]);
  return ruleAttributions(ctx).map((r) => ({ source: r.source && span(r.source.first, r.source.last), cue: span(r.cue.first, r.cue.last), content: r.contents.map((c) => span(c.first, c.last)) }));
}

test('a sentence that opens with its source and a cue verb is reported speech, up to a contrasting second cue', () => {
  assert.deepEqual(found('Ankara maintains it has no troops in the area but insists observers must leave.'), [
    { source: 'Ankara', cue: 'maintains', content: ['it has no troops in the area'] },
  ]);
  assert.deepEqual(found('The union believes that the strike will spread.'), [{ source: 'The union', cue: 'believes', content: ['the strike will spread'] }]);
});

test('the frame must open the sentence, and the cue must not sit inside a quotation', () => {
  assert.deepEqual(found('The plan he says will fail was shelved.'), []);
  assert.deepEqual(found('Officials were calm. “Nobody says it is over,” one aide added.').filter((r) => r.cue === 'says'), []);
});
