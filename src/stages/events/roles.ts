import type { EventParticipant } from '../../doc/events.ts';
import type { Attribution } from '../../doc/layers.ts';
import { within } from '../../doc/span.ts';
import type { Draft } from './governing.ts';
import { entityKey, groupMentions, participantOf } from './mention-index.ts';
import { posOf } from '../../doc/tokens.ts';
import { BORROWS_SUBJECT, GOVERNED } from './clauses.ts';
import { byWeapon, custodianAfter, DYING, placeAfter } from './harm-parties.ts';
import { agentAfter, conjoined, isPassive, isReducedRelative, objectAfter, subjectOf, type SentenceView } from './participants.ts';

export interface Roles {
  actor: EventParticipant | null;
  coActors: EventParticipant[];
  recipient: EventParticipant | null;
  coRecipients: EventParticipant[];
  /** Mention index of a place ("in Montenegro"), or -1. */
  place: number;
  /** The attribution whose cue or content holds the trigger. */
  attribution: Attribution | null;
}

const FIRST_PERSON = new Set(['we', 'i', 'us', 'our', 'me', 'my']);

/** The attribution whose cue or content covers [start, end), cue first ("X warned …" is X's own act). */
export function attributionAt(attributions: readonly Attribution[], start: number, end: number): { a: Attribution; inCue: boolean } | null {
  for (const a of attributions) if (a.cue.start <= start && end <= a.cue.end + 1 && start < a.cue.end) return { a, inCue: true };
  for (const a of attributions) if (a.content.some((c) => c.start <= start && end <= c.end)) return { a, inCue: false };
  return null;
}

/** The speaker as a participant, pointed at a mention of the speaker in the sentence when there is one. */
function speakerParticipant(v: SentenceView, a: Attribution): EventParticipant | null {
  const speaker = a.speaker;
  if (speaker?.entity) {
    for (const m of v.mentions) if (v.ix.mentions[m].entity === speaker.entity) return { ...participantOf(v.ix, m), ...(speaker.actor && !v.ix.mentions[m].actor ? { actor: speaker.actor } : {}) };
  }
  if (!a.source) return null;
  // "European Community foreign ministers agreed": a speaker without an actor is coded by the party inside its phrase
  if (!speaker?.actor) {
    const inner = v.mentions.filter((m) => within(v.ix.mentions[m], a.source!));
    const coded = inner.reverse().map((m) => participantOf(v.ix, m)).find((p) => p.actor);
    if (coded) return coded;
  }
  const span = { start: a.source.start, end: a.source.end, text: a.source.text };
  const base = { span, entity: speaker?.entity ?? null };
  return speaker?.actor ? { ...base, actor: speaker.actor } : base;
}

/** Clause end (exclusive token) of the clause holding `token`; with `governed`, also the "that …"/"to …" clauses after it. */
function clauseEnd(v: SentenceView, token: number, governed = false): number {
  let c = v.clauses.of[token - v.from];
  while (governed && c + 1 < v.clauses.starts.length && GOVERNED.has(v.clauses.kinds[c + 1])) c++;
  return c + 1 < v.clauses.starts.length ? v.clauses.starts[c + 1] : v.to;
}

/**
 * Actor and recipient of one event. Active: subject → actor, first party after the trigger → recipient. Passive
 * ("were killed by …"): the "by" party acts on the subject. "Foreign troops would be legitimate targets" and
 * "Kyiv must withdraw": the subject receives, the speaker acts. A reported event without a subject of its own,
 * or with "we" as subject, is the speaker's.
 */
export function rolesOf(v: SentenceView, d: Draft, attributions: readonly Attribution[]): Roles {
  const hit = d.hit;
  const head = hit.first;
  const att = attributionAt(attributions, v.tokens.starts[hit.first], v.tokens.ends[hit.last]);
  const speaker = att ? speakerParticipant(v, att.a) : null;
  const contentFloor = att && !att.inCue ? firstTokenOfContent(v, att.a, head) : v.from;
  let actorM = -1;
  let recipientM = -1;
  let actor: EventParticipant | null = null;
  let place = -1;
  // "a proposal backed by Zelenskiy": a participle after its noun, with a "by" agent, is a passive too
  const reduced = hit.rule.pos === 'verb' && isReducedRelative(v.tokens, hit.last, v.from, v.to);
  const passive = reduced || (hit.rule.pos === 'verb' && isPassive(v.tokens, head, v.from));
  // "demanded that the Sudanese government end curbs": a governing verb's party may stand in the clause it governs
  const governs = hit.rule.governs || hit.rule.intent;
  const own = d.governed ? clauseEnd(v, d.governed.hit.last) : clauseEnd(v, hit.last, governs);
  // "established diplomatic ties with and opened an embassy in Tehran": a preposition left hanging before "and"
  // shares the object that ends the coordination, so the search runs on through the next clause
  const hanging = posOf(v.tokens, hit.last + 1) === 'ADP' && v.tokens.lower[hit.last + 2] === 'and' && hit.last + 2 === own;
  const reach = hanging ? clauseEnd(v, own) : own;
  if (hit.rule.subjectIsRecipient) {
    recipientM = subjectOf(v, head, contentFloor);
    // the clause that holds the subject: "that NATO members trying to deploy troops would face …" → "that …"
    let clause = v.clauses.of[head - v.from];
    while (clause > 0 && BORROWS_SUBJECT.has(v.clauses.kinds[clause])) clause--;
    const clauseStart = v.clauses.starts[clause];
    const reporting = clauseStart > v.from ? clauseStart : reportingVerbBefore(v, recipientM >= 0 ? v.ix.first[recipientM] : head);
    // "… would be considered legitimate targets by Moscow": a "by" agent acts, before any speaker
    const agent = agentAfter(v, hit.last, Math.min(reach, v.tail));
    if (agent >= 0) actorM = agent;
    else if (speaker) actor = speaker;
    else if (reporting > v.from) actorM = subjectOf(v, reporting, v.from, true);
  } else if (DYING.has(v.tokens.lower[head])) {
    // "A prisoner died of torture while in police custody": the one who dies suffers the harm; who inflicted it
    // is a "by" agent, the one holding the victim ("in Israeli police custody") or "at the hands of" someone
    recipientM = subjectOf(v, head, contentFloor);
    actorM = agentAfter(v, hit.last, v.tail);
    if (actorM < 0) actorM = custodianAfter(v, hit.last);
  } else if (hit.rule.pos === 'noun') {
    actorM = nounHolder(v, head);
  } else if (reduced) {
    // the agent acts; the noun the participle follows is what is acted on, when it names a party ("troops sent by Moscow")
    actorM = agentAfter(v, hit.last, reach);
    recipientM = v.mentions.find((m) => v.ix.last[m] === head - 1) ?? -1;
  } else if (passive) {
    actorM = agentAfter(v, hit.last, reach);
    recipientM = subjectOf(v, head, contentFloor);
    // "killed by an improvised explosive device outside the Iraqi city of Basra": the attacker is unnamed, and an
    // unnamed party is coded by the country it acts in (the GSR codes such attacks to the place they struck)
    if (actorM < 0 && d.type === 'ASSAULT' && byWeapon(v, hit.last)) actorM = placeAfter(v, hit.last, reach);
  } else {
    actorM = subjectOf(v, meansHead(v, head), contentFloor);
    const ownSubject = actorM >= 0 && att !== null && isObjectTakenForSource(att.a);
    if (att && !ownSubject && (att.inCue || actorM < 0 || isFirstPerson(v, actorM))) actor = speaker ?? null;
  }
  if (actorM >= 0 && actorM === recipientM) recipientM = -1;
  if (!actor && actorM >= 0) actor = participantOf(v.ix, actorM);
  const exclude = new Set<string>(actorM >= 0 ? [entityKey(v.ix, actorM)] : actor?.entity ? [actor.entity] : []);
  if (recipientM < 0) {
    const found = recipientAfter(v, d, reach, exclude, passive);
    recipientM = found.object;
    place = found.place;
    // "threatened to stop the talks if the United States goes ahead": the one whose act is the condition
    if (recipientM < 0 && d.type === 'THREATEN') recipientM = conditionSubject(v, hit.last, exclude);
    if (recipientM < 0) recipientM = place;
  }
  return {
    actor,
    coActors: coActorsOf(v, actor, actorM, head, att?.a ?? null),
    recipient: recipientM >= 0 ? participantOf(v.ix, recipientM) : null,
    coRecipients: recipientM >= 0 ? coRecipientsOf(v, recipientM, head).map((m) => participantOf(v.ix, m)) : [],
    place,
    attribution: att?.a ?? null,
  };
}

/**
 * The parties listed with the actor's mention: in "Qatar and Egypt have called for", whichever is the actor, the other
 * is a co-actor. When the actor is the speaker, named first in the coordinated source ("Mexico, Qatar and Egypt
 * urged"), the subject's own mention (Egypt) is one of the list too; never the actor twice.
 */
function coActorsOf(v: SentenceView, actor: EventParticipant | null, actorM: number, head: number, a: Attribution | null): EventParticipant[] {
  if (actorM < 0) return [];
  const inSource = a?.source != null && within(v.ix.mentions[actorM], a.source);
  const party = [...(inSource ? [actorM] : []), ...conjoined(v, actorM, -1), ...conjoined(v, actorM, 1).filter((x) => v.ix.last[x] < head), ...groupMentions(v.ix, actorM)];
  return party.filter((x) => !actor?.entity || v.ix.mentions[x].entity !== actor.entity).map((x) => participantOf(v.ix, x));
}

/** The subject of an "if"/"unless" clause after the trigger: the first party after the conjunction. */
function conditionSubject(v: SentenceView, last: number, exclude: ReadonlySet<string>): number {
  for (let i = last + 1; i < v.tail; i++) {
    if (v.tokens.lower[i] !== 'if' && v.tokens.lower[i] !== 'unless') continue;
    const m = v.mentions.find((x) => v.ix.first[x] > i && v.ix.first[x] <= i + 3 && !exclude.has(entityKey(v.ix, x)));
    // the clause's subject, followed by its verb: not "if Asian demand picked up"
    const verb = m === undefined ? '' : posOf(v.tokens, v.ix.last[m] + 1);
    return m !== undefined && (verb === 'VERB' || verb === 'AUX') ? m : -1;
  }
  return -1;
}

/** For "urged Russia to stop", "warned that foreign troops would …": the object before the embedded verb, else its subject, else its object. */
const AGAINST = new Set(['against']);
const TOWARDS = new Set(['against', 'toward', 'towards', 'near', 'along']);

function recipientAfter(v: SentenceView, d: Draft, reach: number, exclude: ReadonlySet<string>, passive: boolean): { object: number; place: number } {
  // from the head on, so a party inside the trigger phrase counts ("will give Tanzania a grant")
  const last = d.hit.first;
  // "staged rallies in Gaza against the party's leader": a party after "against" is the one acted on
  const against = objectAfter(v, last, reach, exclude, passive, AGAINST);
  if (against.object >= 0) return against;
  // "mobilized army reservists for a possible war against Iraq": the troops moved are the actor's own
  if (d.type === 'MOBILIZE') return objectAfter(v, last, reach, exclude, passive, TOWARDS);
  if (!d.governed) return objectAfter(v, last, reach, exclude, passive);
  const b = d.governed.hit;
  const between = objectAfter(v, last, b.first, exclude, passive);
  if (between.object >= 0) return between;
  const after = objectAfter(v, b.last, reach, exclude);
  return { object: after.object, place: between.place >= 0 ? between.place : after.place };
}

/**
 * The party of an event noun stands next to it ("Russia's attack", "the Russian offensive"); when the noun is the
 * object of a verb, the verb's subject ("Italy announced a suspension of air links"). When the noun is itself a
 * subject, no name to its left is its party ("Ankara thinks the talks are important").
 */
function nounHolder(v: SentenceView, head: number): number {
  let verbBetween = false;
  for (let k = v.mentions.length - 1; k >= 0; k--) {
    const m = v.mentions[k];
    if (v.ix.last[m] >= head) continue;
    for (let i = v.ix.last[m] + 1; i < head; i++) if (posOf(v.tokens, i) === 'VERB' || posOf(v.tokens, i) === 'AUX' || v.tokens.lower[i] === ',') verbBetween = true;
    if (!verbBetween) return m;
    break;
  }
  return isSubjectNoun(v, head) || !isDirectObject(v, head) ? -1 : subjectOf(v, head);
}

/** Particles of phrasal verbs: "called off the talks", "speeded up the withdrawal". */
const PARTICLES = new Set(['up', 'off', 'out', 'down', 'back', 'forward']);

/** The noun is the object of the verb before it: only determiners and modifiers between ("announced a suspension"). */
function isDirectObject(v: SentenceView, head: number): boolean {
  for (let i = head - 1; i >= v.from; i--) {
    const tag = posOf(v.tokens, i);
    if (tag === 'VERB') return true;
    if (PARTICLES.has(v.tokens.lower[i]) && i > v.from && posOf(v.tokens, i - 1) === 'VERB') continue; // "speeded up the withdrawal"
    if (tag !== 'DET' && tag !== 'ADJ' && tag !== 'NUM' && tag !== 'NOUN' && tag !== 'PROPN' && tag !== 'ADV' && !(tag === 'PRON' && /^(its|their|his|her|our)$/.test(v.tokens.lower[i]))) return false;
  }
  return false;
}

/** Does a verb follow the noun phrase the noun heads ("the talks are important", "the attack killed three")? */
function isSubjectNoun(v: SentenceView, head: number): boolean {
  for (let i = head + 1; i < v.to && i <= head + 6; i++) {
    const tag = posOf(v.tokens, i);
    if (tag === 'VERB' || tag === 'AUX') return true;
    if (tag === 'PUNCT' || tag === 'SCONJ' || tag === 'CCONJ') return false;
  }
  return false;
}

/** A recipient before the trigger ("US and British forces must …") has its partners on its left. */
function coRecipientsOf(v: SentenceView, m: number, head: number): number[] {
  return v.ix.last[m] < head ? [...conjoined(v, m, -1), ...conjoined(v, m, 1).filter((k) => v.ix.last[k] < head)] : conjoined(v, m, 1);
}

const REPORTING_VERBS = new Set(['said', 'says', 'say', 'told', 'declared', 'announced', 'insisted', 'warned', 'stated', 'added', 'reiterated']);

/** "The Red Cross said US forces must …" (no "that"): the reporting verb left of the addressee, or -1. */
function reportingVerbBefore(v: SentenceView, before: number): number {
  for (let i = before - 1; i > v.from; i--) if (REPORTING_VERBS.has(v.tokens.lower[i])) return i;
  return -1;
}

function isFirstPerson(v: SentenceView, m: number): boolean {
  const mention = v.ix.mentions[m];
  return mention.form === 'pronoun' && FIRST_PERSON.has(mention.text.toLowerCase());
}

/**
 * The attribution model sometimes reads a verb after a quoted title as a cue and its object as the source: in
 * 'approved a ``special law'' recognizing victories by the opposition', "victories" was taken for a speaker. A
 * source after its cue that names no party (no entity, no actor) yields to a subject the clause has of its own;
 * a real inverted source ("…," said the minister) leaves the clause without one.
 */
function isObjectTakenForSource(a: Attribution): boolean {
  return a.source !== null && a.source.start >= a.cue.end && !a.speaker?.entity && !a.speaker?.actor;
}

/** A reported event's subject is looked for inside the reported words only. */
function firstTokenOfContent(v: SentenceView, a: Attribution, head: number): number {
  const at = v.tokens.starts[head];
  const span = a.content.find((c) => c.start <= at && at < c.end);
  let t = v.from;
  while (span && t < head && v.tokens.starts[t] < span.start) t++;
  return t;
}

/**
 * "sought to block talks by arming the regime and by proposing peacekeepers": a "by V-ing" means clause has the
 * subject of the verb it serves, so the subject is looked for left of the clause's first verb, not next to the gerund.
 */
function meansHead(v: SentenceView, head: number): number {
  if (head <= v.from || v.tokens.lower[head - 1] !== 'by' || !v.tokens.lower[head].endsWith('ing')) return head;
  const start = v.clauses.starts[v.clauses.of[head - v.from]];
  for (let i = start; i < head - 1; i++) if (posOf(v.tokens, i) === 'VERB' || posOf(v.tokens, i) === 'AUX') return i;
  return head;
}
