import { StageRegistry } from '../pipeline/registry.ts';
import { mentionsStage } from './mentions/mentions.ts';
import { segmentStage } from './segment/segment.ts';

/** The built-in stages, in the order the default pipeline runs them. */
export const DEFAULT_STAGES = ['segment', 'mentions'] as const;

export function defaultRegistry(): StageRegistry {
  return new StageRegistry().register(segmentStage).register(mentionsStage);
}
