/**
 * The shipped knowledge a stage may read (actor base, role nouns, cue lexicon…), handed to stages through their
 * context rather than imported, so a test can pass a small one. Each part is optional at this level; a stage
 * that needs one checks for it when the pipeline is built (see Stage.requiresKnowledge).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Knowledge {
  readonly [part: string]: unknown;
}
