import type { DateGranularity, EventDate } from '../../doc/events.ts';
import { makeSpan } from '../../doc/span.ts';
import { MONTHS, WEEKDAYS } from '../../knowledge/calendar.ts';

/** A date expression found in the text, not yet resolved (resolution depends on the event's tense). */
export interface DateExpression {
  readonly start: number;
  readonly end: number;
  readonly kind: 'iso' | 'monthDay' | 'month' | 'year' | 'weekday' | 'offset' | 'vague';
  readonly year?: number;
  readonly month?: number; // 1–12
  readonly day?: number;
  /** weekday: 0 = Sunday … 6 = Saturday. */
  readonly weekday?: number;
  /** weekday: "last Tuesday" / "next Tuesday" / bare. */
  readonly direction?: 'last' | 'next' | 'bare';
  /** offset: days from publication, or a unit count ("last week" = −1 week). */
  readonly offset?: number;
  readonly unit?: 'day' | 'week' | 'month' | 'year';
}

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';

// Month and day names are matched capitalised, so the modal "may" and "march on Kyiv" stay out.
const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => Omit<DateExpression, 'start' | 'end'> | null]> = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => ({ kind: 'iso', year: +m[1], month: +m[2], day: +m[3] })],
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'), (m) => ({ kind: 'monthDay', month: monthOf(m[1]), day: +m[2], year: m[3] ? +m[3] : undefined })],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4})\\b)?`, 'g'), (m) => ({ kind: 'monthDay', month: monthOf(m[2]), day: +m[1], year: m[3] ? +m[3] : undefined })],
  [new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`, 'g'), (m) => ({ kind: 'month', month: monthOf(m[1]), year: m[2] ? +m[2] : undefined })],
  [/\b(?:[Ii]n|[Ss]ince|[Dd]uring)\s+((?:19|20)\d{2})\b/g, (m) => ({ kind: 'year', year: +m[1] })],
  [/\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g, (m) => ({
    kind: 'weekday', weekday: WEEKDAYS.indexOf(m[2].toLowerCase()), direction: m[1]?.toLowerCase() === 'next' ? 'next' : m[1] && /last|past/i.test(m[1]) ? 'last' : 'bare',
  })],
  [/\b(yesterday|today|tonight|tomorrow)\b/gi, (m) => ({ kind: 'offset', offset: { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[m[1].toLowerCase()]!, unit: 'day' })],
  [/\bthis (morning|afternoon|evening)\b/gi, () => ({ kind: 'offset', offset: 0, unit: 'day' })],
  [/\blast night\b/gi, () => ({ kind: 'offset', offset: -1, unit: 'day' })],
  [/\b(?:(last|next|this|earlier this|later this)\s+)(week|weekend|month|year)\b/gi, (m) => ({
    kind: 'offset', offset: /last/i.test(m[1]) ? -1 : /next/i.test(m[1]) ? 1 : 0, unit: m[2].toLowerCase() === 'weekend' ? 'week' : (m[2].toLowerCase() as 'week'),
  })],
  [/\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b/gi, (m) => ({
    kind: 'offset', offset: -(NUMBER_WORDS[m[1].toLowerCase()] ?? +m[1]), unit: m[2].toLowerCase() as 'day',
  })],
  [/\b(recently|lately|in recent (?:days|weeks|months))\b/gi, () => ({ kind: 'vague' })],
];

function monthOf(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((m) => m.startsWith(prefix)) + 1;
}

/** Every date expression in text[from, to), longest first where two overlap ("March 3, 2024" over "March 3"). */
export function findDateExpressions(text: string, from: number, to: number): DateExpression[] {
  const slice = text.slice(from, to);
  const found: DateExpression[] = [];
  for (const [re, read] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const parsed = read(m);
      if (parsed) found.push({ ...parsed, start: from + m.index, end: from + m.index + m[0].length });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: DateExpression[] = [];
  for (const d of found) if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
}

/** "2024-03-05T10:00:00Z" → a UTC date for 2024-03-05; null when absent or unreadable. */
export function publicationDay(published: string | undefined | null): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/**
 * The day an expression names, counted from the publication day. A weekday means the most recent such day on or
 * before publication (wire copy writes "on Tuesday" for the day of publication too), or the next one on or after
 * it for a future event ("will meet on Friday"); "last"/"next" force the direction. A day or month without a year
 * takes the year that puts it on or before publication (after it, for a future event).
 */
export function resolveExpression(text: string, d: DateExpression, published: Date | null, future: boolean): EventDate {
  const span = makeSpan(text, d.start, d.end);
  const explicit = (value: string, granularity: DateGranularity): EventDate => ({ value, text: span, resolution: 'explicit', granularity });
  const relative = (value: Date | null, granularity: DateGranularity): EventDate => ({ value: value ? iso(value) : null, text: span, resolution: 'relative', granularity });
  if (d.kind === 'iso') return explicit(iso(utc(d.year!, d.month!, d.day!)), 'day');
  if (d.kind === 'year') return explicit(`${d.year}-01-01`, 'year');
  if (d.kind === 'monthDay' || d.kind === 'month') {
    const day = d.kind === 'month' ? 1 : d.day!;
    const year = d.year ?? inferYear(d.month!, day, published, future);
    const granularity = d.kind === 'month' ? 'month' : 'day';
    return year === null ? { value: null, text: span, resolution: 'unknown', granularity } : explicit(iso(utc(year, d.month!, day)), granularity);
  }
  if (!published) return { value: null, text: span, resolution: 'unknown', granularity: 'day' };
  if (d.kind === 'vague') return relative(published, 'approximate');
  if (d.kind === 'weekday') {
    const delta = d.weekday! - published.getUTCDay();
    const forward = d.direction === 'next' || (d.direction === 'bare' && future);
    let shift = forward ? (delta + 7) % 7 : -((7 - delta) % 7);
    if (d.direction === 'last' && shift === 0) shift = -7;
    if (d.direction === 'next' && shift === 0) shift = 7;
    return relative(addDays(published, shift), 'day');
  }
  return relative(...offsetDate(published, d.offset!, d.unit!));
}

function offsetDate(published: Date, offset: number, unit: 'day' | 'week' | 'month' | 'year'): [Date, DateGranularity] {
  const y = published.getUTCFullYear();
  const m = published.getUTCMonth() + 1;
  if (unit === 'day') return [addDays(published, offset), 'day'];
  if (unit === 'week') {
    const monday = addDays(published, -((published.getUTCDay() + 6) % 7));
    return [addDays(monday, 7 * offset), 'week'];
  }
  if (unit === 'month') return [utc(y, m + offset, 1), 'month'];
  return [utc(y + offset, 1, 1), 'year'];
}

function inferYear(month: number, day: number, published: Date | null, future: boolean): number | null {
  if (!published) return null;
  const y = published.getUTCFullYear();
  const candidate = utc(y, month, day);
  if (future) return candidate.getTime() >= published.getTime() ? y : y + 1;
  return candidate.getTime() <= published.getTime() ? y : y - 1;
}

/** No expression: the publication day stands in, or nothing is known. */
export function fallbackDate(published: Date | null): EventDate {
  return published
    ? { value: iso(published), text: null, resolution: 'publication', granularity: 'day' }
    : { value: null, text: null, resolution: 'unknown', granularity: 'day' };
}
