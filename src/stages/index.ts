import { StageRegistry } from '../pipeline/registry.ts';
import { attributionStage } from './attribution/stage.ts';
import { eventsStage } from './events/events.ts';
import { mentionsStage } from './mentions/mentions.ts';
import { positionsStage } from './positions/positions.ts';
import { segmentStage } from './segment/segment.ts';

/** The built-in stages, in the order the default pipeline runs them. */
export const DEFAULT_STAGES = ['segment', 'mentions', 'attribution', 'events', 'positions'] as const;

export function defaultRegistry(): StageRegistry {
  return new StageRegistry()
    .register(segmentStage)
    .register(mentionsStage)
    .register(attributionStage)
    .register(eventsStage)
    .register(positionsStage);
}
