import { newCandidate, type Candidate } from './candidate.ts';
import type { TokenCues } from './cues.ts';

/**
 * Groups of states spoken of as one actor: "the West", "Western nations", "European countries", "Arab
 * states", "the international community". Written as a modifier + group noun, so a two-word pattern
 * covers the family; the actor base can still link them when it holds a collective record.
 */
const GROUP_MODIFIERS = new Set([
  'western', 'european', 'arab', 'gulf', 'nordic', 'baltic', 'african', 'asian', 'latin', 'muslim', 'islamic',
  'eu', 'nato', 'g7', 'g20', 'brics', 'allied', 'coalition', 'major', 'foreign', 'neighbouring', 'neighboring',
  'regional', 'donor', 'member', 'partner', 'friendly', 'hostile',
]);
/** Modifiers that need a capital to mean a bloc ("Western nations" yes, "western regions" no). */
const CAPITAL_ONLY = new Set(['western', 'european', 'arab', 'gulf', 'nordic', 'baltic', 'african', 'asian', 'latin', 'muslim', 'islamic']);
const GROUP_NOUNS = new Set(['nations', 'countries', 'states', 'allies', 'powers', 'governments', 'partners', 'capitals', 'democracies']);
const SINGLE = new Map([['west', 'the West'], ['allies', 'the Allies']]);

export function findCollectives(c: TokenCues): Candidate[] {
  const t = c.tokens;
  const out: Candidate[] = [];
  for (let i = 0; i < t.length; i++) {
    const w = t.lower[i];
    if (w === 'international' && t.lower[i + 1] === 'community') {
      out.push(newCandidate({ start: i, end: i + 2, type: 'COLLECTIVE', form: 'nominal', plural: false }));
      continue;
    }
    // "the West" but not "the West Bank" or "West Africa": a capitalised word must not follow.
    if (SINGLE.has(w) && t.words[i][0] !== w[0] && t.lower[i - 1] === 'the' && !/^\p{Lu}/u.test(t.words[i + 1] ?? '')) {
      out.push(newCandidate({ start: i, end: i + 1, type: 'COLLECTIVE', form: 'name', plural: false }));
      continue;
    }
    if (GROUP_MODIFIERS.has(w) && GROUP_NOUNS.has(t.lower[i + 1] ?? '') && t.sentence[i + 1] === t.sentence[i]) {
      if (CAPITAL_ONLY.has(w) && t.words[i][0] === w[0]) continue;
      // "foreign countries" and "member states" are collectives only as a bloc with a name before: "EU member states".
      const needsName = !CAPITAL_ONLY.has(w) && w !== 'eu' && w !== 'nato' && !/^g\d+$/.test(w) && w !== 'brics';
      if (needsName && !/^\p{Lu}/u.test(t.words[i - 1] ?? '')) continue;
      const start = needsName ? i - 1 : i;
      out.push(newCandidate({ start, end: i + 2, head: i + 1, type: 'COLLECTIVE', form: 'nominal', plural: true }));
      i++;
    }
  }
  return out;
}
