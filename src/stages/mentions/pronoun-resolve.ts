import type { Candidate } from './candidate.ts';
import type { TokenCues } from './cues.ts';
import { mentionsBefore, type EntityState } from './entity-state.ts';
import { salience, type SalienceOptions } from './salience.ts';

/**
 * Chooses the antecedent entity of a third-person pronoun: the most salient compatible entity (agreement
 * in person/number/gender and animacy), with the binding constraint that an object pronoun is not its
 * own clause's subject ("Lavrov told him": him ≠ Lavrov) and a reflexive is ("Lavrov defended himself").
 */
export function resolvePronoun(
  c: TokenCues, m: Candidate, entities: readonly EntityState[], mentions: readonly Candidate[], entityOf: Map<Candidate, EntityState>, o: SalienceOptions,
  /** Inside a quote, its speaker says "I", not "he": the speaker's entity is excluded. */
  speaker?: EntityState,
): EntityState | undefined {
  const info = m.pronoun!;
  const t = c.tokens;
  const sentenceOf = (x: Candidate) => t.sentence[x.start];
  const leads = (x: Candidate) => x.subject && c.paragraphLead[x.start] === 1;
  const clauseSubject = info.case !== 'subject' ? subjectOfClause(c, m, mentions, entityOf) : undefined;
  const controller = info.case === 'object' ? infinitiveSubject(c, m, mentions, entityOf) : undefined;
  let best: EntityState | undefined;
  let bestScore = 0;
  const here = t.sentence[m.start];
  for (const e of entities) {
    if (e === speaker || !agrees(m, e) || onlyInDateline(c, e, m)) continue;
    if (here - t.sentence[e.mentions[0].start] < 0 || here - lastSentenceBefore(t.sentence, e, m.start) > o.pronounWindow) continue;
    if (info.case === 'object' && (e === clauseSubject || e === controller)) continue;
    if (info.case === 'reflexive' && clauseSubject && e !== clauseSubject) continue;
    let score = salience(e, m, sentenceOf, leads, o);
    if (score <= 0) continue;
    // An unknown capitalised word ("Psychology major at…") is a person only for want of a better antecedent.
    if (e.type === 'PERSON' && !e.typeSure && !e.gender) score *= o.unsurePerson;
    // "They" is people far more often than an organisation (which American news calls "it").
    if (info.plural && !e.plural) score *= o.organisationAsThey;
    if (m.gender && e.gender === m.gender) score += o.genderKnown;
    if (m.subject && lastBefore(e, m)?.subject) score += o.parallel;
    if (info.case === 'possessive' && !m.gender && e === clauseSubject) score += o.clauseSubject;
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

/** "DOHA, Nov 24 (Meridian Post) -" names where the story was filed and who filed it: no antecedent until the text names it again. */
function onlyInDateline(c: TokenCues, e: EntityState, m: Candidate): boolean {
  for (const x of e.mentions) if (x.start < m.start && !c.dateline[x.start]) return false;
  return true;
}

function lastSentenceBefore(sentence: Int32Array, e: EntityState, start: number): number {
  const k = mentionsBefore(e, start) - 1;
  return k >= 0 ? sentence[e.mentions[k].start] : -Infinity;
}

function lastBefore(e: EntityState, m: Candidate): Candidate | undefined {
  const k = mentionsBefore(e, m.start) - 1;
  return k >= 0 ? e.mentions[k] : undefined;
}

/** Person, number, gender and animacy agreement between a pronoun and an entity. */
function agrees(m: Candidate, e: EntityState): boolean {
  const info = m.pronoun!;
  if (e.type === 'NORP' && !e.plural) return false; // "Russian" qualifies, it is not referred back to
  if (info.gender === 'm' || info.gender === 'f') {
    // An unknown capitalised word ("Psychology major at…") is no antecedent until something shows it is a person.
    return e.type === 'PERSON' && !e.plural && (!e.gender || e.gender === info.gender);
  }
  if (info.gender === 'n') return !e.plural && (e.type === 'ORG' || e.type === 'GPE' || e.type === 'COLLECTIVE');
  if (info.plural) return e.plural || e.type === 'ORG' || e.type === 'COLLECTIVE';
  return false;
}

/** The entity of the nearest subject-like mention before the pronoun in its clause ("Lavrov told him"). */
function subjectOfClause(c: TokenCues, m: Candidate, mentions: readonly Candidate[], entityOf: Map<Candidate, EntityState>): EntityState | undefined {
  const t = c.tokens;
  // A reflexive reaches over coordination and quotation to its subject: Montalvo "walked in and turned himself in".
  const breaks = m.pronoun?.case === 'reflexive' ? REFLEXIVE_BREAKS : CLAUSE_BREAKS;
  let k = mentions.indexOf(m) - 1;
  for (; k >= 0; k--) {
    const x = mentions[k];
    if (t.sentence[x.start] !== t.sentence[m.start] || hasClauseBreak(c, x.end, m.start, breaks)) return undefined;
    if (x.subject && entityOf.has(x)) return entityOf.get(x);
  }
  return undefined;
}

/**
 * The understood subject of an infinitive that governs an object pronoun, when an object stands right before "to": in
 * "had dispatched its own forces to monitor them" and "urged Moscow to release them", the forces do the monitoring
 * and Moscow the releasing, so neither is "them".
 */
function infinitiveSubject(c: TokenCues, m: Candidate, mentions: readonly Candidate[], entityOf: Map<Candidate, EntityState>): EntityState | undefined {
  const t = c.tokens;
  const to = m.start - 2;
  if (to < 1 || t.lower[to] !== 'to' || c.pos(to + 1) !== 'VERB') return undefined;
  const object = mentions.find((x) => x.end === to && x !== m);
  return object && entityOf.get(object);
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '"', 'that', 'and', 'but', 'who', 'which', 'where', 'when', 'while', 'because', 'after', 'before', 'if', 'although', 'since', 'until']);

const REFLEXIVE_BREAKS = new Set([';', 'that', 'who', 'which', 'where', 'because', 'although']);

function hasClauseBreak(c: TokenCues, from: number, to: number, breaks: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (breaks.has(c.tokens.lower[k]) && !sharedSubject(c, k)) return true;
  return false;
}

/** "and" or "but" before a verb joins a second predicate to the same subject: "Washington was in touch … and urged them". */
function sharedSubject(c: TokenCues, k: number): boolean {
  const w = c.tokens.lower[k];
  return (w === 'and' || w === 'but') && c.pos(k + 1) === 'VERB';
}
