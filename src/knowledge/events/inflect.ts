/**
 * Surface forms for lexicon look-up. Tokens carry no lemma, so instead of lemmatising every token of every
 * article we expand each lexicon word once, at load time, into the forms it can take ("refuse" → refuses,
 * refused, refusing) and index those. Over-generation ("stoped" next to "stopped") costs a few map keys and
 * never matches real text; under-generation would lose events, so both doubling variants are produced.
 */

export type IrregularVerbs = ReadonlyMap<string, readonly string[]>;

const VOWEL = /[aeiou]/;

/** Every form a regular or listed irregular verb can take, base included. */
export function verbForms(base: string, irregular: IrregularVerbs = new Map(), extra: readonly string[] = []): string[] {
  const out = new Set<string>([base, ...extra, ...(irregular.get(base) ?? [])]);
  const last = base[base.length - 1] ?? '';
  const beforeLast = base[base.length - 2] ?? '';
  // third person: "refuses", "denies", "pushes"
  if (last === 'y' && !VOWEL.test(beforeLast)) out.add(base.slice(0, -1) + 'ies');
  else if (/(s|x|z|ch|sh|o)$/.test(base)) out.add(base + 'es');
  else out.add(base + 's');
  // past: "refused", "denied", "agreed"; ing: "refusing", "dying", "agreeing"
  if (last === 'e') {
    out.add(base + 'd');
    if (base.endsWith('ie')) out.add(base.slice(0, -2) + 'ying');
    else if (base.endsWith('ee') || base.endsWith('ye') || base.endsWith('oe')) out.add(base + 'ing');
    else out.add(base.slice(0, -1) + 'ing');
  } else if (last === 'y' && !VOWEL.test(beforeLast)) {
    out.add(base.slice(0, -1) + 'ied');
    out.add(base + 'ing');
  } else {
    out.add(base + 'ed');
    out.add(base + 'ing');
    // "stopped", "committed", "patrolled": double a final consonant after a single vowel
    if (/[^aeiou][aeiou][bdgklmnprtvz]$/.test(base)) {
      out.add(base + last + 'ed');
      out.add(base + last + 'ing');
    }
    if (last === 'c') {
      out.add(base + 'ked');
      out.add(base + 'king');
    }
  }
  return [...out];
}

/** Singular and plural: "sanction"/"sanctions", "ally"/"allies", "crisis" keeps itself. */
export function nounForms(base: string): string[] {
  const out = new Set<string>([base]);
  const last = base[base.length - 1] ?? '';
  if (last === 'y' && !VOWEL.test(base[base.length - 2] ?? '')) out.add(base.slice(0, -1) + 'ies');
  else if (/(s|x|z|ch|sh)$/.test(base)) out.add(base + 'es');
  else out.add(base + 's');
  return [...out];
}

export function irregularVerbsFrom(json: { verbs: Record<string, string[]> }): IrregularVerbs {
  return new Map(Object.entries(json.verbs));
}
