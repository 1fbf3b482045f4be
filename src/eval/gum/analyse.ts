import { Doc, type DocMeta } from '../../doc/document.ts';
import { Pipeline } from '../../pipeline/pipeline.ts';
import type { Knowledge } from '../../pipeline/knowledge.ts';
import { StageRegistry } from '../../pipeline/registry.ts';
import { mentionsStage } from '../../stages/mentions/mentions.ts';
import { segmentStage } from '../../stages/segment/segment.ts';

/** segment + mentions, the part of the pipeline the entity evaluations score. */
export function mentionPipeline(knowledge: Knowledge): (text: string, meta?: DocMeta) => Doc {
  const pipeline = new Pipeline(new StageRegistry().register(segmentStage).register(mentionsStage), { knowledge });
  pipeline.use('segment').use('mentions').freeze();
  return (text, meta = {}) => pipeline.run(new Doc(text, meta));
}

/** The shipped actor base and role nouns when they load; none otherwise (the scores then show the stage without linking). */
export async function defaultKnowledge(): Promise<Knowledge> {
  try {
    const { loadActorBase } = await import('../../knowledge/actors/index.ts');
    const { loadRoleNouns } = await import('../../knowledge/roles/roleNouns.ts');
    return { actors: loadActorBase(), roles: loadRoleNouns() };
  } catch (e) {
    process.emitWarning(`mentions eval: running without the actor base (${(e as Error).message})`);
    return {};
  }
}
