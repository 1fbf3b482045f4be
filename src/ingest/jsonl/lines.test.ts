import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines, type Line } from './lines.ts';

async function lines(chunks: string[], max = 100): Promise<Array<string | 'TOO LONG'>> {
  const out: Array<string | 'TOO LONG'> = [];
  const source = (async function* () {
    for (const c of chunks) yield Buffer.from(c);
  })();
  for await (const line of splitLines(source, max) as AsyncGenerator<Line>) {
    out.push('tooLong' in line ? 'TOO LONG' : Buffer.from(line.bytes).toString());
  }
  return out;
}

test('lines are joined across chunk boundaries and CRLF endings lose their CR', async () => {
  assert.deepEqual(await lines(['{"a"', ':1}\r\n{"b":2', '}\n']), ['{"a":1}', '{"b":2}']);
  assert.deepEqual(await lines(['one\ntwo\nthree']), ['one', 'two', 'three']);
  assert.deepEqual(await lines(['x\n\n\ny\n']), ['x', '', '', 'y']);
});

test('a line over the limit is reported, not kept, and the next line is intact', async () => {
  assert.deepEqual(await lines(['short\n', 'a'.repeat(8), 'b'.repeat(8), '\nafter\n'], 10), ['short', 'TOO LONG', 'after']);
  assert.deepEqual(await lines(['0123456789\n01234567890'], 10), ['0123456789', 'TOO LONG']);
});

test('line numbers count blank lines too', async () => {
  const numbers: number[] = [];
  const source = (async function* () { yield Buffer.from('a\n\nb\n'); })();
  for await (const line of splitLines(source, 10)) numbers.push(line.number);
  assert.deepEqual(numbers, [1, 2, 3]);
});
