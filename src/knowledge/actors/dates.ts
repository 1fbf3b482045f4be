/**
 * Which role holds on a date. Roles use inclusive ISO date ranges, so on a handover day
 * both holders' roles hold; the one that started later wins, which is the new holder.
 */
import type { ActorRole } from './types.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** Accept "2016-03-11" or a full timestamp; anything else is a caller bug worth surfacing. */
export function dayOf(isoDate: string): string {
  if (!ISO_DAY.test(isoDate)) throw new RangeError(`not an ISO date: ${JSON.stringify(isoDate)}`);
  return isoDate.slice(0, 10);
}

function isDated(r: ActorRole): boolean {
  return !!(r.start || r.end);
}

function holds(r: ActorRole, day: string): boolean {
  return (!r.start || r.start <= day) && (!r.end || day <= r.end);
}

/** Later start first; an open start counts as the earliest. */
function byStartDesc(a: ActorRole, b: ActorRole): number {
  return (b.start ?? '').localeCompare(a.start ?? '');
}

/**
 * The role holding on isoDate (dated roles before the undated default), or with no date the
 * newest role: an ongoing one with the latest start, else the one that ended last.
 */
export function roleOnDate(roles: readonly ActorRole[] | undefined, isoDate?: string): ActorRole | undefined {
  if (!roles?.length) return undefined;
  if (isoDate !== undefined) {
    const day = dayOf(isoDate);
    const dated = roles.filter((r) => isDated(r) && holds(r, day)).sort(byStartDesc);
    return dated[0] ?? roles.find((r) => !isDated(r));
  }
  const dated = roles.filter(isDated);
  if (!dated.length) return roles[0];
  const ongoing = dated.filter((r) => !r.end).sort(byStartDesc);
  if (ongoing.length) return ongoing[0];
  return [...dated].sort((a, b) => (b.end ?? '').localeCompare(a.end ?? '') || byStartDesc(a, b))[0];
}

/** The most recent role that ended before the day: set when the actor is a former office
 *  holder on that day (between terms, or after leaving office). */
export function lastEndedBefore(roles: readonly ActorRole[] | undefined, isoDate: string): ActorRole | undefined {
  const day = dayOf(isoDate);
  let best: ActorRole | undefined;
  for (const r of roles ?? []) if (r.end && r.end < day && (!best || r.end > best.end!)) best = r;
  return best;
}
