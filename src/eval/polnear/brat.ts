/**
 * A reader for brat standoff (.ann) as PolNeAR writes it. Only offsets are read: the surface text after the
 * second TAB is ignored (the article text is sliced instead), which also makes continuation lines harmless.
 */

/** [start, end) in the article text, end exclusive. */
export type Fragment = readonly [number, number];

export interface BratTextBound {
  readonly id: string;
  readonly label: string;
  /** Several fragments for a discontinuous span ("T5 Content 10 20;30 40"). */
  readonly fragments: readonly Fragment[];
}

export interface BratEvent {
  readonly id: string;
  readonly type: string;
  readonly trigger: string;
  /** Role → T ids, in file order ("Content" and "Content2" are separate roles). */
  readonly args: ReadonlyArray<{ role: string; ref: string }>;
}

export interface BratDocument {
  readonly spans: ReadonlyMap<string, BratTextBound>;
  readonly events: readonly BratEvent[];
}

const RECORD = /^([TE#])(\d+)\t/;

export function parseBrat(ann: string): BratDocument {
  const spans = new Map<string, BratTextBound>();
  const events: BratEvent[] = [];
  for (const line of ann.split('\n')) {
    const m = RECORD.exec(line);
    if (!m) continue; // a continuation of a T's surface text (a span holding a newline), or a blank line
    const id = m[1] + m[2];
    const fields = line.split('\t');
    if (m[1] === 'T') spans.set(id, parseTextBound(id, fields[1] ?? ''));
    else if (m[1] === 'E') events.push(parseEvent(id, fields[1] ?? ''));
  }
  return { spans, events };
}

function parseTextBound(id: string, field: string): BratTextBound {
  const space = field.indexOf(' ');
  const label = field.slice(0, space);
  const fragments = field
    .slice(space + 1)
    .split(';')
    .map((part) => part.trim().split(/\s+/).map(Number) as [number, number])
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && e >= s);
  return { id, label, fragments };
}

function parseEvent(id: string, field: string): BratEvent {
  const [head, ...rest] = field.trim().split(/\s+/);
  const [type, trigger] = head.split(':');
  const args = rest.map((a) => {
    const colon = a.lastIndexOf(':');
    return { role: a.slice(0, colon), ref: a.slice(colon + 1) };
  });
  return { id, type, trigger, args };
}
