/**
 * When does a text span match an alias despite a difference in letter case?
 *
 * - "strict" aliases (one token that is short, an acronym, or an English word: "US", "May",
 *   "Turkey", "WHO") match only as written, so "us", "may", "turkey", "who" never match.
 *   Two tolerated variants: an acronym of 4+ letters also matches its capitalised form
 *   ("NATO" ~ "Nato", house style of British papers), and a non-word alias of 4+ letters also
 *   matches in all capitals ("IRAN" in a headline).
 * - "relaxed" aliases (longer or multi-token: "Kremlin", "UN Security Council") match in any
 *   case, except that the first alias token with a capital must meet a text token with a
 *   capital: "the West" does not match "the west of the country", "White House" does not
 *   match "a white house", but "UN security council" (Guardian style) does.
 * - "titled" aliases (names of parties and armed groups) need a capital wherever the alias
 *   has one: "an Islamic state" and "European solidarity" are not the group or the party.
 */
export type CaseMode = 'strict' | 'relaxed';

/** English words that are also actor names; kept to exact case even in all-caps text. */
const COMMON_WORDS = new Set(
  ('turkey china chad jordan guinea niger may bush rice brown march april june july august amnesty ' +
    'labour labor reform renaissance forward together union liberal liberals conservative conservatives ' +
    'democrat democrats republican republicans independent patriots hope change future justice unity ' +
    'progress alliance solidarity freedom liberty summit power will bill mark frank rich young long price ' +
    'banks wall street white black west east north south nice reading bath split sale mobile victoria ' +
    'congress senate parliament government council commission court assembly general chancellor').split(' '),
);

const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

export function isAllCaps(s: string): boolean {
  return HAS_UPPER.test(s) && !HAS_LOWER.test(s);
}

/** What the matcher needs to check case for one alias (computed once, at indexing). */
export interface CaseRule {
  mode: CaseMode;
  /** The folded alias (tokens joined by spaces), case kept. */
  surface: string;
  /** Index of the first alias token with a capital letter, -1 if none (relaxed mode). */
  upperAt: number;
  /** Every capitalised alias token needs a capital in the text (names of parties and armed
   *  groups made of common words: "European Solidarity" is not "European solidarity"). */
  titled: boolean;
}

/** Mode of an alias from its folded surface (tokens joined by single spaces). */
export function caseModeOf(surface: string): CaseMode {
  if (surface.includes(' ')) return 'relaxed';
  const letters = surface.replace(/[^\p{L}]/gu, '');
  const strict = letters.length <= 4 || isAllCaps(surface) || /\d/.test(surface) || COMMON_WORDS.has(surface.toLowerCase());
  return strict ? 'strict' : 'relaxed';
}

/** Token index of the first capital letter, -1 if none; counted by spaces, without split
 *  (runs for ~35k aliases per load). */
export function firstUpperToken(surface: string): number {
  const upper = surface.search(HAS_UPPER);
  if (upper < 0) return -1;
  let n = 0;
  for (let i = surface.indexOf(' '); i >= 0 && i < upper; i = surface.indexOf(' ', i + 1)) n++;
  return n;
}

function capitalised(s: string): string {
  return s.charAt(0) + s.slice(1).toLowerCase();
}

/** Check folded text tokens against an alias whose keys (lower-case forms) already matched. */
export function caseMatches(rule: CaseRule, text: readonly string[]): boolean {
  if (rule.mode === 'strict') {
    const a = rule.surface, t = text[0]!;
    if (t === a) return true;
    const letters = a.replace(/[^\p{L}]/gu, '').length;
    if (isAllCaps(a)) return letters >= 4 && t === capitalised(a);
    return letters >= 4 && !COMMON_WORDS.has(a.toLowerCase()) && t === a.toUpperCase();
  }
  if (rule.upperAt < 0) return true;
  if (!rule.titled) return HAS_UPPER.test(text[rule.upperAt]!);
  const words = rule.surface.split(' ');
  return words.every((w, k) => !HAS_UPPER.test(w) || HAS_UPPER.test(text[k]!));
}
