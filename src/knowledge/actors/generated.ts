/**
 * Read the generated Phoenix-derived files (written by scripts/build-actors.ts). Rows stay in
 * their compact form until a caller asks for the record (expandRow): most of the ~25k rows
 * are never looked at in a run, and skipping ~60k object allocations keeps loading fast.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorKind, ActorRecord, ActorRole } from './types.js';

/** Compact row: n = name, k = kind, c = country, s = sector, x = CAMEO code, a = aliases,
 *  r = roles "COUNTRY/SECTOR/START/END;..." (empty field = none/open). One string per record
 *  instead of nested arrays keeps JSON.parse of the 2.5 MB persons file quick. */
export interface CompactRow {
  id: string; n: string; k?: ActorKind; c: string; s?: string; x?: string; a?: string[]; r?: string;
}
interface CompactFile { kind?: ActorKind; records: CompactRow[] }

export const GENERATED_FILES = ['phoenix-states.json', 'phoenix-orgs.json', 'phoenix-persons.json'];

export function isCompactRow(r: ActorRecord | CompactRow): r is CompactRow {
  return 'n' in r;
}

/** Country codes the dictionaries still write the pre-2002 way: East Timor was TMP before ISO 3166 made it TLS. */
const RENAMED: Record<string, string> = { TMP: 'TLS' };
const current = (code: string): string => RENAMED[code] ?? code;

export function expandRow(c: CompactRow): ActorRecord {
  const rec: ActorRecord = { id: c.id, name: c.n, kind: c.k ?? 'organisation', country: c.c, aliases: c.a ?? [], source: 'phoenix' };
  if (c.s) rec.sector = c.s;
  if (c.x) rec.cameo = c.x;
  if (c.r) {
    rec.roles = c.r.split(';').map((spec) => {
      const [country = '', sector = '', start, end] = spec.split('/');
      const role: ActorRole = { title: '', country: current(country), sector };
      if (start) role.start = start;
      if (end) role.end = end;
      return role;
    });
  }
  return rec;
}

/** All generated rows, each with its kind filled in; missing files are skipped (a checkout
 *  without generated data still works from curated.json alone). */
export function readGeneratedRows(actorsDir: string): CompactRow[] {
  const out: CompactRow[] = [];
  for (const name of GENERATED_FILES) {
    const path = join(actorsDir, name);
    if (!existsSync(path)) continue;
    const file = JSON.parse(readFileSync(path, 'utf8')) as CompactFile;
    for (const row of file.records) {
      row.k ??= file.kind ?? 'organisation';
      row.c = current(row.c);
      out.push(row);
    }
  }
  return out;
}
