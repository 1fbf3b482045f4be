import type { ActorRef } from './layers.ts';
import type { Span } from './span.ts';

/** The 16 event types of PLOVER 2.0 (manual v2.0: no CRIME, DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT). */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** Who did it, or to whom: the mention as written plus what it resolved to. */
export interface EventParticipant {
  /** The local mention ("the minister", "Moscow", "he"). */
  readonly span: Span;
  /** Document entity id, or null when the span is not a mention the mentions stage linked. */
  readonly entity: string | null;
  readonly actor?: ActorRef;
}

/**
 * explicit: the text names the day ("on March 3", "2024-03-03"); relative: counted from publication ("on Tuesday",
 * "yesterday", "last week", "recently"); publication: no expression, the publication date stands in;
 * unknown: neither an expression nor a publication date.
 */
export type DateResolution = 'explicit' | 'relative' | 'publication' | 'unknown';
export type DateGranularity = 'day' | 'week' | 'month' | 'year' | 'approximate';

export interface EventDate {
  /** ISO date YYYY-MM-DD (the first day of a week, month or year), or null. */
  readonly value: string | null;
  readonly text: Span | null;
  readonly resolution: DateResolution;
  readonly granularity: DateGranularity;
}

export interface EventFlags {
  /** "did not attack", "never recognised". */
  readonly negated: boolean;
  /** "could send troops", an event inside an if-clause. */
  readonly hypothetical: boolean;
  /** "will visit", "would send", "plans to deploy". */
  readonly future: boolean;
  /** The event is tied to a condition in its sentence ("… if the talks fail", "… unless …"). */
  readonly conditional: boolean;
}

export interface Event {
  readonly id: string;
  readonly type: PloverType;
  /** PLOVER mode (type-specific: "visit", "violence", "meet"…), or null. */
  readonly mode: string | null;
  /** PLOVER context labels ("military", "peacekeeping"…). */
  readonly context: readonly string[];
  readonly actor: EventParticipant | null;
  /** Further actors conjoined with the first ("France and Germany agreed"). */
  readonly coActors: readonly EventParticipant[];
  readonly recipient: EventParticipant | null;
  readonly coRecipients: readonly EventParticipant[];
  /** The words that made it an event ("threatened", "called for", "legitimate targets"). */
  readonly trigger: Span;
  /** The sentence that holds the trigger. */
  readonly evidence: Span;
  readonly date: EventDate;
  readonly location: Span | null;
  readonly flags: EventFlags;
  readonly quadClass: QuadClass;
  /** PLOVER cooperation–conflict score, −10 … +10 (docs/events.md lists the numbers). */
  readonly score: number;
  /** Two-digit CAMEO root ("13"), for comparison with CAMEO-coded data. */
  readonly cameoRoot: string;
  /** The full CAMEO code of the lexicon entry or pattern that fired, when it came from CAMEO. */
  readonly cameo: string | null;
  /** The attribution whose cue or content holds the trigger: a reported event keeps its source. */
  readonly attribution: string | null;
  readonly confidence: number;
}

export type Stance = 'support' | 'oppose' | 'demand' | 'conditional' | 'unclear';

export interface PositionHolder {
  /** Document entity id, or null for a speaker the mentions stage did not link ("a senior official"). */
  readonly entity: string | null;
  /** The entity's fullest name in the document. */
  readonly name: string;
  readonly actor?: ActorRef;
}

export interface Position {
  readonly id: string;
  readonly actor: PositionHolder;
  /** Issue id from the taxonomy (data/issues/issues.json). */
  readonly issue: string;
  readonly stance: Stance;
  /** What the actor attaches to its stance ("they must be unarmed", "must follow a comprehensive peace agreement"). */
  readonly conditions: readonly Span[];
  /** The sentences or clauses that state the position. */
  readonly evidence: readonly Span[];
  /** The stance cue ("rejects", "insists", "would be legitimate targets"). */
  readonly cue: Span | null;
  /** The words that named the issue ("peacekeepers", "a ceasefire"). */
  readonly issueText: Span;
  readonly attributions: readonly string[];
  readonly events: readonly string[];
  readonly date: EventDate;
  readonly confidence: number;
}
