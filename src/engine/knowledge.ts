import { loadActorBase } from '../knowledge/actors/index.ts';
import { shippedEventKnowledge } from '../knowledge/events/load.ts';
import { shippedIssueKnowledge } from '../knowledge/issues/load.ts';
import { loadRoleNouns } from '../knowledge/roles/roleNouns.ts';
import type { Knowledge } from '../pipeline/knowledge.ts';

export interface KnowledgeOptions {
  /** User actor files (`--actors FILE`), loaded over the shipped base. */
  actorsFiles?: readonly string[];
}

/** Loads the shipped knowledge once per process (a few hundred ms); stages receive it through their context. */
export function loadKnowledge(options: KnowledgeOptions = {}): Knowledge {
  return {
    actors: loadActorBase({ extraFiles: options.actorsFiles ? [...options.actorsFiles] : undefined }),
    roles: loadRoleNouns(),
    // The same objects the stages fall back to, so a process never loads these twice.
    events: shippedEventKnowledge(),
    issues: shippedIssueKnowledge(),
  };
}
