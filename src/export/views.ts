import type { Event, PloverType, Position, Stance } from '../doc/events.ts';
import type { Span } from '../doc/span.ts';
import { eventsOf, holderKey, namesParty, positionsOf, type AnalysisRecord } from './records.ts';

/** Corpus views over stored analyses: pure functions the store, CLI and HTTP API wire up. */

export interface EventRow {
  readonly docId: string;
  readonly url: string | null;
  readonly event: Event;
}

export interface EventFilter {
  /** Actor id, capitalised country code or name (see namesParty); matched on the acting side and co-actors. */
  readonly actor?: string;
  readonly type?: PloverType;
  /** ISO date: events dated on or after it (undated events are left out when given). */
  readonly since?: string;
}

export function filterEvents(analyses: readonly AnalysisRecord[], filter: EventFilter = {}): EventRow[] {
  const rows: EventRow[] = [];
  for (const a of analyses) {
    for (const event of eventsOf(a)) {
      if (filter.type && event.type !== filter.type) continue;
      if (filter.actor && ![event.actor, ...event.coActors].some((p) => namesParty(filter.actor!, p))) continue;
      if (filter.since && (event.date.value === null || event.date.value < filter.since)) continue;
      rows.push({ docId: a.id, url: a.meta.url, event });
    }
  }
  return rows.sort((x, y) => (x.event.date.value ?? '').localeCompare(y.event.date.value ?? '') || x.docId.localeCompare(y.docId));
}

export interface PositionRow {
  readonly docId: string;
  readonly url: string | null;
  /** The position's date, or the article's publication day when it has none. */
  readonly date: string | null;
  readonly position: Position;
}

const dateOf = (a: AnalysisRecord, p: Position): string | null => p.date.value ?? a.meta.published?.slice(0, 10) ?? null;

/** One actor's positions (on one issue or all), oldest first. */
export function positionTimeline(analyses: readonly AnalysisRecord[], query: { actor: string; issue?: string }): PositionRow[] {
  const rows: PositionRow[] = [];
  for (const a of analyses) {
    for (const position of positionsOf(a)) {
      if (query.issue && position.issue !== query.issue) continue;
      if (!namesParty(query.actor, position.actor)) continue;
      rows.push({ docId: a.id, url: a.meta.url, date: dateOf(a, position), position });
    }
  }
  return rows.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.docId.localeCompare(y.docId));
}

export interface ShiftSide {
  readonly stance: Stance;
  readonly date: string;
  readonly docId: string;
  readonly positionId: string;
  readonly evidence: readonly Span[];
  readonly cue: Span | null;
  readonly conditions: readonly Span[];
}

export interface Shift {
  readonly actor: string;
  readonly actorName: string;
  readonly issue: string;
  readonly from: ShiftSide;
  readonly to: ShiftSide;
}

/**
 * Where an actor's stance on an issue changed between two dates, with the evidence for both sides. Undated and
 * "unclear" positions are skipped; two different stances reported on the same day are a conflict between
 * reports, not a shift, and are not listed.
 */
export function findShifts(analyses: readonly AnalysisRecord[], query: { actor?: string; issue?: string } = {}): Shift[] {
  const groups = new Map<string, PositionRow[]>();
  for (const a of analyses) {
    for (const position of positionsOf(a)) {
      if (position.stance === 'unclear') continue;
      if (query.issue && position.issue !== query.issue) continue;
      if (query.actor && !namesParty(query.actor, position.actor)) continue;
      const date = dateOf(a, position);
      if (!date) continue;
      const key = `${holderKey(position.actor)}|${position.issue}`;
      groups.set(key, [...(groups.get(key) ?? []), { docId: a.id, url: a.meta.url, date, position }]);
    }
  }
  const shifts: Shift[] = [];
  for (const rows of groups.values()) {
    rows.sort((x, y) => x.date!.localeCompare(y.date!) || x.docId.localeCompare(y.docId));
    let last = rows[0];
    for (const row of rows.slice(1)) {
      if (row.position.stance !== last.position.stance && row.date! > last.date!) {
        shifts.push({ actor: holderKey(row.position.actor), actorName: row.position.actor.name, issue: row.position.issue, from: side(last), to: side(row) });
      }
      last = row;
    }
  }
  return shifts.sort((x, y) => x.to.date.localeCompare(y.to.date));
}

function side(r: PositionRow): ShiftSide {
  const p = r.position;
  return { stance: p.stance, date: r.date!, docId: r.docId, positionId: p.id, evidence: p.evidence, cue: p.cue, conditions: p.conditions };
}
