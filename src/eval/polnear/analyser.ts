import { Doc } from '../../doc/document.ts';
import type { Attribution } from '../../doc/layers.ts';
import { loadKnowledge } from '../../engine/knowledge.ts';
import { Pipeline } from '../../pipeline/pipeline.ts';
import { extractAttributions } from '../../stages/attribution/extract.ts';
import { loadAttributionModel } from '../../stages/attribution/model.ts';
import { DEFAULT_STAGES, defaultRegistry } from '../../stages/index.ts';
import { docWithStages } from './segmented.ts';

/**
 * The system evaluated when the caller passes none: the default pipeline when it includes the attribution
 * stage, else segment + the span extractor (no mentions, so no speakers — spans are all PolNeAR scores).
 * The text is analysed as stored, without normalisation, so predicted offsets line up with gold ones.
 */
export function defaultAnalyser(): (text: string) => readonly Attribution[] {
  if ((DEFAULT_STAGES as readonly string[]).includes('attribution')) {
    const pipeline = new Pipeline(defaultRegistry(), { knowledge: loadKnowledge() });
    for (const name of DEFAULT_STAGES) pipeline.use(name);
    pipeline.freeze();
    return (text) => pipeline.run(new Doc(text)).get('attributions');
  }
  const model = loadAttributionModel();
  return (text) =>
    extractAttributions(docWithStages(text), model).map((raw, i) => ({ id: `a${i + 1}`, ...raw, speaker: null }));
}
