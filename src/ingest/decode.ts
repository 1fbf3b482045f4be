import { ParleyError } from '../errors/catalogue.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The UTF-16 flavour announced by a byte-order mark, if any. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((b, i) => bytes[i] === b);
}

/**
 * Bytes to text, strictly. UTF-16 is accepted only with a BOM (Windows "Unicode" saves); everything else must
 * be NUL-free UTF-8, or else in the legacy charset the page or feed itself declares. A PDF or a JPEG renamed
 * .txt fails here as INPUT_BINARY instead of reaching the pipeline as mojibake.
 */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes);
  if (!utf16) return decodeUtf8OrDeclared(hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes);
  try {
    return new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
  } catch {
    throw new ParleyError('INPUT_BINARY', `invalid ${utf16}`);
  }
}

/** Where a page or feed names its encoding: <meta charset="…">, http-equiv content, <?xml encoding="…"?>. */
const DECLARED_CHARSET = /<meta[^>]*charset\s*=\s*["']?([\w.:-]+)|<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i;
const CHARSET_SNIFF_BYTES = 2048;

/**
 * UTF-8 first; only if that fails, the encoding the document declares (an old page in windows-1252, a feed in
 * ISO-8859-2). The declaration comes second because pages often declare "iso-8859-1" while sending UTF-8, and
 * honouring it would turn "é" into "Ã©".
 */
function decodeUtf8OrDeclared(bytes: Uint8Array): string {
  try {
    return decodeUtf8(bytes);
  } catch (e) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SNIFF_BYTES));
    const m = DECLARED_CHARSET.exec(head);
    const charset = m?.[1] ?? m?.[2];
    if (!charset || bytes.includes(0) || /^utf-?8$/i.test(charset)) throw e;
    const decoder = decoderFor(charset);
    if (!decoder) throw e;
    const text = decoder.decode(bytes);
    return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c: string) => CP1252[c.charCodeAt(0) - 0x80] || c) : text;
  }
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // an encoding name TextDecoder does not know
  }
}

/**
 * windows-1252's 0x80–0x9F (curly quotes, dashes, €). Node's TextDecoder treats the label as ISO-8859-1 and
 * returns C1 control characters there, so "\x93ok\x94" would lose its quote marks.
 */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Strict UTF-8 without BOM handling: NUL bytes or invalid sequences are INPUT_BINARY. */
export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ParleyError('INPUT_BINARY', 'NUL bytes');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ParleyError('INPUT_BINARY', 'invalid UTF-8');
  }
}

/** Lenient decoding for sniffing a prefix, which may end inside a character. */
export function decodeForSniffing(bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes);
}
