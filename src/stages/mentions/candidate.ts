import type { ActorRef, MentionForm, MentionType } from '../../doc/layers.ts';
import type { Gender, PronounInfo } from './pronouns.ts';

/**
 * A mention while the stage works on it: token-indexed, with the evidence detection found (a title before
 * the name, a nationality adjective, a possessor) that linking and coreference read. Mutable on purpose:
 * detection fills it, linking adds the actor, coreference may retype an uncertain name. Never leaves the stage.
 */
export interface Candidate {
  /** Token range [start, end). */
  start: number;
  end: number;
  /** Token index of the word that carries the agreement features ("minister" in "the Russian foreign minister"). */
  head: number;
  type: MentionType;
  form: MentionForm;
  /** False when only a weak default typed it (an unknown single capitalised word): coreference may retype it. */
  typeSure: boolean;
  plural: boolean;
  gender?: Gender;
  pronoun?: PronounInfo;
  /** Actor-base ids the words matched, best first (several for an ambiguous alias such as "Brussels"). */
  ids?: readonly string[];
  /** Office, lower-case ("foreign minister"), from a title before a name or the words of a nominal. */
  title?: string;
  /** Country evidence (ISO alpha-3) from "Russian", "Russia's", "of Ukraine". */
  country?: string;
  /** Sector the words themselves give the linked actor: "Syrian Kurds" are Syria's civilians (CVL). */
  sector?: string;
  /** Another candidate that qualifies this one: the possessor in "the country's president", the object of "for" in "a spokeswoman for the ministry". */
  qualifier?: Candidate;
  /** For a plural pronoun that takes up a coordination, the conjuncts after the first (whose entity it joins): Egypt for "they" after "Qatar and Egypt". */
  coReferents?: readonly Candidate[];
  /** The candidate this one stands in apposition to ("Olena Marchenko, a ministry spokeswoman"). */
  appositive?: Candidate;
  /** Subject-like position: first mention of its clause before the verb, or the subject of an inverted "said X". */
  subject: boolean;
  inQuote: boolean;
  /** Metonymic government reference ("the Kremlin", "the Kiev regime", "Moscow said"): links to a government. */
  government?: boolean;
  actor?: ActorRef;
  /** A description that names no office and refers back to the last person: "the 72-year-old" (epithets.ts). */
  epithet?: boolean;
  /** The actor was inferred from a country and a head noun ("the Russian Defence Ministry" → RUS government), not named. */
  derived?: boolean;
}

export function newCandidate(init: Pick<Candidate, 'start' | 'end' | 'type' | 'form'> & Partial<Candidate>): Candidate {
  return { head: init.end - 1, typeSure: true, plural: false, subject: false, inQuote: false, ...init };
}
