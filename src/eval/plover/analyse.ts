import { Doc } from '../../doc/document.ts';
import type { Event, Position } from '../../doc/events.ts';
import type { Mention } from '../../doc/layers.ts';
import { normalizeText } from '../../doc/normalize.ts';
import { loadKnowledge } from '../../engine/knowledge.ts';
import { shippedEventKnowledge, type EventKnowledge } from '../../knowledge/events/load.ts';
import { shippedIssueKnowledge } from '../../knowledge/issues/load.ts';
import { Pipeline } from '../../pipeline/pipeline.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { DEFAULT_STAGES, defaultRegistry } from '../../stages/index.ts';
import { eventsStage } from '../../stages/events/events.ts';
import { positionsStage } from '../../stages/positions/positions.ts';
import { fallbackAttributionsStage, fallbackMentionsStage, tryActorKnowledge } from './fallback-stages.ts';

/** What the evaluations read from an analysis: the full Analysis record satisfies it. */
export interface AnalysisLike {
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly events: readonly unknown[];
  readonly positions?: readonly unknown[];
}

export type Analyse = (text: string, published?: string) => AnalysisLike;

export interface DefaultAnalyser {
  readonly analyse: Analyse;
  /** Stand-in stages used because the registry had nothing for a layer the events stage needs. */
  readonly fallbacks: readonly string[];
  readonly stages: readonly string[];
}

/**
 * The pipeline of the stages registered so far, completed with events and positions; layers nobody registered
 * yet (mentions, attributions) come from the stand-ins in fallback-stages.ts.
 */
export interface AnalyserOptions {
  /** Event knowledge to use instead of the shipped one. */
  readonly events?: EventKnowledge;
  /** The registered stages to run before events (default: all built-in stages); missing layers get stand-ins. */
  readonly stages?: readonly string[];
}

export async function defaultAnalyser(options: AnalyserOptions = {}): Promise<DefaultAnalyser> {
  const registry = defaultRegistry();
  const names = [...(options.stages ?? DEFAULT_STAGES)] as string[];
  const produced = new Set(names.flatMap((n) => registry.get(n).produces));
  const fallbacks: string[] = [];
  const add = (stage: Stage): void => {
    if (!registry.names().includes(stage.name)) registry.register(stage);
    if (!names.includes(stage.name)) names.push(stage.name);
    stage.produces.forEach((l) => produced.add(l));
  };
  if (!produced.has('mentions')) {
    add(fallbackMentionsStage(await tryActorKnowledge()));
    fallbacks.push('eval-fallback-mentions');
  }
  if (!produced.has('attributions')) {
    add(fallbackAttributionsStage);
    fallbacks.push('eval-fallback-attributions');
  }
  if (!produced.has('events')) add(registry.names().includes('events') ? registry.get('events') : eventsStage);
  if (!produced.has('positions')) add(registry.names().includes('positions') ? registry.get('positions') : positionsStage);
  const knowledge = { ...loadKnowledge(), events: options.events ?? shippedEventKnowledge(), issues: shippedIssueKnowledge() };
  const pipeline = new Pipeline(registry, { knowledge });
  for (const n of names) pipeline.use(n);
  pipeline.freeze();
  const analyse: Analyse = (raw, published = '2000-01-01') => {
    const doc = pipeline.run(new Doc(normalizeText(raw), { published }));
    return {
      text: doc.text,
      mentions: doc.has('mentions') ? doc.get('mentions') : [],
      events: doc.has('events') ? (doc.get('events') as readonly Event[]) : [],
      positions: doc.has('positions') ? (doc.get('positions') as readonly Position[]) : [],
    };
  };
  return { analyse, fallbacks, stages: pipeline.stageNames };
}
