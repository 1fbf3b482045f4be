import type { ActorLookup } from './kb.ts';
import { oneEditApart } from '../../knowledge/actors/normalize.ts';
import { nameWords } from './name-match.ts';

/**
 * Persons of the base by first name, built once per base: the candidates for a surname spelled one letter
 * off ("Francois Mitterand" for Mitterrand, "Abdelaziz Bouteflicka" for Bouteflika). Wire copy misspells
 * foreign surnames often; first names it rarely gets wrong, so they narrow the search.
 */
const CACHE = new WeakMap<ActorLookup, Map<string, Array<[id: string, surname: string]>>>();

export function byFirstName(kb: ActorLookup): Map<string, Array<[string, string]>> {
  const known = CACHE.get(kb);
  if (known) return known;
  const index = new Map<string, Array<[string, string]>>();
  for (const r of kb.records?.() ?? []) {
    if (r.kind !== 'person') continue;
    const w = nameWords(r.name);
    if (w.length < 2) continue;
    const list = index.get(w[0]);
    if (list) list.push([r.id, w[w.length - 1]]);
    else index.set(w[0], [[r.id, w[w.length - 1]]]);
  }
  CACHE.set(kb, index);
  return index;
}


/** Surnames shorter than this are not corrected: "Lee"/"Lew", "Khan"/"Kahn" are different people. */
export const MIN_CORRECTED_SURNAME = 6;

/**
 * The one person whose name is first name + a surname one edit from the written one, or undefined when there
 * is none or more than one. Only two-word names: more words mean a fuller name the exact matcher handles.
 */
export function nearSpelledPerson(kb: ActorLookup, written: readonly string[]): string | undefined {
  if (written.length !== 2 || written[1].length < MIN_CORRECTED_SURNAME) return undefined;
  const hits = (byFirstName(kb).get(written[0]) ?? []).filter(([, surname]) => oneEditApart(written[1], surname));
  const ids = [...new Set(hits.map(([id]) => id))];
  return ids.length === 1 ? ids[0] : undefined;
}
