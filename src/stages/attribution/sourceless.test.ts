import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSpan } from '../../doc/span.ts';
import { subjectNotSource } from './sourceless.ts';

/** The cue `cue` in `text`, and optionally a source span `source`. */
function check(text: string, cue: string, source?: string): boolean {
  const at = text.indexOf(cue);
  const s = source === undefined ? null : makeSpan(text, text.indexOf(source), text.indexOf(source) + source.length);
  return subjectNotSource(makeSpan(text, at, at + cue.length), s);
}

test('the subject of a passive or a raising verb is not its source; a state of mind and "quoted as" keep theirs', () => {
  assert.ok(check('The mayor was accused of hiding the report.', 'was accused of'));
  assert.ok(check('Peacekeepers have been blamed for the outbreak.', 'been blamed for'));
  assert.ok(check('The envoy was once asked how the war would end.', 'was once asked'));
  assert.ok(check('Peacekeepers have sometimes been accused of abuses.', 'have sometimes been accused of'), 'adverbs before the auxiliary too');
  assert.ok(check('The ministers have often been criticized for delays.', 'have often been criticized'));
  assert.ok(check('The minister seems to think the deal is done.', 'seems to think'));
  assert.ok(check('The bill is expected to pass.', 'is expected'));
  assert.ok(!check('Protesters were frustrated that the talks had stalled.', 'were frustrated'));
  assert.ok(!check('The council is convinced the levy is unlawful.', 'is convinced'));
  assert.ok(!check('Ana Ruiz was quoted as saying the strike would go on.', 'was quoted as saying'));
  assert.ok(!check('The mayor said the report was false.', 'said'));
});

test('the agent after a passive cue may stay its source', () => {
  const text = 'The plan was rejected by the council on Monday.';
  assert.ok(!check(text, 'was rejected by', 'the council'));
  assert.ok(check(text, 'was rejected by'));
});
