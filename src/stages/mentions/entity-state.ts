import type { ActorRef, MentionType } from '../../doc/layers.ts';
import { partitionPoint } from '../../doc/search.ts';
import type { Candidate } from './candidate.ts';
import { nameTokens } from './name-match.ts';
import type { Gender } from './pronouns.ts';

/** A coreference chain while it grows: what its mentions have revealed so far about the referent. */
export interface EntityState {
  readonly index: number;
  type: MentionType;
  /** False while only weak cues typed it (an unknown single word): a later sure mention may retype it. */
  typeSure: boolean;
  readonly mentions: Candidate[];
  /** Lower-case name tokens of its name mentions, honorifics dropped (["sergey", "lavrov"], ["lavrov"]). */
  readonly names: string[][];
  readonly titles: Set<string>;
  /** Singular heads of its nominal mentions ("man", "spokeswoman", "ministry"). */
  readonly heads: Set<string>;
  actor?: ActorRef;
  /** The actor came from a derived mention (see Candidate.derived): other institutions of that government stay apart. */
  actorDerived?: boolean;
  gender?: Gender;
  /** The gender came from a gendered noun ("sister"), not a first name: a first name does not overrule it. */
  genderFromNoun?: boolean;
  plural: boolean;
  country?: string;
}

export function newEntity(index: number, m: Candidate): EntityState {
  const e: EntityState = {
    index, type: m.type, typeSure: m.typeSure || m.form !== 'name', mentions: [], names: [], titles: new Set(), heads: new Set(), plural: m.plural,
  };
  return e;
}

/** Adds a mention and everything it says about the referent; `lower` is its words in lower case. */
export function addMention(e: EntityState, m: Candidate, lower: readonly string[], head: string | undefined): void {
  // Kept in text order: pronouns join after the names and nominals of the first pass.
  let k = e.mentions.length;
  while (k > 0 && e.mentions[k - 1].start > m.start) k--;
  if (k === e.mentions.length) e.mentions.push(m); // the usual case, without splice's cost
  else e.mentions.splice(k, 0, m);
  if (m.form === 'name') e.names.push(nameTokens(lower));
  if (m.title) e.titles.add(m.title);
  if (head) e.heads.add(head);
  // a name's own record beats a government coded from a description: "Guterres's spokesman, Stéphane Dujarric"
  if (m.actor && (!e.actor || (e.actorDerived && m.form === 'name' && !m.derived))) {
    e.actor = m.actor;
    e.actorDerived = m.derived === true;
  }
  if (m.actor?.title) e.titles.add(m.actor.title.toLowerCase());
  if (m.actor && m.type !== 'NORP') e.country ??= m.actor.country;
  // a gendered noun ("the influential sister", "a spokeswoman") says more than a first name does
  if (m.gender && (!e.gender || (m.form === 'nominal' && !e.genderFromNoun))) {
    e.gender = m.gender;
    e.genderFromNoun = m.form === 'nominal';
  }
  if (m.country && !e.country) e.country = m.country;
  if (m.form === 'name' && m.typeSure && !e.typeSure) {
    e.type = m.type;
    e.typeSure = true;
  }
}

/**
 * Whether an entity can say "we" (an organisation, a country or a collective) or "I" (one person). A text in its
 * issuer's own voice also lets a group of people say "we" ("The foreign ministers … condemn. We call on …").
 */
export function saysFirstPerson(e: EntityState, plural: boolean, people = false): boolean {
  if (!plural) return e.type === 'PERSON' && !e.plural;
  return (people && e.plural) || e.type === 'ORG' || e.type === 'GPE' || e.type === 'COLLECTIVE';
}

/** How many of the entity's mentions start before token `start` (they are kept in text order). */
export function mentionsBefore(e: EntityState, start: number): number {
  return partitionPoint(e.mentions.length, (k) => e.mentions[k].start < start);
}

export function lastMention(e: EntityState): Candidate {
  return e.mentions[e.mentions.length - 1];
}
