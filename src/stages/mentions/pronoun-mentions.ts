import { newCandidate, type Candidate } from './candidate.ts';
import type { TokenCues } from './cues.ts';
import { pronounInfo, type PronounInfo } from './pronouns.ts';

const POSSESSED = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);
const COPULAS = new Set(['is', 'was', "'s", 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'became', 'becomes', 'will', 'would', 'may', 'might', 'could']);
const EXTRAPOSED = new Set(['that', 'to', 'whether', 'if', 'how', 'why', 'when', 'what']);
const WEATHER_TIME = new Set(['raining', 'time', 'clear', 'unclear', 'likely', 'unlikely', 'possible', 'impossible', 'important', 'necessary', 'difficult', 'hard', 'easy', 'true', 'known', 'expected', 'reported', 'believed', 'said', 'thought']);

/**
 * Personal pronoun mentions. Expletive "it" ("it is unclear whether…", "it was reported that…") refers to
 * nothing and is left out here; any other "it" or "they" that finds no organisation, country or group
 * to refer to is dropped later by coreference.
 */
export function findPronouns(c: TokenCues): Candidate[] {
  const t = c.tokens;
  const out: Candidate[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t.lower[i] === 'both' && isPronominalBoth(c, i)) {
      out.push(newCandidate({ start: i, end: i + 1, type: 'PERSON', form: 'pronoun', plural: true, pronoun: BOTH, typeSure: false }));
      continue;
    }
    const info = pronounInfo(t.lower[i]);
    if (!info) continue;
    const pos = c.pos(i);
    if (pos !== 'PRON' && pos !== 'DET') continue;
    if (t.words[i] === 'US') continue; // the country, not "us"
    if (t.lower[i] === 'it' && isExpletive(c, i)) continue;
    // "her" is an object ("told her") or a possessive ("her party"): the next word decides.
    const possessiveHer = t.lower[i] === 'her' && POSSESSED.has(c.pos(i + 1)) && t.sentence[i + 1] === t.sentence[i];
    out.push(newCandidate({
      start: i, end: i + 1, type: 'PERSON', form: 'pronoun', plural: info.plural,
      gender: info.gender === 'm' || info.gender === 'f' ? info.gender : undefined,
      pronoun: possessiveHer ? { ...info, case: 'possessive' } : info, typeSure: false,
    }));
  }
  return out;
}

/** "Both" standing alone for a pair: a third-person plural subject, like "they". */
export const BOTH: PronounInfo = { person: 3, plural: true, case: 'subject' };

/**
 * "Both said they remained open to talks", "Germany and Hungary, which both voted against": "both" right before a
 * verb stands for a pair named before; before a noun ("both sides") it is a determiner.
 */
function isPronominalBoth(c: TokenCues, i: number): boolean {
  const next = c.pos(i + 1);
  return (next === 'VERB' || next === 'AUX') && c.tokens.sentence[i + 1] === c.tokens.sentence[i];
}

function isExpletive(c: TokenCues, i: number): boolean {
  const t = c.tokens;
  let k = i + 1;
  if (!COPULAS.has(t.lower[k] ?? '')) return false;
  k++;
  while (k < t.length && (t.lower[k] === 'be' || t.lower[k] === 'been' || t.lower[k] === 'not' || c.pos(k) === 'ADV')) k++;
  if (WEATHER_TIME.has(t.lower[k] ?? '')) return true;
  for (let j = k; j < Math.min(t.length, k + 4); j++) if (EXTRAPOSED.has(t.lower[j]) && (c.pos(k) === 'ADJ' || c.pos(k) === 'VERB')) return true;
  return false;
}
