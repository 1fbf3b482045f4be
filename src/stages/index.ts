import { StageRegistry } from '../pipeline/registry.ts';
import { segmentStage } from './segment/segment.ts';

/** The built-in stages, in the order the default pipeline runs them. */
export const DEFAULT_STAGES = ['segment'] as const;

export function defaultRegistry(): StageRegistry {
  return new StageRegistry().register(segmentStage);
}
