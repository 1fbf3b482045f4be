import type { Span } from '../../doc/span.ts';
import type { TokenTable } from '../../doc/tokens.ts';

/** Where a token stands with respect to double quotation marks. */
export const enum QuoteState {
  Outside = 0,
  Inside = 1,
  Open = 2,
  Close = 3,
}

/** One quotation: from its opening mark to its closing mark (token indices, inclusive). */
export interface QuoteRegion {
  readonly open: number;
  /** The closing mark, or the paragraph's last token when the paragraph ends with the quote still open. */
  readonly close: number;
  /** False when the paragraph ended before a closing mark. */
  readonly closed: boolean;
  /** Opened by a paragraph that reopens a quote the previous paragraph left open (a multi-paragraph quote). */
  readonly continues: boolean;
}

export interface QuoteAnalysis {
  readonly state: Uint8Array;
  /** Index into `regions` of the quote holding each token, or -1. */
  readonly region: Int32Array;
  readonly regions: readonly QuoteRegion[];
}

const OPENING_CHARS = new Set(['“', '„', '«', '`']);
const CLOSING_CHARS = new Set(['”', '»']);

/** Whether no token of [first, last] is inside a quotation. */
export function unquoted(quotes: QuoteAnalysis, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (quotes.region[i] >= 0) return false;
  return true;
}

/**
 * Finds double quotation marks (“ ”, straight ", `` and '' as wink splits them) and pairs them, paragraph by
 * paragraph. A straight mark opens when white space or an opening bracket stands before it and closes when
 * text does; a paragraph that ends inside a quote and a next paragraph that starts with a mark make one
 * multi-paragraph quote, the newspaper convention for long quotations.
 */
export function analyseQuotes(text: string, tokens: TokenTable, paragraphs: readonly Span[]): QuoteAnalysis {
  const state = new Uint8Array(tokens.length);
  const region = new Int32Array(tokens.length).fill(-1);
  const regions: QuoteRegion[] = [];
  const direction = markDirections(text, tokens);
  let token = 0;
  let carriedOpen = false;
  for (const paragraph of paragraphs) {
    while (token < tokens.length && tokens.ends[token] <= paragraph.start) token++;
    const first = token;
    while (token < tokens.length && tokens.starts[token] < paragraph.end) token++;
    const last = token - 1;
    let openAt = -1;
    let continues = false;
    for (let i = first; i <= last; i++) {
      const d = direction[i];
      if (d === 0) continue;
      const opens = d === 1 || (d === 3 && openAt < 0);
      if (opens) {
        if (openAt >= 0) regions.push({ open: openAt, close: i - 1, closed: false, continues });
        continues = i === first && carriedOpen;
        openAt = i;
        if (direction[i + 1] === 4) i++; // the second half of '' or ``
      } else if (openAt >= 0) {
        const close = direction[i + 1] === 4 ? i + 1 : i;
        regions.push({ open: openAt, close, closed: true, continues });
        openAt = -1;
        i = close;
      }
    }
    carriedOpen = openAt >= 0;
    if (openAt >= 0) regions.push({ open: openAt, close: last, closed: false, continues });
  }
  regions.forEach((r, k) => {
    for (let i = r.open; i <= r.close; i++) {
      region[i] = k;
      state[i] = QuoteState.Inside;
    }
    state[r.open] = QuoteState.Open;
    if (direction[r.open + 1] === 4) state[r.open + 1] = QuoteState.Open;
    if (r.closed) {
      state[r.close] = QuoteState.Close;
      if (direction[r.close] === 4) state[r.close - 1] = QuoteState.Close;
    }
  });
  return { state, region, regions };
}

/** Per token: 0 not a double quote, 1 opening, 2 closing, 3 straight (decide by state), 4 second half of a pair. */
function markDirections(text: string, tokens: TokenTable): Uint8Array {
  const out = new Uint8Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens.words[i];
    const raw = text[tokens.starts[i]];
    const pairs = (w === "'" || w === '`') && i + 1 < tokens.length && tokens.words[i + 1] === w && tokens.starts[i + 1] === tokens.ends[i];
    if (w !== '"' && !pairs) continue;
    if (pairs) out[i + 1] = 4;
    const end = pairs ? tokens.ends[i + 1] : tokens.ends[i];
    if (OPENING_CHARS.has(raw)) out[i] = 1;
    else if (CLOSING_CHARS.has(raw)) out[i] = 2;
    else {
      const before = tokens.starts[i] === 0 ? ' ' : text[tokens.starts[i] - 1];
      const after = end >= text.length ? ' ' : text[end];
      const spaceBefore = /[\s([{—–-]/.test(before);
      const spaceAfter = /[\s.,;:!?)\]}—–-]/.test(after);
      out[i] = spaceBefore && !spaceAfter ? 1 : !spaceBefore && spaceAfter ? 2 : 3;
    }
    if (pairs) i++;
  }
  return out;
}
