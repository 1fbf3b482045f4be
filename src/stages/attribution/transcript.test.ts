import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, tokenText } from './testing.ts';
import { transcriptTurns } from './transcript.ts';

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
