import type { TokenCues } from './cues.ts';
import { isCapitalised } from './cues.ts';
import type { KbMatches } from './kb-match.ts';
import { HONORIFICS, NOT_NAMES, ORG_HEADS, PLACE_HEADS, TITLE_WORDS } from './lexicon.ts';
import { nounInfo } from './nouns.ts';
import { genderOfFirstName } from './first-names.ts';
import { MONTHS } from '../../knowledge/calendar.ts';

/**
 * Where capitalised name runs start and end. A run is the maximal stretch of name-like words
 * ("Russian Foreign Minister Sergey Lavrov", "Ministry of Foreign Affairs", "al-Qaeda"); names.ts then
 * splits it into title, nationality and name.
 */

const FUNCTION_TAGS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'NUM', 'SYM', 'INTJ', 'SPACE']);
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'der', 'la', 'le', 'da', 'du', 'di', 'dos', 'del']);
const OF_HEADS = new Set([...ORG_HEADS, ...PLACE_HEADS, ...TITLE_WORDS, 'university', 'house', 'chamber', 'people', "people's", 'court', 'bank']);
/** Heads whose "of" names a portfolio, which may be two joined by "and" ("Ministry of Trade and Industry"); not "Bank of England and Barclays". */
const PORTFOLIO_HEADS = new Set(['ministry', 'minister', 'department', 'secretary', 'commissioner', 'committee', 'subcommittee', 'commission', 'office', 'bureau']);
/** Lower-case words after a hyphen that make a compound adjective, not a given name: "Moscow-led", "state-run". */
const NOT_SYLLABLES = new Set(['led', 'run', 'born', 'era', 'wide', 'free', 'made', 'like', 'type', 'held', 'bred', 'size', 'area', 'zone', 'bloc', 'war', 'day', 'year', 'old', 'new', 'style', 'based', 'class', 'level', 'owned', 'linked']);
const MONTH_NAMES = new Set(MONTHS);

/** Whether token i may begin a name. Clause-initial capitals prove nothing, so there the tagger must say PROPN and the word must not be a common noun ("Officials said"). */
export function canStartName(c: TokenCues, kb: KbMatches, i: number): boolean {
  const t = c.tokens;
  const w = t.words[i];
  const lower = t.lower[i];
  if (PARTICLES.has(lower) && c.glued(i) && t.words[i + 1] === '-' && c.glued(i + 1) && isCapitalised(t.words[i + 2] ?? '')) return true;
  if (!isCapitalised(w) || w === 'I' || w.startsWith("I'")) return false;
  if (kb.at(i)) return true;
  if (givenNameNotDate(c, kb, i)) return true;
  if (NOT_NAMES.has(lower) || FUNCTION_TAGS.has(c.pos(i))) return false;
  if (c.titleCase[i]) return false; // headline: only the actor base can say which capitals are names
  if (c.clauseInitial[i]) {
    const next = t.words[i + 1] ?? '';
    // "President Ruiz has warned…": a title before a capitalised word starts a name whatever the tagger says.
    if (isTitleWord(lower) && isCapitalised(next) && !NOT_NAMES.has(t.lower[i + 1])) return true;
    if (c.pos(i) !== 'PROPN') return false;
    if ((nounInfo(lower) || TITLE_WORDS.has(lower)) && !isCapitalised(next)) return false;
  }
  return true;
}

/** Words before a month that make it a date: "on Jan 5", "since Jan", "last Jan". */
const DATE_WORDS = new Set(['on', 'in', 'since', 'until', 'by', 'from', 'of', 'last', 'next', 'early', 'late', 'mid', 'through', 'before', 'after']);

/**
 * A month abbreviation that is also a given name, before a capitalised word that is no known name or title:
 * "Jan Novak said", "Jan Egeland, the UN relief coordinator". "Jan 5", "on Jan Novak…" never arise as names.
 */
function givenNameNotDate(c: TokenCues, kb: KbMatches, i: number): boolean {
  const t = c.tokens;
  const lower = t.lower[i];
  if (!NOT_NAMES.has(lower) || MONTH_NAMES.has(lower) || !genderOfFirstName(lower)) return false;
  const next = t.words[i + 1] ?? '';
  if (!isCapitalised(next) || t.sentence[i + 1] !== t.sentence[i] || NOT_NAMES.has(t.lower[i + 1]) || isTitleWord(t.lower[i + 1]) || kb.at(i + 1)) return false;
  return !DATE_WORDS.has(t.lower[i - 1] ?? '');
}

/** Whether token k continues a run that began before it. */
function continuesName(c: TokenCues, k: number): boolean {
  const t = c.tokens;
  if (k >= t.length || t.sentence[k] !== t.sentence[k - 1]) return false;
  const w = t.words[k];
  if (!isCapitalised(w) || w === 'I' || FUNCTION_TAGS.has(c.pos(k))) return false;
  const lower = t.lower[k];
  if (NOT_NAMES.has(lower)) {
    // "Theresa May": a month word after a known first name is a surname; "Lavrov Monday" never.
    return MONTH_NAMES.has(lower) && genderOfFirstName(t.lower[k - 1]) !== undefined;
  }
  return true;
}

/** End (exclusive) of the run starting at i, taking connectors inside names and actor-base aliases that run longer. */
export function runEnd(c: TokenCues, kb: KbMatches, i: number, maxTokens: number): number {
  const t = c.tokens;
  if (c.titleCase[i]) return i + (kb.at(i)?.length ?? 1); // headline: aliases only, no guessing across capitals
  let k = i + 1;
  if (PARTICLES.has(t.lower[i]) && !isCapitalised(t.words[i])) k = i + 3; // "al-Qaeda": particle, hyphen, word
  let portfolio = false;
  while (k < t.length && k - i < maxTokens) {
    if (continuesName(c, k)) {
      k++;
      continue;
    }
    const w = t.lower[k];
    // "Abdel Fattah al-Burhan", "Ursula von der Leyen", "Mohammed bin Salman": particles inside a name, before its last part
    const afterParticles = particlesEnd(t, k);
    if (afterParticles > k) {
      if (t.words[afterParticles] === '-' && c.glued(afterParticles - 1) && c.glued(afterParticles) && continuesName(c, afterParticles + 1)) {
        k = afterParticles + 2;
        continue;
      }
      if (continuesName(c, afterParticles)) {
        k = afterParticles + 1;
        continue;
      }
    }
    // "Secretary-General", "Al-Aqsa": a hyphen glued on both sides to capitalised words.
    if (w === '-' && c.glued(k - 1) && c.glued(k) && continuesName(c, k + 1)) {
      k += 2;
      continue;
    }
    // "Lin Chia-lung", "Park Min-seo": a two-part given name after a surname, its second syllable in lower case.
    // Only inside a run ("US-led", "Kremlin-backed" are one-word runs) and never a participle-like ending.
    if (w === '-' && k - i >= 2 && c.glued(k - 1) && c.glued(k) && /^\p{Ll}{1,5}$/u.test(t.words[k + 1] ?? '') && !NOT_SYLLABLES.has(t.lower[k + 1])) {
      k += 2;
      continue;
    }
    // "Serbian Workers' Union", "Soldiers' Mothers Committee": a plural possessive apostrophe inside a name
    if ((w === "'" || w === '’') && c.glued(k - 1) && /s$/.test(t.lower[k - 1]) && continuesName(c, k + 1)) {
      k += 2;
      continue;
    }
    // "Ministry of Foreign Affairs", "Bank of England", "Secretary of State": "of" after a head word.
    if ((w === 'of' || w === 'for' || w === '&') && OF_HEADS.has(t.lower[k - 1]) && continuesName(c, k + 1) && !NOT_NAMES.has(t.lower[k + 1])) {
      portfolio = PORTFOLIO_HEADS.has(t.lower[k - 1]);
      k += 2;
      continue;
    }
    // "Ministry of Foreign Affairs of the Republic of Lithuania": in a body's name (not "Secretary of State of the
    // United States", a title) a second "of" may take its article
    if (w === 'of' && t.lower[k + 1] === 'the' && ORG_HEADS.has(t.lower[i]) && ofSeen(t.lower, i, k) && OF_HEADS.has(t.lower[k - 1]) && continuesName(c, k + 2) && !NOT_NAMES.has(t.lower[k + 2])) {
      k += 3;
      continue;
    }
    // "Ministry of Trade and Industry", "Minister for Culture and Tourism": the portfolio after "of" may be two; not
    // "the Ministry of Defence and Russia", where "and" joins another party the actor base knows
    if (w === 'and' && portfolio && continuesName(c, k + 1) && !kb.at(k + 1) && t.lower[k + 2] !== "'s") {
      portfolio = false;
      k += 2;
      continue;
    }
    break;
  }
  const hit = kb.at(i);
  if (hit && i + hit.length > k) k = i + hit.length;
  return k;
}

/** Whether the run [i, k) already holds an "of" ("Ministry of Foreign Affairs"). */
function ofSeen(lower: readonly string[], i: number, k: number): boolean {
  for (let j = i; j < k; j++) if (lower[j] === 'of') return true;
  return false;
}

/** How many particles a name may hold in a row: "von der Leyen". */
const MAX_PARTICLES = 2;

/** The token after the lower-case particles starting at k ("al", "von der"), or k when none starts there. */
function particlesEnd(t: TokenCues['tokens'], k: number): number {
  let j = k;
  while (j < t.length && j - k < MAX_PARTICLES && PARTICLES.has(t.lower[j]) && t.words[j] === t.lower[j] && t.sentence[j] === t.sentence[k]) j++;
  return j;
}

export function isHonorific(lower: string): boolean {
  return HONORIFICS.has(lower) || HONORIFICS.has(lower.replace(/\.$/, ''));
}

export function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower) || isHonorific(lower);
}
