export type Line = { number: number; bytes: Uint8Array } | { number: number; tooLong: true };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Splits a byte stream into lines (1-based numbers) without ever holding more than `maxLineBytes` of one line:
 * the bytes of an overlong line are dropped as they arrive and the line is reported as `tooLong`, so a
 * 2 GB line with no newline costs no more memory than a short one. (readline would buffer it whole.)
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const add = (bytes: Uint8Array): void => {
    if (tooLong || bytes.length === 0) return;
    size += bytes.length;
    if (size > maxLineBytes) {
      tooLong = true;
      parts = [];
    } else parts.push(bytes);
  };
  const finish = (): Line => {
    number++;
    const line: Line = tooLong ? { number, tooLong: true } : { number, bytes: withoutCarriageReturn(Buffer.concat(parts)) };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE, from); nl >= 0; nl = chunk.indexOf(NEWLINE, from)) {
      add(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    add(chunk.subarray(from));
  }
  if (size > 0 || tooLong) yield finish();
}

function withoutCarriageReturn(bytes: Uint8Array): Uint8Array {
  return bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.subarray(0, -1) : bytes;
}
