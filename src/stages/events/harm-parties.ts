import { posOf } from '../../doc/tokens.ts';
import type { SentenceView } from './participants.ts';

/*
 * Harm whose parties are not where the verb puts them: the subject of "died of torture" is the victim, and an
 * attack "by a roadside bomb" names a weapon, not the party that set it.
 */

const WEAPONS = new Set(['device', 'bomb', 'bombs', 'mine', 'mines', 'landmine', 'explosion', 'blast', 'shell', 'shells', 'shelling', 'rocket', 'rockets', 'missile', 'missiles', 'grenade', 'mortar', 'gunfire', 'airstrike', 'explosives']);

/** "by an improvised explosive device", "by a roadside bomb", "by mortar fire": a passive agent that is a weapon, not a party. */
export function byWeapon(v: SentenceView, last: number): boolean {
  if (v.tokens.lower[last + 1] !== 'by') return false;
  for (let i = last + 2; i < v.to && i <= last + 6; i++) {
    if (WEAPONS.has(v.tokens.lower[i])) return true;
    if (posOf(v.tokens, i) === 'ADP' || posOf(v.tokens, i) === 'PUNCT' || posOf(v.tokens, i) === 'VERB') return false;
  }
  return false;
}

/** The first place named after the trigger, before the clause ends ("outside of the Iraqi city of Basra" → Basra). */
export function placeAfter(v: SentenceView, last: number, reach: number): number {
  return v.mentions.find((m) => v.ix.first[m] > last && v.ix.first[m] < Math.min(reach, v.tail) && v.ix.mentions[m].type === 'GPE') ?? -1;
}

export const DYING = new Set(['die', 'dies', 'died', 'dying']);

/** "in Israeli police custody", "in the custody of the army", "at the hands of militiamen": the party holding or harming the victim. */
export function custodianAfter(v: SentenceView, last: number): number {
  const startingIn = (from: number, to: number): number => v.mentions.find((m) => v.ix.first[m] >= from && v.ix.first[m] <= to) ?? -1;
  for (let i = last + 1; i < v.tail; i++) {
    const w = v.tokens.lower[i];
    const of = v.tokens.lower[i + 1] === 'of';
    if (w === 'custody' && of) return startingIn(i + 2, i + 3);
    if (w === 'custody') return v.mentions.find((m) => v.ix.last[m] === i - 1) ?? -1;
    if (w === 'hands' && of) return startingIn(i + 2, i + 3);
  }
  return -1;
}
