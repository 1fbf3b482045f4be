import { ParleyError } from '../errors/catalogue.ts';

/**
 * A view over the document text in UTF-16 code units (= JavaScript string indices), end exclusive.
 * `text` is stored, not derived, so that a serialised record can be checked against its source on its own:
 * `doc.text.slice(start, end) === text` holds for every span Parley writes.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Builds a span over `source` and checks its bounds. */
export function makeSpan(source: string, start: number, end: number): Span {
  checkBounds(source, start, end);
  return { start, end, text: source.slice(start, end) };
}

/** Whether [start, end) is a range of whole indices inside `source`. */
export function inBounds(source: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= source.length && start <= end;
}

export function checkBounds(source: string, start: number, end: number): void {
  if (!inBounds(source, start, end)) {
    throw new ParleyError('SPAN_OUT_OF_BOUNDS', `[${start}, ${end}) in a text of length ${source.length}`);
  }
}

/** Whether a span lies inside `source` and its stored text is what it points at: `checkSpan` without the error. */
export function spanHolds(source: string, span: Span): boolean {
  return inBounds(source, span.start, span.end) && span.text.length === span.end - span.start && source.startsWith(span.text, span.start);
}

/** The write-time check: a span's stored text must equal what it points at. */
export function checkSpan(source: string, span: Span, where: string): void {
  checkBounds(source, span.start, span.end);
  if (source.slice(span.start, span.end) !== span.text) {
    throw new ParleyError(
      'SPAN_TEXT_MISMATCH',
      `${where}: [${span.start}, ${span.end}) holds ${JSON.stringify(source.slice(span.start, span.end))}, not ${JSON.stringify(span.text)}`,
    );
  }
}

/** Whether range `inner` lies within range `outer` (a mention inside a source, a name inside a collective). */
export function within(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function isSpan(value: unknown): value is Span {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.start === 'number' && typeof v.end === 'number' && typeof v.text === 'string';
}

/** Trims white space off both ends of [start, end) — stages often find a region, then tidy it. */
export function trimmedSpan(source: string, start: number, end: number): Span {
  while (start < end && /\s/.test(source[start])) start++;
  while (end > start && /\s/.test(source[end - 1])) end--;
  return makeSpan(source, start, end);
}
