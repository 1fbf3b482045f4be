import type { Analysis } from '../doc/analysis.ts';
import type { Event, EventParticipant, Position, PositionHolder } from '../doc/events.ts';

/** The parts of a stored Analysis the exports and corpus views read. */
export type AnalysisRecord = Pick<Analysis, 'id' | 'meta'> & { readonly events: readonly unknown[]; readonly positions: readonly unknown[] };

/** The events layer of a record; Analysis keeps it as unknown[] so stored records from any schema load. */
export const eventsOf = (a: AnalysisRecord): readonly Event[] => a.events as readonly Event[];
export const positionsOf = (a: AnalysisRecord): readonly Position[] => a.positions as readonly Position[];

/**
 * Does a query name this party? A query matches an actor id ("putin"), a country code written in capitals
 * ("RUS"), or a name as written or resolved ("Lavrov", "Russian Foreign Ministry"), ignoring case.
 */
export function namesParty(query: string, party: EventParticipant | PositionHolder | null | undefined): boolean {
  if (!party) return false;
  const q = query.trim();
  const lower = q.toLowerCase();
  const actor = party.actor;
  if (actor && (actor.id.toLowerCase() === lower || (/^[A-Z]{3}$/.test(q) && actor.country === q))) return true;
  const names = [actor?.name, 'span' in party ? party.span.text : party.name].filter((n): n is string => Boolean(n));
  return names.some((n) => n.toLowerCase().includes(lower));
}

/** A stable key for "the same holder across articles": the actor id when resolved, else the name. */
export function holderKey(h: PositionHolder): string {
  return h.actor?.id ?? `name:${h.name.toLowerCase()}`;
}
