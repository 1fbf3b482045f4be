import { ParleyError } from '../../errors/catalogue.ts';
import { hasUtf8Bom, utf16Encoding } from '../decode.ts';

/**
 * Re-encodes a UTF-16 (BOM) byte stream as UTF-8 and strips a UTF-8 BOM, so line readers see UTF-8 only.
 * Other streams pass through untouched.
 */
export async function* asUtf8Chunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  async function* rest(): AsyncGenerator<Uint8Array> {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  // A BOM is at most 3 bytes; gather them even if the stream hands us 1-byte chunks.
  let head: Uint8Array = new Uint8Array(0);
  let ended = false;
  while (head.length < 3 && !ended) {
    const next = await iterator.next();
    if (next.done) ended = true;
    else head = Buffer.concat([head, next.value]);
  }
  const utf16 = utf16Encoding(head);
  if (!utf16) {
    yield hasUtf8Bom(head) ? head.subarray(3) : head;
    if (!ended) yield* rest();
    return;
  }
  const decoder = new TextDecoder(utf16, { fatal: true });
  const encoder = new TextEncoder();
  try {
    yield encoder.encode(decoder.decode(head.subarray(2), { stream: true }));
    if (!ended) for await (const chunk of rest()) yield encoder.encode(decoder.decode(chunk, { stream: true }));
    yield encoder.encode(decoder.decode());
  } catch (e) {
    if (e instanceof TypeError) throw new ParleyError('INPUT_BINARY', `invalid ${utf16}`);
    throw e;
  }
}
