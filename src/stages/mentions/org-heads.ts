import type { ActorLookup } from './kb.ts';
import { heldOn } from './offices.ts';

/** Titles that head an organisation: "UN Secretary-General", "IAEA Director General", "NATO Secretary General". */
const CHIEF_TITLE = /\b(?:secretary[- ]general|director[- ]general)\b/i;
const HEAD_TITLE = /\b(?:secretary[- ]general|director[- ]general|president|chair(?:man|woman|person)?|head)\b/i;

interface Tenure {
  readonly id: string;
  /** The organisation's chief officer rather than a president of one of its bodies ("UN Secretary-General"). */
  readonly chief: boolean;
  readonly start?: string;
  readonly end?: string | null;
}

const CACHE = new WeakMap<ActorLookup, Map<string, Tenure[]>>();

/** Who headed which organisation when, from the roles' `org` field, indexed once per actor base. */
export function headsByOrg(kb: ActorLookup): Map<string, Tenure[]> {
  const known = CACHE.get(kb);
  if (known) return known;
  const index = new Map<string, Tenure[]>();
  for (const r of kb.records?.() ?? []) {
    if (r.kind !== 'person') continue;
    for (const role of r.roles ?? []) {
      // "Spokesman for the UN Secretary-General", "Deputy Director General": serving the head is not heading
      const own = role.title.split(/\s+(?:for|to)\s+/i)[0];
      if (!role.org || !HEAD_TITLE.test(own) || /^(?:deputy|assistant|under|vice)\b/i.test(own)) continue;
      const list = index.get(role.org) ?? [];
      list.push({ id: r.id, chief: CHIEF_TITLE.test(own), start: role.start, end: role.end });
      index.set(role.org, list);
    }
  }
  CACHE.set(kb, index);
  return index;
}

/**
 * The one person heading organisation `org` on the date: "the UN chief", "the head of the UN nuclear watchdog"
 * (the IAEA's Director General); a secretary- or director-general before the president of one of its bodies.
 * Undefined without a date, or when the base knows none or several.
 */
export function orgHead(kb: ActorLookup, org: string, isoDate: string | undefined): string | undefined {
  if (!isoDate) return undefined;
  const day = isoDate.slice(0, 10);
  const current = (headsByOrg(kb).get(org) ?? []).filter((t) => heldOn(t, day));
  const chiefs = current.filter((t) => t.chief);
  const ids = new Set((chiefs.length ? chiefs : current).map((t) => t.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}
