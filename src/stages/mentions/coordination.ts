import type { Candidate } from './candidate.ts';
import type { TokenCues } from './cues.ts';

/** Words that may join the conjuncts of a coordinated subject: "Qatar and Egypt", "Mexico, Qatar and Egypt". */
const JOINERS = new Set([',', 'and']);

/** Mention types that can act together and be taken up as "they": not "Russian" (NORP). */
const PARTY_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'COLLECTIVE']);

/**
 * The coordinated subject a plural pronoun takes up: in "Qatar and Egypt said they would keep mediating" or
 * "Qatar and Egypt called for a truce. They said …", "they" is both countries, not whichever one (or an
 * earlier "the ministry") salience would pick. Returns the conjuncts in text order, or undefined.
 *
 * The coordination must be a subject of the pronoun's sentence or of the sentence before it (an object list
 * is rarely taken up: "Lavrov met Wang and Blinken. They …" is ambiguous), and no plural mention may stand
 * between it and the pronoun ("Qatar and Egypt urged the militias to disarm, but they refused").
 */
export function coordinatedAntecedent(c: TokenCues, m: Candidate, mentions: readonly Candidate[]): Candidate[] | undefined {
  const t = c.tokens;
  const here = t.sentence[m.start];
  let k = mentions.indexOf(m) - 1;
  for (; k >= 0; k--) {
    const x = mentions[k];
    if (x.end > m.start) continue; // "Their envoys", holding the pronoun
    if (here - t.sentence[x.start] > 1) return undefined;
    if (x.form === 'pronoun' && x.pronoun?.person !== 3) continue; // "We will not stop," they said
    // "they" again after a "they" that took up the coordination: the same group
    if (x.form === 'pronoun' && x.plural && x.coReferents) return [x, ...x.coReferents];
    if (x.form === 'pronoun' || !PARTY_TYPES.has(x.type)) {
      if (x.plural) return undefined;
      continue;
    }
    const list = conjunctsEndingAt(c, mentions, k);
    if (list) return isSubject(c, list) && !otherPluralSubject(c, x.end, m.start) ? list : undefined;
    if (x.plural) return undefined;
  }
  return undefined;
}

/** "Qatar and Egypt said": the first conjunct opens its clause's subject (not "talks between Qatar and Egypt") and the last is no possessor ("Qatar and Egypt's envoys"). */
function isSubject(c: TokenCues, list: readonly Candidate[]): boolean {
  const after = c.tokens.lower[list[list.length - 1].end];
  return list[0].subject && after !== "'s" && after !== "’s" && after !== "'";
}

/**
 * A plural noun no mention covers, with its verb, between the coordination and the pronoun: in "… because
 * international dignitaries wanted to meet his son and express their support" "their" is the dignitaries'.
 */
function otherPluralSubject(c: TokenCues, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    const verb = c.pos(i + 1);
    if (c.pos(i) === 'NOUN' && PLURAL_NOUN.test(c.tokens.lower[i]) && (verb === 'VERB' || verb === 'AUX')) return true;
  }
  return false;
}

/** "dignitaries", "talks", "officials"; not "press" or "congress". */
const PLURAL_NOUN = /[^su]s$/;

/** The coordination whose last conjunct is mentions[k] ("Mexico, Qatar and Egypt"), when there is one. */
function conjunctsEndingAt(c: TokenCues, mentions: readonly Candidate[], k: number): Candidate[] | undefined {
  const list = [mentions[k]];
  let sawAnd = false;
  for (let j = k - 1; j >= 0; j--) {
    const a = mentions[j];
    const b = list[0];
    if (a.form === 'pronoun' || !PARTY_TYPES.has(a.type) || b.start - a.end < 1 || b.start - a.end > 2) break;
    let joined = true;
    for (let i = a.end; i < b.start; i++) {
      const w = c.tokens.lower[i];
      if (!JOINERS.has(w)) joined = false;
      if (w === 'and') sawAnd = true;
    }
    if (!joined) break;
    list.unshift(a);
  }
  return list.length >= 2 && sawAnd ? list : undefined;
}
