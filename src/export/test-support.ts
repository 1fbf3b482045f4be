import { toAnalysis, type Analysis } from '../doc/analysis.ts';
import type { DocMeta } from '../doc/document.ts';
import { eventsStage } from '../stages/events/events.ts';
import { fixtureDoc, type AttributionSpec } from '../stages/events/fixtures.ts';
import { WORLD } from '../stages/events/test-support.ts';
import { positionsStage } from '../stages/positions/positions.ts';

/** A stored record as the store would hold it, built from hand-made layers and the real events and positions stages. */
export function analysisOf(id: string, text: string, meta: DocMeta, attributions: AttributionSpec[] = []): Analysis {
  let doc = fixtureDoc(text, { actors: WORLD, meta, attributions });
  doc = doc.with('events', eventsStage.run(doc, { knowledge: {} }).layers.events!, { stage: 'events', version: 'test' });
  doc = doc.with('positions', positionsStage.run(doc, { knowledge: {} }).layers.positions!, { stage: 'positions', version: 'test' });
  return toAnalysis(doc, id);
}
