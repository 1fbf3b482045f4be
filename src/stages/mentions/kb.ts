import type { ActorRef } from '../../doc/layers.ts';

/**
 * The part of the actor base (src/knowledge/actors, `ActorBase`) and of the role-noun list
 * (src/knowledge/roles) this stage reads, stated structurally: the real ones satisfy it, a test can hand
 * in a small one, and the stage still runs (without linking) when the knowledge is absent.
 */
export interface RoleView {
  readonly title: string;
  readonly country: string;
  readonly sector: string;
  readonly start?: string;
  readonly end?: string | null;
  /** Actor id of the organisation the role is in ("NATO" for its Secretary General). */
  readonly org?: string;
}

export interface ActorRecordView {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly country: string;
  readonly sector?: string;
  readonly adjectives?: readonly string[];
  readonly aliases?: readonly string[];
  readonly gender?: 'm' | 'f';
  readonly roles?: readonly RoleView[];
  readonly ambiguous?: readonly string[];
  /** Which layer the record came from: hand-curated and user records are trusted more than generated ones. */
  readonly source?: string;
}

export interface ActorMatchView {
  readonly length: number;
  readonly ids: readonly string[];
  /** Matched through an adjective or demonym ("Russian"), not a name. */
  readonly adjective?: boolean;
  /** A leading "the" was consumed. */
  readonly article?: boolean;
}

export interface ActorLookup {
  matchAt(tokens: readonly string[], i: number): ActorMatchView | null;
  get(id: string): ActorRecordView | undefined;
  code(id: string, isoDate?: string): ActorRef | undefined;
  roleOn(id: string, isoDate?: string): RoleView | undefined;
  bySurname(surname: string): readonly string[];
  /** Country of a place the gazetteer knows ("Mariupol" → UKR). */
  countryOfPlace?(name: string): string | undefined;
  /** Every record, for the office index (who held "foreign minister" of RUS when). */
  records?(): Iterable<ActorRecordView>;
  /** Builds the base's own lazy indexes (surnames) now. */
  prepareIndexes?(): void;
}

export interface RoleLookup {
  isRoleNoun(noun: string): boolean;
  sectorOf(noun: string): string | undefined | null;
}

export interface MentionKnowledge {
  readonly actors?: ActorLookup;
  readonly roles?: RoleLookup;
}

/** Actor kinds and the mention type their names take. */
export function typeOfKind(kind: string | undefined): 'PERSON' | 'ORG' | 'GPE' | 'COLLECTIVE' | undefined {
  switch (kind) {
    case 'person': return 'PERSON';
    case 'state': return 'GPE';
    case 'government': case 'organisation': case 'organization': case 'group': case 'party': return 'ORG';
    case 'collective': return 'COLLECTIVE';
    default: return undefined;
  }
}
