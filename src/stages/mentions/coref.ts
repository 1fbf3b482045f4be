import type { ActorRef } from '../../doc/layers.ts';
import type { Candidate } from './candidate.ts';
import type { TokenCues } from './cues.ts';
import { addMention, newEntity, saysFirstPerson, type EntityState } from './entity-state.ts';
import { lookupKeys, nameKeys, nameTokens, otherNamesMatch, personNamesMatch } from './name-match.ts';
import { coordinatedAntecedent, descriptionAntecedent } from './coordination.ts';
import { issuerEntity } from './issuer.ts';
import { turnSpeaker } from './turns.ts';
import { BOTH } from './pronoun-mentions.ts';
import { GOVERNMENT_HEADS, namesHead, resolveNominal } from './nominal-resolve.ts';
import { nounInfo } from './nouns.ts';
import { resolvePronoun } from './pronoun-resolve.ts';
import type { Gender } from './pronouns.ts';
import { DEFAULT_SALIENCE, type SalienceOptions } from './salience.ts';
import { affiliationOf, findSpeaker } from './speaker.ts';

export interface CorefOptions extends SalienceOptions {
  /** Sentences back a definite nominal ("the minister") may look for its referent. */
  nominalWindow: number;
}

export const DEFAULT_COREF: CorefOptions = { ...DEFAULT_SALIENCE, nominalWindow: 12 };

/** Late linking the resolver asks for, once the document context is known. */
export interface CorefHooks {
  /** A surname known to the actor base ("Lavrov" alone, no full name earlier). */
  actorForSurname?(surname: string, title?: string, country?: string, gender?: Gender): ActorRef | undefined;
  /**
   * A nominal whose country is now known: "the country's president" → its president on the date. `owner` is the
   * possessor's actor when a pronoun names it ("its adviser" after "the RSF"), else the qualifier's.
   */
  actorForNominal?(m: Candidate, country: string, owner?: ActorRef): ActorRef | undefined;
  /** Whether an actor comes from the generated dictionaries, whose offices end in 2014 at the latest: the text may know better. */
  generatedRecord?(actor: ActorRef): boolean;
}

export interface CorefResult {
  readonly entities: EntityState[];
  readonly entityOf: Map<Candidate, EntityState>;
}

/**
 * Within-document coreference in one left-to-right pass, sieve-like: apposition, then same actor, then
 * name matching (surname, acronym), then definite nominals by office and head, then third-person pronouns
 * by salience. First-person pronouns inside quotes go to the quote's speaker once everything else is known.
 * Pronouns that find nothing compatible ("it", "they", "we") are dropped: they are not actor mentions.
 */
export function corefer(c: TokenCues, mentions: readonly Candidate[], hooks: CorefHooks = {}, o: CorefOptions = DEFAULT_COREF): CorefResult {
  const t = c.tokens;
  const entities: EntityState[] = [];
  const entityOf = new Map<Candidate, EntityState>();
  const firstPerson: Candidate[] = [];
  // Entities by the words of their names, so a name is compared only with entities sharing a word.
  const byWord = new Map<string, EntityState[]>();
  const join = (m: Candidate, e: EntityState | undefined) => {
    const target = e ?? (entities.push(newEntity(entities.length, m)), entities[entities.length - 1]);
    addMention(target, m, t.lower.slice(m.start, m.end), m.form === 'nominal' ? headOf(t.lower[m.head]) : undefined);
    entityOf.set(m, target);
    if (m.form === 'name') {
      for (const key of nameKeys(target.names[target.names.length - 1])) {
        const list = byWord.get(key);
        if (!list) byWord.set(key, [target]);
        else if (!list.includes(target)) list.push(target);
      }
    }
  };
  // "they" or "the two mediators" for a list: the first party's entity, the others as co-referents
  const joinGroup = (m: Candidate, group: readonly Candidate[]) => {
    join(m, entityOf.get(group[0]));
    m.coReferents = group.slice(1);
  };
  // Pass 1: names and nominals. Pass 2: third-person pronouns, which can then see who speaks a quote
  // even when the reporting clause follows it ("…his work," Wilkins said: "his" is not Wilkins).
  const pronouns: Candidate[] = [];
  const resolve = (m: Candidate): void => {
    if (entityOf.has(m)) return;
    // "the country's president": the possessor ("the country" → Russia) first, whatever the text order.
    if (m.qualifier && m.qualifier.form !== 'pronoun' && m.qualifier !== m) resolve(m.qualifier);
    const appos = m.appositive && entityOf.get(m.appositive);
    const group = descriptionAntecedent(c, m, mentions);
    if (appos) join(m, appos);
    else if (group && entityOf.has(group[0])) joinGroup(m, group); // "Qatar and Egypt … the two mediators said"
    else if (m.form === 'name') join(m, matchName(c, m, entities, byWord, hooks));
    else {
      const country = m.country ?? countryOf(m.qualifier, entityOf);
      if (country && !m.actor) m.actor = hooks.actorForNominal?.(m, country);
      m.country ??= country;
      join(m, byActor(c, m, entities) ?? resolveNominal({ c, window: o.nominalWindow }, m, headOf(t.lower[m.head]), entities));
    }
  };
  for (const m of mentions) {
    if (m.form === 'pronoun') (m.pronoun?.person === 3 ? pronouns : firstPerson).push(m);
    else resolve(m);
  }
  for (const m of pronouns) {
    const speaker = m.inQuote ? findSpeaker(c, m, mentions) : undefined;
    const group = m.pronoun!.plural ? coordinatedAntecedent(c, m, mentions) : undefined;
    if (group && (!speaker || !group.includes(speaker)) && entityOf.has(group[0])) {
      joinGroup(m, group);
      continue;
    }
    if (m.pronoun === BOTH) continue; // "both" is a pair or nothing: no single antecedent by salience
    const e = resolvePronoun(c, m, entities, mentions, entityOf, o, speaker && entityOf.get(speaker));
    if (e) join(m, e);
    else if (m.gender) join(m, undefined); // an unresolved he/she is still a person
  }
  let previous: Candidate | undefined;
  for (const m of firstPerson) {
    // "I" again further on in the same quotation, however long, is the same speaker
    const said = speakerEntity(c, m, mentions, entityOf);
    const before = previous && sameQuotation(c, previous, m) ? previous : undefined;
    const e = said?.entity ?? (before && entityOf.get(before)) ?? issuerEntity(c, m, mentions, entityOf);
    if (e) join(m, e);
    // "'We will not stop,' they said" after "Qatar and Egypt …": "we" is the group "they" is
    if (e && m.pronoun!.plural) m.coReferents = (said ? said.via : before)?.coReferents;
    previous = m;
  }
  for (const [m, e] of entityOf) if (m.form === 'pronoun') m.type = e.type;
  // "Poland scrambled jets, its operational command said": the country of a possessive pronoun opening a nominal is
  // known only now that pronouns are resolved
  const possessive = new Map(pronouns.filter((p) => p.pronoun!.case === 'possessive').map((p) => [p.start, p]));
  for (const m of mentions) {
    const owner = m.form === 'nominal' && !m.actor && !m.country ? possessive.get(m.start) : undefined;
    const ownerEntity = owner && entityOf.get(owner);
    if (ownerEntity?.type === 'GPE') {
      const country = countryOf(owner, entityOf);
      if (country) (m.country = country), (m.actor = hooks.actorForNominal?.(m, country));
    } else if (ownerEntity?.type === 'ORG' && ownerEntity.actor && nounInfo(t.lower[m.head])?.type === 'PERSON') {
      // "The RSF denied the charge. Its adviser, Osman al-Tayeb, wrote …": the person is the group's, and so is the
      // name in apposition when nothing else codes it ("its website" names no one)
      m.actor = hooks.actorForNominal?.(m, ownerEntity.actor.country, ownerEntity.actor);
      const own = entityOf.get(m);
      if (own && !own.actor && m.actor) own.actor = m.actor;
      // "ECOWAS … Its commission president, Omar Touray": the group's post outweighs the base's office from 2008
      else if (own?.actor && m.actor && hooks.generatedRecord?.(own.actor)) {
        const stale = own.actor;
        own.actor = { ...stale, country: m.actor.country, sector: m.actor.sector };
        for (const x of own.mentions) if (x.actor?.id === stale.id) x.actor = own.actor;
      }
    }
  }
  return { entities: entities.filter((e) => e.mentions.length > 0), entityOf };
}

/** The country a qualifier stands for: "Russia's", "Russian", "the country's" (through its entity). */
function countryOf(q: Candidate | undefined, entityOf: Map<Candidate, EntityState>): string | undefined {
  if (!q) return undefined;
  const e = entityOf.get(q);
  return q.actor?.country ?? q.country ?? e?.actor?.country ?? e?.country;
}

function headOf(lower: string): string {
  return nounInfo(lower)?.singular ?? lower;
}

function byActor(c: TokenCues, m: Candidate, entities: readonly EntityState[]): EntityState | undefined {
  if (!m.actor) return undefined;
  const norp = m.type === 'NORP';
  const head = headOf(c.tokens.lower[m.head]);
  return entities.find((e) => e.actor && sameActor(m.actor!, e.actor) && (e.type === 'NORP') === norp && sameInstitution(c, m, e, head))
    ?? (m.type === 'ORG' && !m.derived ? entities.find((e) => e.type === 'ORG' && !e.actorDerived && e.actor && seatOfGovernment(m.actor!, e.actor)) : undefined);
}

function sameActor(a: ActorRef, b: ActorRef): boolean {
  return a.id === b.id;
}

const OFFICE_WORDS = new Set(['ministry', 'department', 'office', 'council', 'treasury', 'agency', 'service', 'assembly', 'parliament', 'court', 'congress', 'senate']);

/**
 * "The Kremlin" and "Moscow" (the Russian government) are one actor in news: a seat of government and
 * the government it houses. Both must be governing (GOV) records of one country and neither a ministry
 * or other office ("the Russian Foreign Ministry" stays apart).
 */
function seatOfGovernment(a: ActorRef, b: ActorRef): boolean {
  if (a.country !== b.country || a.sector !== 'GOV' || b.sector !== 'GOV') return false;
  const office = (r: ActorRef) => r.name.toLowerCase().split(/\s+/).some((w) => OFFICE_WORDS.has(w));
  return !office(a) && !office(b) && (a.name.startsWith('Government of') || b.name.startsWith('Government of'));
}

/**
 * One government actor, several institutions: "the Kremlin", "Moscow" and "the Russian government" are
 * one referent, but "the Russian Defence Ministry" (coded as that government too) is another.
 */
function sameInstitution(c: TokenCues, m: Candidate, e: EntityState, head: string): boolean {
  if (!m.derived && !e.actorDerived) return true;
  const governmentHere = !m.derived || GOVERNMENT_HEADS.has(head);
  const governmentThere = !e.actorDerived || [...e.heads].some((h) => GOVERNMENT_HEADS.has(h));
  if (governmentHere && governmentThere) return true;
  const named = e.names.filter((n) => namesHead(n, head));
  if (m.form !== 'name' || named.length === 0) return e.heads.has(head) || named.length > 0;
  // two names of one head are one body only when one holds the other's words: "Ministry of Foreign Affairs of
  // Lithuania" and "… of the Republic of Lithuania", not "Ministry of Trade" and "Ministry of Foreign Affairs"
  const words = c.tokens.lower.slice(m.start, m.end);
  return named.some((n) => allIn(n, words) || allIn(words, n));
}

/** Whether every word of `a` is in `b`. */
const allIn = (a: readonly string[], b: readonly string[]): boolean => a.every((w) => b.includes(w));

function matchName(c: TokenCues, m: Candidate, entities: readonly EntityState[], byWord: Map<string, EntityState[]>, hooks: CorefHooks): EntityState | undefined {
  const same = byActor(c, m, entities);
  if (same) return same;
  const words = nameTokens(c.tokens.lower.slice(m.start, m.end));
  const personish = m.type === 'PERSON' || !m.typeSure;
  const candidates = new Set<EntityState>();
  for (const key of lookupKeys(words)) for (const e of byWord.get(key) ?? []) candidates.add(e);
  // Most recently created first, as a name refers back to the nearest bearer.
  for (const e of [...candidates].sort((a, b) => b.index - a.index)) {
    if ((e.type === 'NORP') !== (m.type === 'NORP')) continue;
    if (e.actor && m.actor && e.actor.id !== m.actor.id) continue;
    if (personish && e.type === 'PERSON' && e.names.some((n) => personNamesMatch(words, n))) {
      // "Lavrov" after "Sergey Lavrov" is a person because the full name was; a repeated unknown word proves nothing.
      if (!m.typeSure && e.typeSure) (m.type = 'PERSON'), (m.typeSure = true);
      return e;
    }
    if ((m.type === e.type || !m.typeSure) && e.type !== 'PERSON' && e.names.some((n) => otherNamesMatch(e.type, words, n))) {
      m.type = e.type;
      return e;
    }
  }
  // Only a word already shown to be a person ("Lavrov said") is looked up as a surname: "English" is not Bill English.
  if (m.type === 'PERSON' && m.typeSure && !m.actor && words.length === 1 && hooks.actorForSurname) {
    const actor = hooks.actorForSurname(words[0], m.title, m.country, m.gender);
    if (actor) {
      m.actor = actor;
      m.type = 'PERSON';
      m.typeSure = true;
      return byActor(c, m, entities);
    }
  }
  return undefined;
}

/** Whether two first-person pronouns of one number stand in one run of quoted text (paragraphs a quotation continues over included). */
function sameQuotation(c: TokenCues, a: Candidate, b: Candidate): boolean {
  if (!a.inQuote || !b.inQuote || a.pronoun?.plural !== b.pronoun?.plural) return false;
  for (let k = a.end; k < b.start; k++) if (!c.inQuote[k]) return false;
  return true;
}

/**
 * First person inside a quote or a transcript turn (turns.ts) belongs to its speaker (returned with the speaker's mention, when that named it): "I" to a person, "we" to an organisation or country;
 * a person's "we" to the body their description names (`Tunisia's coach Nabil Maaloul said, "We were playing …"`).
 */
function speakerEntity(c: TokenCues, m: Candidate, mentions: readonly Candidate[], entityOf: Map<Candidate, EntityState>): { entity: EntityState; via?: Candidate } | undefined {
  const turn = m.inQuote ? undefined : turnSpeaker(c, m, mentions);
  if (!m.inQuote && !turn) return undefined;
  const fits = (e: EntityState | undefined): e is EntityState => !!e && saysFirstPerson(e, m.pronoun!.plural);
  const fitting = (x: Candidate) => fits(entityOf.get(x));
  const speaker = turn ?? findSpeaker(c, m, mentions, undefined, fitting);
  const e = speaker && entityOf.get(speaker);
  if (fits(e)) return { entity: e, via: speaker };
  const person = m.pronoun!.plural ? (turn ?? findSpeaker(c, m, mentions)) : undefined;
  const personEntity = person && entityOf.get(person);
  if (!person || personEntity?.type !== 'PERSON') return undefined;
  // "she said" after "Environment Canada spokeswoman Sujata Raisinghani told CBC": the body named where she was described
  const described = [person, ...personEntity.mentions.filter((x) => x.start < person.start).reverse()];
  for (const x of described) {
    const body = affiliationOf(c, x, mentions, fitting);
    const entity = body && entityOf.get(body);
    if (entity) return { entity };
  }
  return undefined;
}
