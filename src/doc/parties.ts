/** What a speaker, a position holder or any other party of a record is known by. */
export interface Party {
  readonly entity: string | null;
  readonly name: string;
}

/** One party: its document entity, or its name when the mentions stage linked it to none ("a senior official"). */
export const partyKey = (p: Party): string => p.entity ?? p.name;

/**
 * The parties of `others` each once, in order, and none that is `first` again: the co-speakers of a joint statement
 * ("Ana Ruiz, the mayor, and Li Wei" lists Ruiz twice) and the co-holders of a joint stance.
 */
export function othersOnce<T extends Party>(first: T | null, others: readonly (T | null)[]): T[] {
  const seen = new Set(first ? [partyKey(first)] : []);
  const out: T[] = [];
  for (const p of others) {
    if (!p || seen.has(partyKey(p))) continue;
    seen.add(partyKey(p));
    out.push(p);
  }
  return out;
}
