import { tokenAtOrAfter, type TokenTable } from './tokens.ts';

/**
 * Where a wire story was filed, before its first sentence proper: "MOSCOW (Reuters) - ", "KYIV, Sept 11 — ",
 * "Lima (AP) — ", "WASHINGTON, July 13 - ", "(Baltic Wire) - ". The mentions stage must not read its place as a
 * subject, and the attribution stage must keep it out of sources and contents; both ask here.
 *
 * It opens with a place in capitals, a capitalised place followed by a bracket or comma, a month and day, or a
 * bracketed agency; then only capitalised words, numbers, commas and brackets; then a dash with a space on each
 * side. "UN Secretary-General" holds a hyphen, not a dash, and "Moscow - which rejected the plan -" opens with no
 * dateline place.
 */
const SHOUTED = "\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+)*";
const PLACE = '\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)*(?=\\s*[(,])';
const MONTH_DAY = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}';
const AGENCY = '\\([^()\\n]{1,40}\\)';
/** What may follow the place before the dash: "Ukraine", "Sept.", "11", "(Reuters)"; at most DATELINE_PARTS of them. */
const PART = `(?:\\p{Lu}[\\p{L}.]*|\\d{1,4}|${AGENCY})`;
const DATELINE_PARTS = 8;
const DATELINE = new RegExp(`^(?:${SHOUTED}|${PLACE}|${MONTH_DAY}|${AGENCY})(?:,?\\s*${PART}){0,${DATELINE_PARTS}},?\\s+[-—–―]{1,2}\\s+`, 'u');
/** A dateline is short: the longest "KYIV, Ukraine, Sept. 11 (Reuters Ukraine Bureau) - " is well under this. */
const MAX_DATELINE_CHARS = 120;

/** The length of the dateline that starts at `at` in `text` (its dash and the space after included), or 0. */
export function datelineLength(text: string, at: number): number {
  // most sentences open with no capital-and-dash shape at all: skip the pattern for them (it is asked of every sentence)
  const head = text.slice(at, at + MAX_DATELINE_CHARS);
  if (!/^[\p{Lu}(]/u.test(head) || !FREE_DASH.test(head)) return 0;
  return DATELINE.exec(head)?.[0].length ?? 0;
}

const FREE_DASH = /\s[-—–―]/;

/** The first token after a dateline that starts at token `first`: `first` itself when there is none up to `last`. */
export function afterDateline(text: string, t: TokenTable, first: number, last: number): number {
  const length = datelineLength(text, t.starts[first]);
  if (!length) return first;
  const after = tokenAtOrAfter(t, t.starts[first] + length);
  return after <= last ? after : first;
}

/** Where a sentence starts after its dateline ("KYIV, Sept 11 -", "DOHA, Nov 24 (Meridian Post) - "), if it has one. */
export function bodyStart(text: string, sentence: { readonly start: number }): number {
  return sentence.start + datelineLength(text, sentence.start);
}
