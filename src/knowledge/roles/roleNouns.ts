/**
 * Role nouns -> PLOVER sector: "minister" -> GOV, "rebels" -> REB. Generated from the
 * PLOVER/Phoenix agents dictionaries (data/roles/roles.json) with hand-checked overrides
 * (data/roles/curated.json; null there removes a generated noun).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDataDir } from '../dataDir.js';
import { fold } from '../actors/normalize.js';

export interface RoleNouns {
  readonly size: number;
  /** Sector (first 3 letters of the agent code) of a lower-case noun phrase. */
  sectorOf(noun: string): string | undefined;
  /** Full PLOVER agent code ("GOVMIL" for "defence minister"). */
  codeOf(noun: string): string | undefined;
  isRoleNoun(noun: string): boolean;
}

// Spelling variants folded onto the form the dictionaries use most.
const SPELLING: [RegExp, string][] = [
  [/\bdefence\b/g, 'defense'],
  [/\borganisation/g, 'organization'],
  [/\blabour\b/g, 'labor'],
  [/-/g, ' '],
];

function normalise(noun: string): string {
  return fold(noun).toLowerCase().replace(/\s+/g, ' ').trim();
}

export function loadRoleNouns(options: { dataDir?: string } = {}): RoleNouns {
  const dir = join(options.dataDir ?? findDataDir(join('roles', 'roles.json')), 'roles');
  const generated = JSON.parse(readFileSync(join(dir, 'roles.json'), 'utf8')) as { nouns: Record<string, string> };
  const curated = JSON.parse(readFileSync(join(dir, 'curated.json'), 'utf8')) as { nouns: Record<string, string | null> };
  const map = new Map<string, string>(Object.entries(generated.nouns));
  for (const [noun, code] of Object.entries(curated.nouns)) {
    if (code === null) map.delete(noun);
    else map.set(noun, code);
  }
  // Removals win over spelling variants too ("deputy" stays unmapped).
  const removed = new Set(Object.entries(curated.nouns).filter(([, c]) => c === null).map(([n]) => n));
  const codeOf = (noun: string): string | undefined => {
    const n = normalise(noun);
    if (map.has(n) || removed.has(n)) return map.get(n);
    let v = n;
    for (const [re, to] of SPELLING) v = v.replace(re, to);
    return map.get(v);
  };
  return {
    size: map.size,
    codeOf,
    sectorOf: (noun) => codeOf(noun)?.slice(0, 3),
    isRoleNoun: (noun) => codeOf(noun) !== undefined,
  };
}
