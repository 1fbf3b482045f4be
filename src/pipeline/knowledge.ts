import type { ActorBase } from '../knowledge/actors/types.ts';
import type { RoleNouns } from '../knowledge/roles/roleNouns.ts';

/**
 * The shipped knowledge a stage may read (actor base, role nouns, cue lexicon…), handed to stages through their
 * context rather than imported, so a test can pass a small one. Each part is optional at this level; a stage
 * that finds its part missing falls back to the shipped data (events, issues) or runs without it (actors).
 */
export interface Knowledge {
  /** Actors by alias (trie), with dated roles: `loadActorBase()` (src/knowledge/actors). */
  readonly actors?: ActorBase;
  /** Role nouns and their PLOVER sectors ("minister" → GOV): `loadRoleNouns()` (src/knowledge/roles). */
  readonly roles?: RoleNouns;
  readonly [part: string]: unknown;
}
