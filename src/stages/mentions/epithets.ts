import { newCandidate, type Candidate } from './candidate.ts';
import type { TokenCues } from './cues.ts';

const NOUN_LIKE = new Set(['NOUN', 'PROPN']);

/**
 * Age epithets, which news uses for the person it is writing about: "the 72-year-old wrote", "said the
 * 45-year-old". The tokenizer splits "72-year-old" into 72 / - / year / - / old. Only with "the" and with no noun
 * after it: in "a 25-year-old man" the man is the mention, and "a 25-year-old" introduces someone new.
 */
export function findAgeEpithets(c: TokenCues, claimed: readonly Candidate[]): Candidate[] {
  const t = c.tokens;
  const out: Candidate[] = [];
  for (let h = 5; h < t.length; h++) {
    if (t.lower[h] !== 'old' || t.lower[h - 2] !== 'year' || t.words[h - 1] !== '-' || t.words[h - 3] !== '-' || !/^\d+$/.test(t.words[h - 4])) continue;
    if (t.lower[h - 5] !== 'the' || NOUN_LIKE.has(c.pos(h + 1)) || claimed.some((m) => m.start <= h && m.end > h - 5)) continue;
    out.push(newCandidate({ start: h - 5, end: h + 1, head: h, type: 'PERSON', form: 'nominal', epithet: true }));
  }
  return out;
}

/** Party members: "the Kentucky Republican", "the Democrat", "the Texas Democrat". */
const PARTY_MEMBERS = new Set(['republican', 'democrat']);

/**
 * A party member written like a name after "the" ("the Kentucky Republican told reporters") is an epithet for the
 * person written about last, not a person called "Kentucky Republican". Names the actor base knows stay names.
 */
export function markPartyEpithets(c: TokenCues, mentions: readonly Candidate[]): void {
  const t = c.tokens;
  for (const m of mentions) {
    if (m.form !== 'name' || m.ids?.length || m.start === 0 || t.lower[m.start - 1] !== 'the' || !PARTY_MEMBERS.has(t.lower[m.end - 1])) continue;
    if (mentions.some((o) => o !== m && o.start <= m.start - 1 && o.end > m.start - 1)) continue;
    Object.assign(m, { start: m.start - 1, head: m.end - 1, type: 'PERSON', form: 'nominal', typeSure: true, epithet: true });
  }
}
