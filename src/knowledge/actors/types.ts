/**
 * Actor knowledge base types. The JSON files in data/actors/ use exactly these shapes
 * (curated.json and user --actors files); data/actors/README.md documents them for people.
 */

/** A dated position: holds on a date d when start <= d <= end (ISO dates, inclusive;
 *  a missing start/end is open). A role with neither is the undated default, used only
 *  when no dated role holds (PETRARCH's rule). */
export interface ActorRole {
  title: string;
  /** ISO3 country, or IGO / UNO / EUR / NGO / MNC / a collective code (see README). */
  country: string;
  /** 3-letter PLOVER sector (GOV, MIL, LEG, JUD, ...); '' when the source gives none. */
  sector: string;
  start?: string;
  end?: string | null;
  /** Actor id of the organisation the role is in (e.g. "NATO" for its Secretary General). */
  org?: string;
  /** The dates are known only to the month or so (flagged, not guessed silently). */
  approximate?: boolean;
}

export type ActorKind = 'person' | 'state' | 'government' | 'organisation' | 'collective' | 'group' | 'party';

export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind;
  /** ISO3, or IGO/UNO/EUR/NGO/MNC/IMG, or a collective code (WST, INT, GSO; see README). */
  country: string;
  sector?: string;
  /** Surface phrases that name the actor, cased as normally written. A leading "the"
   *  written in the alias is required ("the West"); otherwise "the" is optional. */
  aliases: string[];
  /** Adjectives and demonyms ("Russian", "Russians"); matched but flagged as such. */
  adjectives?: string[];
  wikidata?: string;
  gender?: 'm' | 'f';
  roles?: ActorRole[];
  /** Other actor ids the same phrase may mean (Brussels: EU, NATO, Belgium). */
  ambiguous?: string[];
  /** Full CAMEO code from the Phoenix dictionaries when it says more than country+sector. */
  cameo?: string;
  /** Set by the loader: which layer the record came from. */
  source?: 'curated' | 'user' | 'phoenix';
}

/** Result of ActorBase.matchAt. */
export interface ActorMatch {
  /** Number of tokens consumed, including a leading "the" when article is true. */
  length: number;
  /** Candidate actor ids, authoritative (curated/user) records first. */
  ids: string[];
  /** Matched through an adjective/demonym ("Russian officials"), not a name. */
  adjective: boolean;
  /** A leading "the" was consumed. */
  article: boolean;
}

/** PLOVER-style identity of an actor on a date. */
export interface ActorCode {
  id: string;
  name: string;
  country: string;
  sector?: string;
  wikidata?: string;
  title?: string;
}

export interface ActorBase {
  readonly size: number;
  matchAt(tokens: readonly string[], i: number): ActorMatch | null;
  get(id: string): ActorRecord | undefined;
  roleOn(id: string, isoDate?: string): ActorRole | undefined;
  code(id: string, isoDate?: string): ActorCode | undefined;
  bySurname(surname: string): string[];
  search(name: string): string[];
  /** Country of a place name from the dictionaries' gazetteer (cities, regions). */
  countryOfPlace(name: string): string | undefined;
  records(): IterableIterator<ActorRecord>;
  /** Builds the lazily built look-up indexes (surnames) now, for callers about to use them on many texts. */
  prepareIndexes(): void;
}
