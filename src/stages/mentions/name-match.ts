import type { MentionType } from '../../doc/layers.ts';
import { HONORIFICS } from './lexicon.ts';

/** Name tokens with what does not identify the referent removed: "Mr. Lavrov" → ["lavrov"]. */
const NOISE = new Set(['the', "'s", "'", '-', '.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'jr', 'jr.', 'sr', 'sr.']);

/** Name words for comparison: lower case, hyphens split, honorifics dropped ("Sir Ian Hale" → ian hale). */
export function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[\s-]+/).filter((w) => w && !HONORIFICS.has(w));
}

export function nameTokens(lower: readonly string[]): string[] {
  return lower.filter((w) => !NOISE.has(w));
}

/** "S." matches "sergey"; a full given name matches only itself. */
function givenNamesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const ia = /^\p{L}\.?$/u.test(a) || /^\p{L}\.$/u.test(a);
  const ib = /^\p{L}\.?$/u.test(b) || /^\p{L}\.$/u.test(b);
  return (ia && b.startsWith(a[0])) || (ib && a.startsWith(b[0]));
}

/**
 * Whether a person name can refer to a person already named: the same name; a surname alone ("Lavrov"
 * after "Sergey Lavrov"); the full name after the surname; or a given name alone when no other known
 * person shares it. Two different given names with one surname are two people ("Lev" and "Sergey Lavrov").
 */
export function personNamesMatch(next: readonly string[], known: readonly string[]): boolean {
  if (next.length === 0 || known.length === 0) return false;
  if (sameWords(next, known)) return true;
  const nextLast = next[next.length - 1];
  const knownLast = known[known.length - 1];
  if (nextLast === knownLast) {
    if (next.length === 1 || known.length === 1) return true;
    return givenNamesAgree(next[0], known[0]);
  }
  // "Olena" after "Olena Marchenko" (first-name reference, as features and interviews do).
  return next.length === 1 && known.length >= 2 && next[0] === known[0];
}

/** "NATO" for "North Atlantic Treaty Organization": initials of the capitalised words. */
function initials(words: readonly string[]): string {
  return words.filter((w) => !['of', 'the', 'and', 'for', '&', 'de'].includes(w)).map((w) => w[0]).join('');
}

/** Organisation and place names: the same words, an acronym of the other, or one name ending the other ("Defence Ministry" in "the Russian Defence Ministry"). */
export function otherNamesMatch(type: MentionType, next: readonly string[], known: readonly string[]): boolean {
  if (next.length === 0 || known.length === 0) return false;
  if (sameWords(next, known)) return true;
  if (type === 'GPE' || type === 'NORP') return false;
  if (next.length === 1 && known.length >= 3 && next[0].replace(/\./g, '') === initials(known)) return true;
  if (known.length === 1 && next.length >= 3 && known[0].replace(/\./g, '') === initials(next)) return true;
  const [short, long] = next.length < known.length ? [next, known] : [known, next];
  if (short.length < 2) return false;
  for (let k = 1; k <= short.length; k++) if (short[short.length - k] !== long[long.length - k]) return false;
  return true;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Keys under which a name is indexed for matching: each word, and the initials of a long name ("nato"). */
export function nameKeys(words: readonly string[]): string[] {
  const keys = [...words];
  if (words.length >= 3) keys.push(initials(words));
  return keys;
}

/** The key a name is looked up by: its words, and as an acronym ("n.a.t.o." → "nato"). */
export function lookupKeys(words: readonly string[]): string[] {
  if (words.length === 1) return [words[0], words[0].replace(/\./g, '')];
  return words.length >= 3 ? [...words, initials(words)] : [...words];
}
