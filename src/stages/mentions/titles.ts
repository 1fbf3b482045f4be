import { ROLE_SYNONYMS } from './nouns.ts';

/** Words that qualify an office without being part of it: "former president" held it, "acting minister" holds it loosely. */
const TEMPORAL = new Set(['former', 'ex', 'late', 'then', 'acting', 'outgoing', 'incoming', 'interim', 'current', ...['ousted', 'deposed', 'toppled', 'overthrown']]);
/**
 * Of those, the ones that say the office is no longer held: "Deposed President Ana Ruiz" is a former
 * president; an "outgoing prime minister" still holds office until the successor takes over.
 */
const PAST = new Set(['former', 'ex', 'late', 'then', 'ousted', 'deposed', 'toppled', 'overthrown']);

/** "former", "ousted", "acting": a word before a title that says when or how it is held. */
export function isTemporal(lower: string): boolean {
  return TEMPORAL.has(lower);
}
/** Words before a title that describe its holder rather than the office ("top" is kept: "top diplomat"). */
const DROP = new Set(['the', 'a', 'an', 'new', 'veteran', 'senior', 'powerful', 'longtime', 'long-time', 'then-']);

/**
 * The office a title phrase names, lower-case and normalised: "Foreign Minister" → "foreign minister",
 * "top diplomat" → "foreign minister", "Former President" → "former president" (the prefix is kept so that
 * role linking can refuse to give a former office to today's holder).
 */
export function titleOf(words: readonly string[]): string | undefined {
  const kept: string[] = [];
  let former = false;
  for (const raw of words) {
    const w = raw.toLowerCase().replace(/\.$/, '');
    if (TEMPORAL.has(w)) {
      if (PAST.has(w)) former = true;
      continue;
    }
    if (DROP.has(w) || w === '-' || w === "'s") continue;
    kept.push(w);
  }
  if (kept.length === 0) return undefined;
  let title = kept.join(' ').replace(/ - /g, '-');
  for (const [phrase, office] of ROLE_SYNONYMS) if (title === phrase || title.endsWith(` ${phrase}`)) title = office;
  return former ? `former ${title}` : title;
}

/** The last word of a title ("minister" of "foreign minister"): two titles are compatible when their heads agree. */
export function titleHead(title: string): string {
  const words = title.replace(/^former /, '').split(' ');
  return words[words.length - 1];
}

/** "the minister" can refer back to a "foreign minister"; "the foreign minister" cannot refer to a "defence minister". */
export function titlesCompatible(nominal: string, known: string): boolean {
  const a = nominal.replace(/^former /, '');
  const b = known.replace(/^former /, '');
  if (a === b) return true;
  if (titleHead(a) !== titleHead(b)) return false;
  return b.endsWith(` ${a}`) || a.split(' ').length === 1;
}
