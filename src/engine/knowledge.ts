import type { Knowledge } from '../pipeline/knowledge.ts';

export interface KnowledgeOptions {
  /** User actor files (`--actors FILE`), loaded over the shipped base. */
  actorsFiles?: readonly string[];
}

/** Loads the shipped knowledge once per process. */
export function loadKnowledge(_options: KnowledgeOptions = {}): Knowledge {
  return {};
}
