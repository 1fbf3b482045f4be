import { Doc, type DocMeta } from '../../doc/document.ts';
import { loadKnowledge } from '../../engine/knowledge.ts';
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

/** The shipped knowledge, as `parley analyze` loads it. */
export async function defaultKnowledge(): Promise<Knowledge> {
  return loadKnowledge();
}
