const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822 zone names still seen in RSS pubDate ("Tue, 05 Mar 2024 10:20:00 EST"). */
const ZONES: Readonly<Record<string, string>> = {
  GMT: 'Z', UT: 'Z', UTC: 'Z', Z: 'Z',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const RFC822 = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[A-Za-z]{1,4}))?)?$/;
const MONTH_FIRST = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;

/**
 * Publication dates as Parley stores them: "YYYY-MM-DD", or a full ISO date-time that keeps the offset the
 * source wrote. The offset is kept rather than converted to UTC because relative dates in the text
 * ("yesterday") resolve against the outlet's local date: "Tue, 05 Mar 2024 00:30:00 +0100" stays on the 5th.
 * Anything we cannot read for certain yields undefined; guessing a date would be worse than having none.
 */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  let m = ISO.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, frac, zone] = m;
    if (!validDate(+y, +mo, +d)) return undefined;
    if (h === undefined) return `${y}-${mo}-${d}`;
    if (+h > 23 || +mi > 59 || (sec !== undefined && +sec > 59)) return undefined;
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${frac ?? ''}${offset(zone)}`;
  }
  if ((m = COMPACT.exec(s) ?? SLASHED.exec(s))) return dateOnly(+m[1], +m[2], +m[3]);
  if ((m = RFC822.exec(s))) {
    const [, d, mon, y, h, mi, sec, zone] = m;
    const date = dateOnly(+y, monthNumber(mon), +d);
    if (!date || h === undefined) return date;
    if (+h > 23 || +mi > 59) return undefined;
    return `${date}T${h.padStart(2, '0')}:${mi}:${sec ?? '00'}${offset(zone)}`;
  }
  if ((m = MONTH_FIRST.exec(s))) return dateOnly(+m[3], monthNumber(m[1]), +m[2]);
  if ((m = DAY_FIRST.exec(s))) return dateOnly(+m[3], monthNumber(m[2]), +m[1]);
  return undefined;
}

function offset(zone: string | undefined): string {
  if (!zone) return '';
  const named = ZONES[zone.toUpperCase()];
  if (named) return named;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return '';
  return m[2] === '00' && m[3] === '00' ? 'Z' : `${m[1]}${m[2]}:${m[3]}`;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dateOnly(y: number, m: number, d: number): string | undefined {
  if (!validDate(y, m, d)) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
