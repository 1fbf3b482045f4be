import type { ActorLookup, RoleView } from './kb.ts';
import { titleOf } from './titles.ts';

/**
 * Who held which office, indexed once per actor base: "foreign minister" of RUS → the records whose
 * roles carry that title, with dates. Titles are normalised like the text's ("Minister of Foreign
 * Affairs" and "Foreign Minister" are one office; the US "Secretary of State" is its foreign minister).
 */
export interface OfficeIndex {
  holders(title: string, country: string, isoDate?: string): string[];
}

const EQUIVALENT: ReadonlyMap<string, string> = new Map([
  ['minister of foreign affairs', 'foreign minister'],
  ['foreign affairs minister', 'foreign minister'],
  ['secretary of state', 'foreign minister'],
  ['foreign secretary', 'foreign minister'],
  ['minister of defence', 'defence minister'],
  ['minister of defense', 'defence minister'],
  ['defense minister', 'defence minister'],
  ['secretary of defense', 'defence minister'],
  ['defense secretary', 'defence minister'],
  ['defence secretary', 'defence minister'],
  ['premier', 'prime minister'],
  ['head of state', 'president'],
]);

/** One spelling per office, for both the index and the text. */
export function officeKey(title: string): string {
  const t = (titleOf(title.split(/\s+/)) ?? '').replace(/^former /, '');
  return EQUIVALENT.get(t) ?? t;
}

interface Tenure {
  id: string;
  start?: string;
  end?: string | null;
}

const CACHE = new WeakMap<ActorLookup, OfficeIndex>();

export function officeIndex(kb: ActorLookup): OfficeIndex {
  const known = CACHE.get(kb);
  if (known) return known;
  const byKey = new Map<string, Tenure[]>();
  for (const r of kb.records?.() ?? []) {
    if (r.kind !== 'person') continue;
    for (const role of r.roles ?? []) addRole(byKey, r.id, role);
  }
  const index: OfficeIndex = {
    holders(title, country, isoDate) {
      const day = isoDate?.slice(0, 10);
      const list = byKey.get(`${officeKey(title)}|${country}`) ?? [];
      const current = list.filter((t) => (day ? (!t.start || t.start <= day) && (!t.end || day <= t.end) : !t.end));
      return [...new Set(current.map((t) => t.id))];
    },
  };
  CACHE.set(kb, index);
  return index;
}

function addRole(byKey: Map<string, Tenure[]>, id: string, role: RoleView): void {
  if (!role.title) return;
  const key = `${officeKey(role.title)}|${role.country}`;
  const list = byKey.get(key);
  const tenure = { id, start: role.start, end: role.end };
  if (list) list.push(tenure);
  else byKey.set(key, [tenure]);
}
