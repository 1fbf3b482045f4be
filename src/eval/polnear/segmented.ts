import { Doc } from '../../doc/document.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { segmentStage } from '../../stages/segment/segment.ts';

/**
 * A Doc over the article text exactly as stored (not normalised: gold offsets point into the raw text) with
 * the layers of the given stages, run in order without the registry.
 */
export function docWithStages(text: string, stages: readonly Stage[] = [segmentStage]): Doc {
  let doc = new Doc(text);
  for (const stage of stages) {
    const { layers } = stage.run(doc, { knowledge: {} });
    for (const name of stage.produces) doc = doc.with(name, layers[name] as never, { stage: stage.name, version: stage.version });
  }
  return doc;
}
