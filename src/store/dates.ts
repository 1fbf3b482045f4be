import { ParleyError } from '../errors/catalogue.ts';

/**
 * Published dates arrive as written by each outlet ("2026-03-14", "2026-03-14T10:00:00+02:00", an RSS
 * "Sat, 14 Mar 2026 10:00:00 GMT"). Comparing those strings would order them wrongly across time zones, so the
 * store keeps one sortable key per document: the UTC instant as ISO 8601 ("2026-03-14T08:00:00.000Z").
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The sortable key of a published date, or null when it cannot be read as a date (it then sorts last). */
export function publishedKey(published: string | null): string | null {
  if (published === null) return null;
  const iso = isoInstant(published.trim(), 'start');
  if (iso !== undefined) return iso;
  // Not ISO: accept what Date.parse reads only when the text names its zone, so the key does not depend on
  // the time zone of the machine that stored it.
  if (!/(GMT|UTC|Z|[+-]\d{2}:?\d{2})\s*$/i.test(published)) return null;
  const ms = Date.parse(published);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** A `since` bound: ISO only (a typo must not silently match nothing); a date means the start of that day. */
export function sinceKey(since: string | undefined): string | undefined {
  return since === undefined ? undefined : bound(since, 'since', 'start');
}

/** An `until` bound, inclusive: a date means the end of that day. */
export function untilKey(until: string | undefined): string | undefined {
  return until === undefined ? undefined : bound(until, 'until', 'end');
}

function bound(value: string, name: string, edge: 'start' | 'end'): string {
  const key = isoInstant(value.trim(), edge);
  if (key === undefined) throw new ParleyError('USAGE', `${name} must be an ISO date like 2026-03-14, not ${JSON.stringify(value)}`);
  return key;
}

/** An ISO date or date-time as a UTC instant; a time without a zone is read as UTC. Undefined when not valid. */
function isoInstant(value: string, edge: 'start' | 'end'): string | undefined {
  const m = ISO.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m;
  const dayMs = Date.UTC(Number(y), Number(mo) - 1, Number(d));
  // Date.UTC rolls 2026-02-30 over to March 2nd; a date that does not round-trip does not exist.
  if (new Date(dayMs).toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) return undefined;
  if (h === undefined) return new Date(edge === 'start' ? dayMs : dayMs + 86_400_000 - 1).toISOString();
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined;
  const ms = Date.parse(zone ? value.replace(' ', 'T') : `${value.replace(' ', 'T')}Z`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
