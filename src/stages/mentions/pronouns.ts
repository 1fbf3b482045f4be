/**
 * Closed-class personal pronouns and what each tells about its referent. English has no other reliable
 * agreement signal for coreference, so the whole resolver leans on these few features.
 */
export type Gender = 'm' | 'f';
export type PronounCase = 'subject' | 'object' | 'possessive' | 'reflexive';

export interface PronounInfo {
  readonly person: 1 | 2 | 3;
  readonly plural: boolean;
  /** Only he/she/it families carry gender; 'n' = neuter ("it": an organisation or a country, never a person). */
  readonly gender?: Gender | 'n';
  readonly case: PronounCase;
}

/** A Map, not an object: asked for every token, and "constructor" must not find Object's. */
const TABLE = new Map<string, PronounInfo>();
function add(words: string[], info: Omit<PronounInfo, 'case'>): void {
  const cases: PronounCase[] = ['subject', 'object', 'possessive', 'possessive', 'reflexive'];
  words.forEach((w, k) => {
    if (w && !TABLE.has(w)) TABLE.set(w, { ...info, case: cases[k] });
  });
}
// subject, object, possessive determiner, possessive pronoun, reflexive
add(['he', 'him', 'his', '', 'himself'], { person: 3, plural: false, gender: 'm' });
add(['she', 'her', '', 'hers', 'herself'], { person: 3, plural: false, gender: 'f' });
add(['it', '', 'its', '', 'itself'], { person: 3, plural: false, gender: 'n' });
add(['they', 'them', 'their', 'theirs', 'themselves'], { person: 3, plural: true });
add(['i', 'me', 'my', 'mine', 'myself'], { person: 1, plural: false });
add(['we', 'us', 'our', 'ours', 'ourselves'], { person: 1, plural: true });

export function pronounInfo(lower: string): PronounInfo | undefined {
  return TABLE.get(lower);
}

/** The pronouns the GUM evaluation calls "person pronouns": gendered third person. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself',
]);
