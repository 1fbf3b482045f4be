import type { Doc } from '../doc/document.ts';
import type { Diagnostic, LayerName, LayerTypes } from '../doc/layers.ts';
import type { Knowledge } from './knowledge.ts';

/** What a stage returns: the layers it declared, and any problems it found in the content. */
export interface StageOutput {
  layers: Partial<LayerTypes>;
  diagnostics?: Omit<Diagnostic, 'stage'>[];
}

export interface StageContext {
  readonly knowledge: Knowledge;
}

/**
 * A pipeline component, as spaCy registers them: a name, a version written into the provenance of what it
 * makes, the layers it reads and the layers it writes. `run` is pure: a Doc in, new layers out.
 */
export interface Stage {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly LayerName[];
  readonly produces: readonly LayerName[];
  /** One line for `parley stages` and the docs. */
  readonly description: string;
  /**
   * Loads models and builds indexes that depend only on the knowledge, once, when the pipeline freezes, as
   * spaCy's `initialize`: the first document (a server's first request) pays no loading time, and a missing
   * or broken file fails before any document is read.
   */
  prepare?(context: StageContext): void;
  run(doc: Doc, context: StageContext): StageOutput;
}
