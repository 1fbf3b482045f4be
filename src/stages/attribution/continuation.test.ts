import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finishCutQuotation, followingQuotations, fromQuotationStart, quotationOnlyAfterCue, resumedQuotation } from './continuation.ts';
import { contextOf, segmentOf, tokenText } from './testing.ts';

test('a content the window cut inside a quotation runs on to the closing mark', () => {
  const ctx = contextOf('The minister said: "We are ready. The army is ready. But we will not attack first." Then he left.');
  const tagged = segmentOf(ctx, '" We are ready .', 'CON');
  const [out] = finishCutQuotation(ctx, [tagged], tagged.last + 1);
  assert.equal(tokenText(ctx, out), '"We are ready. The army is ready. But we will not attack first."');
  // not cut by the window: the tagger chose to stop there
  assert.deepEqual(finishCutQuotation(ctx, [tagged], tagged.last + 5), [tagged]);
  // outside quotation marks there is no speaker's turn to finish
  const plain = contextOf('The minister said we are ready. The army is ready.');
  const reported = segmentOf(plain, 'we are ready', 'CON');
  assert.deepEqual(finishCutQuotation(plain, [reported], reported.last + 1), [reported]);
});

test('a content run to a closing mark starts at the opening mark when its cue stands outside', () => {
  const after = contextOf('"You work hard. You pay your taxes. So why did he not pay his?" the advertisement asks.');
  const [a] = fromQuotationStart(after, segmentOf(after, 'asks', 'CUE'), [], [segmentOf(after, 'So why did he not pay his ? "', 'CON')]);
  assert.equal(tokenText(after, a), '"You work hard. You pay your taxes. So why did he not pay his?"');
  const before = contextOf('The mayor warned: "The river is rising. Leave your homes tonight."');
  const [b] = fromQuotationStart(before, segmentOf(before, 'warned', 'CUE'), [], [segmentOf(before, 'Leave your homes tonight . "', 'CON')]);
  assert.equal(tokenText(before, b), '"The river is rising. Leave your homes tonight."');
});

test('a quotation keeps a later start when it holds another cue or the content stops before its end', () => {
  const text = '"The river is rising, the engineer said. Leave your homes tonight," the mayor warned.';
  const ctx = contextOf(text);
  const cue = segmentOf(ctx, 'warned', 'CUE');
  const tail = segmentOf(ctx, 'Leave your homes tonight , "', 'CON');
  assert.deepEqual(fromQuotationStart(ctx, cue, [segmentOf(ctx, 'said', 'CUE'), cue], [tail]), [tail]);
  const short = segmentOf(ctx, 'Leave your homes', 'CON');
  assert.deepEqual(fromQuotationStart(ctx, cue, [cue], [short]), [short]);
});

test('after a quotation and its cue, only another quotation continues the content', () => {
  const ctx = contextOf('"He really does love us," Melanie said, and soon the balloons were dropping.');
  const quote = segmentOf(ctx, '" He really does love us , "', 'CON');
  const narration = segmentOf(ctx, 'and soon the balloons were dropping', 'CON');
  const texts = (segments: ReturnType<typeof quotationOnlyAfterCue>) => segments.map((x) => tokenText(ctx, x));
  assert.deepEqual(texts(quotationOnlyAfterCue(ctx, segmentOf(ctx, 'said', 'CUE'), [quote, narration])), ['"He really does love us,"']);
  const split = contextOf('"Every time you say that," Tester said, "you give them ammunition."');
  const pieces = [segmentOf(split, '" Every time you say that , "', 'CON'), segmentOf(split, '" you give them ammunition . "', 'CON')];
  assert.equal(quotationOnlyAfterCue(split, segmentOf(split, 'said', 'CUE'), pieces).length, 2);
  // reported speech before the cue is no quotation: what follows is left to the tagger
  const reported = contextOf('The talks will fail, Ruiz said, because the money is gone.');
  const parts = [segmentOf(reported, 'The talks will fail', 'CON'), segmentOf(reported, 'because the money is gone', 'CON')];
  assert.equal(quotationOnlyAfterCue(reported, segmentOf(reported, 'said', 'CUE'), parts).length, 2);
});

test('a quotation broken by its cue resumes after it in lower case, after a comma or "but"', () => {
  const texts = (text: string, cueWord: string, lead: string, cues: string[] = []) => {
    const ctx = contextOf(text);
    const cue = segmentOf(ctx, cueWord, 'CUE');
    const others = cues.map((c) => segmentOf(ctx, c, 'CUE'));
    return resumedQuotation(ctx, cue, [cue, ...others], [segmentOf(ctx, lead, 'CON')]).map((x) => tokenText(ctx, x));
  };
  assert.deepEqual(texts('"I respect the mayor," she said on Monday, "but her budget will fail the city."', 'said', '" I respect the mayor , "'), [
    '"I respect the mayor,"',
    '"but her budget will fail the city."',
  ]);
  assert.deepEqual(texts('"I like Ana," he said, but "when it comes to taxes, she is wrong."', 'said', '" I like Ana , "').length, 2);
  // a new sentence in capitals, a scare quote, a quotation after another cue or after a verb: not resumed
  assert.equal(texts('"I like Ana," he said, "Taxes are another matter."', 'said', '" I like Ana , "').length, 1);
  assert.equal(texts('"I like Ana," said Ivo Petrak, whose book praises "rebellious" people.', 'said', '" I like Ana , "').length, 1);
  assert.equal(texts('"I like Ana," he said, adding that the vote was, "in the end, a fair one."', 'said', '" I like Ana , "', ['adding']).length, 1);
  assert.equal(texts('"We are done," he said, noting the album is "in the final stretch now."', 'said', '" We are done , "').length, 1);
});

test('quotations that follow in the paragraph with no cue of their own are the same speaker\'s', () => {
  const text = '"This is a sad day," said Ana Ruiz, head of the caucus. "He misled us. He knew it." "We will vote no," Ivo Petrak said.\n\n"Nothing changes."';
  const ctx = contextOf(text);
  const said = segmentOf(ctx, 'said Ana', 'CUE');
  const cue = { ...said, last: said.first };
  const other = segmentOf(ctx, 'said .', 'CUE');
  const texts = followingQuotations(ctx, cue, [cue, { ...other, last: other.first }], [segmentOf(ctx, '" This is a sad day , "', 'CON')]).map((x) => tokenText(ctx, x));
  // not Petrak's quotation (it has its cue), nor the next paragraph's
  assert.deepEqual(texts, ['"This is a sad day,"', '"He misled us. He knew it."']);
  const reported = contextOf('Ruiz said the vote was rigged. "He misled us."');
  const c = segmentOf(reported, 'said', 'CUE');
  assert.equal(followingQuotations(reported, c, [c], [segmentOf(reported, 'the vote was rigged', 'CON')]).length, 1, 'only after a quotation');
});
