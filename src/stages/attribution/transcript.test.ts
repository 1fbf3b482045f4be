import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, tokenText } from './testing.ts';
import { transcriptTurns } from './transcript.ts';
import { attributionType } from './classify.ts';
import { mergeRuleAttributions } from './extract.ts';

function turns(text: string) {
  const ctx = contextOf(text);
  return transcriptTurns(ctx).map((t) => [tokenText(ctx, t.source!), tokenText(ctx, t.cue), tokenText(ctx, t.contents[0])]);
}

test('the turns of a transcript: the speaker in capitals, the colon cue, the rest of the paragraph', () => {
  const text = 'Transcript as follows:\n\n"WALLACE: Will she be there?\n\n"PENCE: Well, look, no.\n\n"WALLACE: Why not?\n\n"PENCE: Ask her.\n\nCORRECTION: A name was misspelled.';
  assert.deepEqual(turns(text), [
    ['WALLACE', ':', 'Will she be there?'],
    ['PENCE', ':', 'Well, look, no.'],
    ['WALLACE', ':', 'Why not?'],
    ['PENCE', ':', 'Ask her.'],
  ]);
});

test('labels that are no dialogue are not speakers', () => {
  assert.deepEqual(turns('UPDATE: The vote was moved.\n\nCORRECTION: A name was misspelled.'), []);
  assert.deepEqual(turns('RAMOS: Did you lie?\n\nRAMOS: Did you?\n\nCLINTON: I feel a great deal of sympathy.'), []);
});

test('a turn is the speaker\'s own words, typed direct, and stays beside a report the model finds inside it', () => {
  const text = 'RUSU: Good afternoon. The ministry is concerned about the reports.\n\nQUESTION: Will you protest?\n\nRUSU: We have protested.\n\nQUESTION: When?';
  const ctx = contextOf(text);
  const [first] = transcriptTurns(ctx);
  assert.equal(attributionType(ctx, first.cue, first.contents), 'direct');
  // a report the model found inside the first turn: "is concerned about" with its own content
  const cueAt = ctx.tokens.words.indexOf('concerned');
  const inner = { cue: { role: 'CUE' as const, first: cueAt, last: cueAt + 1 }, contents: [{ role: 'CON' as const, first: cueAt + 2, last: cueAt + 4 }], source: null, confidence: 0.8 };
  const merged = mergeRuleAttributions(ctx, [inner]);
  assert.ok(merged.some((a) => a.cue.first === first.cue.first), 'the turn stays');
  assert.ok(merged.includes(inner));
});

test('a signed line stays beside a report the model finds inside it, as a turn does', () => {
  const text = 'Readers wrote in.\n“His plan has brought about division.” ― Marta Lind';
  const ctx = contextOf(text);
  const cueAt = ctx.tokens.words.indexOf('brought');
  const inner = { cue: { role: 'CUE' as const, first: cueAt - 1, last: cueAt + 1 }, contents: [{ role: 'CON' as const, first: cueAt + 2, last: cueAt + 2 }], source: null, confidence: 0.8 };
  const merged = mergeRuleAttributions(ctx, [inner]);
  assert.ok(merged.some((a) => ctx.tokens.words[a.cue.first] === '―'), 'the signed line stays');
});
