import type { EventParticipant } from '../doc/events.ts';
import { eventsOf, positionsOf, type AnalysisRecord } from './records.ts';

export type CsvTable = 'events' | 'positions';
type Cell = string | number | boolean | null | undefined;

/**
 * RFC 4180: a field holding a comma, a double quote, CR or LF is enclosed in double quotes, with each inner
 * quote doubled; lines end in CRLF. Numbers and booleans are written as JSON writes them; null as empty.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

const EVENT_COLUMNS = [
  'doc_id', 'event_id', 'date', 'date_resolution', 'type', 'mode', 'quad_class', 'score', 'cameo_root', 'actor_text', 'actor_code',
  'actor_sector', 'actor_name', 'recipient_text', 'recipient_code', 'recipient_sector', 'recipient_name', 'trigger', 'trigger_start',
  'trigger_end', 'location', 'context', 'negated', 'hypothetical', 'future', 'conditional', 'attribution', 'confidence', 'evidence',
  'url', 'outlet', 'title', 'published',
] as const;

const POSITION_COLUMNS = [
  'doc_id', 'position_id', 'date', 'actor_name', 'actor_code', 'actor_sector', 'issue', 'stance', 'cue', 'issue_text', 'conditions',
  'attributions', 'events', 'confidence', 'evidence', 'url', 'outlet', 'published',
] as const;

const party = (p: EventParticipant | null): Cell[] => [p?.span.text, p?.actor?.country, p?.actor?.sector, p?.actor?.name];

/** A CSV table of all events or positions, header first; conditions are joined with " | ", contexts with ";". */
export function toCsv(analyses: readonly AnalysisRecord[], table: CsvTable): string {
  if (table === 'events') {
    const rows = analyses.flatMap((a) =>
      eventsOf(a).map((e) => csvLine([
        a.id, e.id, e.date.value, e.date.resolution, e.type, e.mode, e.quadClass, e.score, e.cameoRoot, ...party(e.actor), ...party(e.recipient),
        e.trigger.text, e.trigger.start, e.trigger.end, e.location?.text, e.context.join(';'), e.flags.negated, e.flags.hypothetical,
        e.flags.future, e.flags.conditional, e.attribution, e.confidence, e.evidence.text, a.meta.url, a.meta.outlet, a.meta.title, a.meta.published,
      ])),
    );
    return csvLine(EVENT_COLUMNS) + rows.join('');
  }
  const rows = analyses.flatMap((a) =>
    positionsOf(a).map((p) => csvLine([
      a.id, p.id, p.date.value, p.actor.name, p.actor.actor?.country, p.actor.actor?.sector, p.issue, p.stance, p.cue?.text, p.issueText.text,
      p.conditions.map((c) => c.text).join(' | '), p.attributions.join(';'), p.events.join(';'), p.confidence,
      p.evidence.map((s) => s.text).join(' | '), a.meta.url, a.meta.outlet, a.meta.published,
    ])),
  );
  return csvLine(POSITION_COLUMNS) + rows.join('');
}
