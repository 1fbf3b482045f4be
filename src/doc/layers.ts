import type { Span } from './span.ts';
import type { TokenTable } from './tokens.ts';
import type { Event, Position } from './events.ts';

/** What an actor record resolves to, as written on mentions, entities and speakers. */
export interface ActorRef {
  readonly id: string;
  readonly name: string;
  /** ISO-3166 alpha-3, or IGO / UNO / EUR / NGO / MNC, or a documented collective code. */
  readonly country: string;
  /** Three-letter PLOVER sector (GOV, MIL, LEG, …) when known. */
  readonly sector?: string;
  readonly wikidata?: string;
  /** The office the actor held on the article's date ("Foreign Minister"). */
  readonly title?: string;
}

export type MentionType = 'PERSON' | 'ORG' | 'GPE' | 'NORP' | 'COLLECTIVE';
/** How a mention names its entity: "Sergey Lavrov" (name), "the minister" (nominal), "he" (pronoun). */
export type MentionForm = 'name' | 'nominal' | 'pronoun';

export interface Mention extends Span {
  readonly type: MentionType;
  readonly form: MentionForm;
  /** Document-level entity id ("e3"), shared by every mention of one referent. */
  readonly entity: string;
  readonly actor?: ActorRef;
  /** A plural pronoun that takes up a coordination is all of it: "they" after "Qatar and Egypt" has Qatar's entity and Egypt's here. */
  readonly coEntities?: readonly string[];
}

export interface Entity {
  readonly id: string;
  /** The fullest name the document gives ("Sergey Lavrov" rather than "Lavrov" or "he"). */
  readonly name: string;
  readonly type: MentionType;
  /** Indices into the mentions layer. */
  readonly mentions: readonly number[];
  readonly actor?: ActorRef;
}

export type AttributionType = 'direct' | 'indirect' | 'mixed' | 'according-to' | 'belief';

export interface Speaker {
  readonly name: string;
  readonly entity: string | null;
  readonly actor?: ActorRef;
}

export interface Attribution {
  readonly id: string;
  readonly type: AttributionType;
  /** The reporting expression: "said", "warned that", "according to", or the colon of a colon quote. */
  readonly cue: Span;
  /** What is attributed; several spans when a quote is split around its cue. */
  readonly content: readonly Span[];
  /** The local mention of the source as written ("he", "the minister"), or null ("it was reported"). */
  readonly source: Span | null;
  /** The source resolved to the document entity and, when known, the actor; the first of a list ("Qatar and Egypt"). */
  readonly speaker: Speaker | null;
  /** The others a coordinated source lists, each resolved like the speaker: Egypt in "Qatar and Egypt said". */
  readonly coSpeakers: readonly Speaker[];
  readonly confidence: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem in the content of the document (not a misuse of the API), positioned like a vfile message. */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** The stage that raised it. */
  readonly stage: string;
}

/**
 * Every layer a document can carry. `events`, `positions` and `framing` are reserved: their item shapes are
 * fixed by the issues that build them, and until then they serialise as empty arrays.
 */
export interface LayerTypes {
  sentences: readonly Span[];
  paragraphs: readonly Span[];
  tokens: TokenTable;
  mentions: readonly Mention[];
  entities: readonly Entity[];
  attributions: readonly Attribution[];
  events: readonly Event[];
  positions: readonly Position[];
  framing: readonly unknown[];
}

export type LayerName = keyof LayerTypes;
export const LAYER_NAMES: readonly LayerName[] = [
  'sentences', 'paragraphs', 'tokens', 'mentions', 'entities', 'attributions', 'events', 'positions', 'framing',
];

/** Which stage (and which version of it) wrote a layer: kept so stored analyses can be re-run when it changes. */
export interface Provenance {
  readonly stage: string;
  readonly version: string;
}
