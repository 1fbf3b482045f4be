import type { ActorLookup, RoleView } from './kb.ts';
import { titleOf } from './titles.ts';

/**
 * Who held which office, indexed once per actor base: "foreign minister" of RUS → the records whose
 * roles carry that title, with dates. Titles are normalised like the text's ("Minister of Foreign
 * Affairs" and "Foreign Minister" are one office; the US "Secretary of State" is its foreign minister).
 */
export interface OfficeIndex {
  holders(title: string, country: string, isoDate?: string): string[];
  /** Whether the record ever held the office (any country, any date): "President Bush" is one who did. */
  held(id: string, title: string): boolean;
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

/** Whether a tenure (inclusive ISO dates, either end open) covers the day. */
export function heldOn(t: { readonly start?: string; readonly end?: string | null }, day: string): boolean {
  return (!t.start || t.start <= day) && (!t.end || day <= t.end);
}

export function officeIndex(kb: ActorLookup): OfficeIndex {
  const known = CACHE.get(kb);
  if (known) return known;
  const byKey = new Map<string, Tenure[]>();
  const offices = new Map<string, Set<string>>();
  for (const r of kb.records?.() ?? []) {
    if (r.kind !== 'person') continue;
    for (const role of r.roles ?? []) {
      const key = addRole(kb, byKey, r.id, role);
      if (key) offices.set(r.id, (offices.get(r.id) ?? new Set()).add(key));
    }
  }
  const index: OfficeIndex = {
    holders(title, country, isoDate) {
      const day = isoDate?.slice(0, 10);
      const list = byKey.get(`${officeKey(title)}|${country}`) ?? [];
      const current = list.filter((t) => (day ? heldOn(t, day) : !t.end));
      return [...new Set(current.map((t) => t.id))];
    },
    held: (id, title) => offices.get(id)?.has(officeKey(title)) ?? false,
  };
  CACHE.set(kb, index);
  return index;
}

function addRole(kb: ActorLookup, byKey: Map<string, Tenure[]>, id: string, role: RoleView): string | undefined {
  if (!role.title) return undefined;
  const tenure = { id, start: role.start, end: role.end };
  const offices = officeSpellings(role.title).map((t) => officeKey(bareTitle(kb, t, role.country)));
  for (const office of new Set(offices)) {
    const key = `${office}|${role.country}`;
    const list = byKey.get(key);
    if (list) list.push(tenure);
    else byKey.set(key, [tenure]);
  }
  return offices[0];
}

/**
 * The ways a text may name one office: "Kremlin spokesman (Press Secretary of the President of Russia)" is
 * the Kremlin spokesman, the press secretary of the president, and — the seat being the country's — the
 * spokesman of Russia, which is what "the Kremlin spokesman" asks for once "Kremlin" has given the country.
 */
function officeSpellings(title: string): string[] {
  const paren = /^(.*?)\s*\((.+)\)\s*$/.exec(title);
  const main = paren ? paren[1] : title;
  const out = [main, ...(paren ? [paren[2]] : [])];
  const seat = /^(?:kremlin|white house|elysee|élysée|downing street|bankova|zhongnanhai)\s+(.+)$/i.exec(main);
  if (seat) out.push(seat[1]);
  return out;
}

/**
 * The office without the country the role already records, as the base writes titles several ways:
 * "Foreign Minister of Russia", "Japanese Defence Minister", "UK Foreign Secretary", "President of the United
 * States" are the foreign minister, foreign secretary and president of their countries.
 */
function bareTitle(kb: ActorLookup, title: string, country: string): string {
  const state = kb.get(country);
  if (!state) return title;
  const names = new Set([state.name, ...(state.aliases ?? []), ...(state.adjectives ?? [])].map((n) => n.toLowerCase().replace(/^the /, '')));
  let t = title.toLowerCase();
  const of = t.match(/^(.+?) of (?:the )?(.+)$/);
  if (of && names.has(of[2])) t = of[1];
  const space = t.indexOf(' ');
  if (space > 0 && names.has(t.slice(0, space))) t = t.slice(space + 1);
  return t;
}
