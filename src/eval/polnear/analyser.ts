import { Doc } from '../../doc/document.ts';
import type { Attribution } from '../../doc/layers.ts';
import { loadKnowledge } from '../../engine/knowledge.ts';
import { Pipeline } from '../../pipeline/pipeline.ts';
import { DEFAULT_STAGES, defaultRegistry } from '../../stages/index.ts';

/**
 * The system evaluated when the caller passes none: the default pipeline, speakers and all. The text is
 * analysed as stored, without createParley's normalisation, so predicted offsets line up with gold ones.
 */
export function defaultAnalyser(): (text: string) => readonly Attribution[] {
  const pipeline = new Pipeline(defaultRegistry(), { knowledge: loadKnowledge() });
  for (const name of DEFAULT_STAGES) pipeline.use(name);
  pipeline.freeze();
  return (text) => pipeline.run(new Doc(text)).get('attributions');
}
