import type { Candidate } from './candidate.ts';
import type { TokenCues } from './cues.ts';

/** A speaker's name in capitals, as transcripts print it: "RUSU", "O'REILLY". */
export const SHOUTED = /^[A-Z][A-Z'.-]*[A-Z]$/;
/** Longest speaker label of a transcript turn, in tokens ("JAKE TAPPER"). */
export const MAX_LABEL_TOKENS = 3;

/**
 * The speaker of the transcript turn `m` stands in: a paragraph opened by a name in capitals and a colon ("RUSU: We
 * have conveyed our position …") is that speaker's own words, so its "I" and "we" are theirs, as a quotation's are.
 * The label's mention, or undefined outside a turn (and for the label itself).
 */
export function turnSpeaker(c: TokenCues, m: Candidate, mentions: readonly Candidate[]): Candidate | undefined {
  const t = c.tokens;
  let first = m.start;
  while (first > 0 && c.paragraph[first - 1] === c.paragraph[m.start]) first--;
  if (c.inQuote[first] && !/\w/.test(t.words[first])) first++; // a quoted transcript's opening mark
  let colon = first;
  while (colon < m.start && colon - first < MAX_LABEL_TOKENS && SHOUTED.test(t.words[colon])) colon++;
  if (colon === first || colon >= m.start || t.words[colon] !== ':') return undefined;
  return mentions.find((x) => x.start >= first && x.end <= colon && x.form !== 'pronoun');
}
