/** The on-disk shapes of the event knowledge in data/events/ (see data/events/README.md). */

/** A CAMEO verb block: verbs that share a default code, and object patterns that refine it. */
export interface LexiconBlock {
  readonly label: string;
  /** Default CAMEO code of the block's bare verbs, or null: only a pattern (or a verb's own code) codes. */
  readonly code: string | null;
  /** "rule out", "deny|denied|denying", "decline=120", "wire +tap" (see README.md). */
  readonly verbs: readonly string[];
  /** [post-verb groups, code, pre-verb groups?]; a group is words in a row, "a/b" alternatives, "&SET" a synset. */
  readonly patterns: ReadonlyArray<readonly [readonly string[], string | null, (readonly string[])?]>;
}

export interface LexiconFile {
  readonly format: 'parley.event-lexicon/1';
  readonly about: string;
  readonly synsets: Readonly<Record<string, readonly string[]>>;
  readonly blocks: readonly LexiconBlock[];
}

export interface CameoPloverFile {
  readonly format: 'parley.cameo-plover/1';
  readonly codes: Readonly<Record<string, readonly [string, string | null, readonly string[]]>>;
}

/**
 * Hand-written entries for phrasing the CAMEO verbs miss or code wrongly for PLOVER ("called for talks",
 * "legitimate targets", "floated the idea of sending troops"). `phrase` words: the first is the head; "*" lets up
 * to `maxGap` words in between; a head marked "n:" is a noun (plural added), otherwise a verb (all forms added).
 */
export interface CuratedEntry {
  readonly phrase: string;
  readonly type: string | null;
  readonly mode?: string;
  readonly context?: readonly string[];
  /** CAMEO code the entry corresponds to (for cameoRoot), when there is one. */
  readonly cameo?: string;
  /** The entry governs an embedded event ("threatened to …", "agreed to …", "accused … of …"). */
  readonly governs?: boolean;
  /** Declares intent rather than an act ("plans to", "is prepared to"): the embedded event decides the type. */
  readonly intent?: boolean;
  /**
   * The clause's subject is on the receiving end and the actor is whoever says it: in "foreign troops would be
   * legitimate targets" or "Kyiv must withdraw", the troops and Kyiv are the recipients of the speaker's threat
   * or demand.
   */
  readonly subjectIsRecipient?: boolean;
  readonly weight?: number;
  readonly note?: string;
}

export interface CuratedFile {
  readonly format: 'parley.event-curated/1';
  readonly entries: readonly CuratedEntry[];
  /** Bare CAMEO verbs too vague to code an event without a pattern ("go", "think", "face"). */
  readonly bareVerbsIgnored: readonly string[];
  /** Word → PLOVER contexts, read in the evidence sentence ("peacekeepers" → peacekeeping). */
  readonly contextWords: Readonly<Record<string, readonly string[]>>;
}
