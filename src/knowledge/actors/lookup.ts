/**
 * Secondary indexes built on first use (they are not needed to match text, so building
 * them lazily keeps loadActorBase fast): surname -> person ids, and a name search.
 */
import { keyOf, tokenizeAlias } from './normalize.js';
import type { ActorRecord } from './types.js';

const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv)$/;

/** Latest date mentioned in a record's roles: recent office holders rank first. */
function recency(r: ActorRecord): string {
  let best = '';
  for (const role of r.roles ?? []) {
    const d = role.end === undefined || role.end === null ? (role.start ? '9999' : '') : role.end;
    if (d > best) best = d;
  }
  return best;
}

/** Authoritative (curated/user) first, then most recent, then name. */
export function rank(a: ActorRecord, b: ActorRecord): number {
  const pa = a.source === 'phoenix' ? 1 : 0, pb = b.source === 'phoenix' ? 1 : 0;
  return pa - pb || recency(b).localeCompare(recency(a)) || a.name.localeCompare(b.name);
}

function surnameKeys(r: ActorRecord): string[] {
  const keys = new Set<string>();
  for (const alias of [r.name, ...r.aliases]) {
    const toks = tokenizeAlias(alias).map(keyOf).filter((t) => !SUFFIX.test(t) && t !== "'s");
    if (toks.length) keys.add(toks[toks.length - 1]!);
  }
  return [...keys];
}

export function buildSurnameIndex(records: Iterable<ActorRecord>): Map<string, string[]> {
  const byKey = new Map<string, ActorRecord[]>();
  for (const r of records) {
    if (r.kind !== 'person') continue;
    for (const k of surnameKeys(r)) {
      const list = byKey.get(k);
      if (list) list.push(r);
      else byKey.set(k, [r]);
    }
  }
  const out = new Map<string, string[]>();
  for (const [k, list] of byKey) out.set(k, list.sort(rank).map((r) => r.id));
  return out;
}

interface SearchRow { record: ActorRecord; names: string[] } // names: normalised, space-joined

export function buildSearchRows(records: Iterable<ActorRecord>): SearchRow[] {
  const rows: SearchRow[] = [];
  for (const r of records) {
    const names = [r.name, ...r.aliases, ...(r.adjectives ?? [])].map((a) => tokenizeAlias(a).map(keyOf).join(' '));
    rows.push({ record: r, names });
  }
  return rows;
}

/** Exact name first, then every query word as a whole word of a name, then substring. */
export function searchRows(rows: SearchRow[], query: string, limit = 50): string[] {
  const q = tokenizeAlias(query).map(keyOf);
  const qs = q.join(' ');
  if (!qs) return [];
  const scored: [number, ActorRecord][] = [];
  for (const { record, names } of rows) {
    let score = 3;
    for (const n of names) {
      if (n === qs) { score = 0; break; }
      const words = n.split(' ');
      if (score > 1 && q.every((w) => words.includes(w))) score = 1;
      else if (score > 2 && n.includes(qs)) score = 2;
    }
    if (score < 3) scored.push([score, record]);
  }
  scored.sort(([sa, a], [sb, b]) => sa - sb || rank(a, b));
  return scored.slice(0, limit).map(([, r]) => r.id);
}
