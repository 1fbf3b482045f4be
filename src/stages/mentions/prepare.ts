import type { ActorLookup } from './kb.ts';
import { governmentsOf } from './link.ts';
import { byFirstName } from './near-names.ts';
import { officeIndex } from './offices.ts';
import { headsByOrg } from './org-heads.ts';

/**
 * Builds every index the stage derives from the actor base (each kept once per base), so that the pipeline
 * pays for them when it is configured rather than inside the first documents that happen to need them.
 */
export function prepareActorIndexes(actors: ActorLookup | undefined): void {
  if (!actors) return;
  actors.prepareIndexes?.();
  byFirstName(actors);
  officeIndex(actors);
  headsByOrg(actors);
  governmentsOf(actors);
}
