import type { Candidate } from './candidate.ts';
import { mentionsBefore, type EntityState } from './entity-state.ts';

export interface SalienceOptions {
  /** Sentences back a pronoun may look for its antecedent. */
  pronounWindow: number;
  /** Factor per sentence of distance (Lappin & Leass halve salience at each sentence boundary). */
  decay: number;
  /** Weights of a mention's position, after Lappin & Leass (1994). */
  recency: number;
  subject: number;
  name: number;
  /** A mention that starts its paragraph's first sentence carries the paragraph ("He" then continues it). */
  paragraphLead: number;
  /** Bonus when the pronoun and the candidate are both subjects (parallelism). */
  parallel: number;
  /** Bonus when the entity's gender is known and agrees, over a person whose gender is unknown. */
  genderKnown: number;
  /**
   * Bonus for the subject of an "its" or "their"'s own clause: "Pakistan accused India, while New Delhi said its troops
   * …". Not for "his" and "her": on GUM news it cost three answers there.
   */
  clauseSubject: number;
  /** Factor for a "person" that only a weak default typed (an unknown single capitalised word). */
  unsurePerson: number;
  /** Factor for an organisation as the antecedent of "they". */
  organisationAsThey: number;
}

export const DEFAULT_SALIENCE: SalienceOptions = {
  pronounWindow: 4, decay: 0.5, recency: 100, subject: 80, name: 30, paragraphLead: 40, parallel: 35, genderKnown: 60, clauseSubject: 200, unsurePerson: 0.25, organisationAsThey: 0.5,
};

/**
 * How prominent an entity is at a point: each earlier sentence that mentions it contributes its best
 * mention's weight, fading with distance. Taking the best per sentence rather than the sum keeps an
 * entity named three times in one paragraph from drowning a newer subject.
 */
export function salience(e: EntityState, at: Candidate, sentenceOf: (m: Candidate) => number, leads: (m: Candidate) => boolean, o: SalienceOptions): number {
  const here = sentenceOf(at);
  let score = 0;
  let sentence = -1;
  let best = 0;
  // Back from the last mention before `at`: those after it (pronouns resolve after every name) never count.
  for (let k = mentionsBefore(e, at.start) - 1; k >= 0; k--) {
    const m = e.mentions[k];
    const s = sentenceOf(m);
    if (here - s > o.pronounWindow) break;
    if (s !== sentence) {
      score += best * o.decay ** (here - sentence);
      sentence = s;
      best = 0;
    }
    let w = o.recency;
    if (m.subject) w += o.subject;
    if (m.form === 'name') w += o.name;
    if (leads(m)) w += o.paragraphLead;
    if (w > best) best = w;
  }
  return score + best * o.decay ** (here - sentence);
}
