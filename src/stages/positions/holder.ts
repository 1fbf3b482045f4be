import type { Event, EventParticipant, PositionHolder } from '../../doc/events.ts';
import type { Attribution, Speaker } from '../../doc/layers.ts';
import { othersOnce } from '../../doc/parties.ts';
import { within, type Span } from '../../doc/span.ts';
import { participantOf } from '../events/mention-index.ts';
import { agentAfter, subjectOf, type SentenceView } from '../events/participants.ts';
import { attributionAt } from '../events/roles.ts';
import type { CueHit } from './cues.ts';

const FIRST_PERSON = new Set(['we', 'i', 'us', 'our']);
/** A joint statement's parties, taken up again: "Qatar and Egypt said they …", "… 'We will not', they said". */
const GROUP_PRONOUNS = new Set(['they', 'them', 'we', 'us']);

export interface Holder {
  readonly holder: PositionHolder;
  /** The others of a joint stance, each holding it too: Egypt in "Qatar and Egypt called for a ceasefire". */
  readonly coHolders: readonly PositionHolder[];
  readonly attribution: Attribution | null;
  /** Events whose trigger is the stance cue ("rejected", "would be legitimate targets"). */
  readonly events: readonly Event[];
}

/** A participant as a holder, named by its entity's fullest name, else its actor's, else the words that name it. */
function fromParticipant(v: SentenceView, p: EventParticipant): PositionHolder {
  const name = (p.entity ? v.ix.entities.get(p.entity)?.name : undefined) ?? p.actor?.name ?? p.span.text;
  return p.actor ? { entity: p.entity, name, actor: p.actor } : { entity: p.entity, name };
}

/** The cue's character range and the events whose trigger it overlaps ("rejected", "would be legitimate targets"). */
function atCue(v: SentenceView, cue: CueHit, events: readonly Event[]): { start: number; end: number; linked: Event[] } {
  const start = v.tokens.starts[cue.first];
  const end = v.tokens.ends[cue.last];
  return { start, end, linked: events.filter((e) => e.trigger.start < end && start < e.trigger.end) };
}

const fromSpeaker = (s: Speaker): PositionHolder => ({ entity: s.entity, name: s.name, ...(s.actor ? { actor: s.actor } : {}) });

/**
 * Who holds the stance: the actor of the event the cue triggered when there is one; else the speaker of the
 * statement it is in (for "foreign troops would be legitimate targets" the subject is the issue, and for "we"
 * the speaker); else the subject of the cue; else, for a predicate cue, the subject of the main clause.
 */
export function holderOf(v: SentenceView, cue: CueHit, cueAfterIssue: boolean, events: readonly Event[], attributions: readonly Attribution[]): Holder | null {
  const { start, end, linked } = atCue(v, cue, events);
  const att = attributionAt(attributions, start, end);
  const withEvent = linked.find((e) => e.actor);
  // "Qatar and Egypt said they would back a truce": the speaker of a joint statement, as such or as "they" or "we"
  // in it, holds the stance with the co-speakers ("…said Qatar would host talks" is Qatar's alone)
  const source = att?.a.source;
  const inSource = (span: Span) => !!source && within(span, source);
  const joint = (holder: PositionHolder, others: readonly PositionHolder[], asSpeaker: boolean): Holder => {
    const co = asSpeaker && holder.entity === att?.a.speaker?.entity ? [...others, ...att.a.coSpeakers.map(fromSpeaker)] : others;
    return { holder, coHolders: othersOnce(holder, co), attribution: att?.a ?? null, events: linked };
  };
  if (withEvent?.actor) {
    const actor = withEvent.actor;
    return joint(fromParticipant(v, actor), withEvent.coActors.map((p) => fromParticipant(v, p)), inSource(actor.span) || GROUP_PRONOUNS.has(actor.span.text.toLowerCase()));
  }
  const speaker = att?.a.speaker ?? null;
  let m = -1;
  if (!cueAfterIssue) m = subjectOf(v, cue.first);
  else {
    const clauseStart = v.clauses.starts[v.clauses.of[cue.first - v.from]];
    if (clauseStart > v.from) m = subjectOf(v, clauseStart, v.from, true);
  }
  const firstPerson = m >= 0 && FIRST_PERSON.has(v.ix.mentions[m].text.toLowerCase());
  if (speaker && (m < 0 || firstPerson || cueAfterIssue)) return joint(fromSpeaker(speaker), [], true);
  if (m < 0) return null;
  const p = participantOf(v.ix, m);
  return joint(fromParticipant(v, p), [], GROUP_PRONOUNS.has(p.span.text.toLowerCase()));
}

/** "…, a proposal backed by Zelenskiy": the "by" agent of the cue holds the stance (the event's actor when one was coded). */
export function agentHolder(v: SentenceView, cue: CueHit, events: readonly Event[], attributions: readonly Attribution[]): Holder | null {
  const m = agentAfter(v, cue.last, v.to);
  if (m < 0) return null;
  const { start, end, linked } = atCue(v, cue, events);
  const p = participantOf(v.ix, m);
  return { holder: fromParticipant(v, p), coHolders: [], attribution: attributionAt(attributions, start, end)?.a ?? null, events: linked };
}
