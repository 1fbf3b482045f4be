import type { Doc } from '../../doc/document.ts';
import type { Attribution } from '../../doc/layers.ts';
import { othersOnce } from '../../doc/parties.ts';
import type { Stage, StageContext, StageOutput } from '../../pipeline/stage.ts';
import { attributionTypeOfSpans } from './classify.ts';
import { attributionContext } from './context.ts';
import { conjunctsOf, coordinatedSources } from './coordinated-source.ts';
import { extractAttributions } from './extract.ts';
import { inheritSources } from './inherit.ts';
import { loadAttributionModel, type AttributionModel } from './model.ts';
import { groupSpeakers, relativeSpeaker, resolveSpeaker } from './speaker.ts';
import { subjectSources } from './subject-source.ts';

/**
 * Who said what: cue, content and source spans from the extractor, each source resolved to the speaker
 * through the mentions and entities layers. The model comes from `knowledge.attributionModel` when a caller
 * supplies one (tests, another model), else the shipped model is loaded once, when the pipeline freezes.
 */
export const attributionStage: Stage = {
  name: 'attribution',
  version: '1.1.1',
  requires: ['paragraphs', 'sentences', 'tokens', 'mentions', 'entities'],
  produces: ['attributions'],
  description: 'Attributions (who said or believes what): cue, content and source spans, typed, with the speaker entity.',
  prepare(context: StageContext): void {
    if (!context.knowledge.attributionModel) loadAttributionModel();
  },
  run(doc: Doc, context: StageContext): StageOutput {
    const model = (context.knowledge.attributionModel as AttributionModel | undefined) ?? loadAttributionModel();
    const mentions = doc.get('mentions');
    const entities = doc.get('entities');
    const sentences = doc.get('sentences');
    const tagged = inheritSources(doc.text, sentences, extractAttributions(doc, model));
    // inheritance runs again after the subject rules, so that a cue continuing a clause takes the source they found
    // for it: "In an interview he warned …, but added that …"
    const found = coordinatedSources(doc.text, sentences, mentions, inheritSources(doc.text, sentences, subjectSources(doc.text, sentences, mentions, tagged)));
    // the source rules move words between content and source, so the type is read again from the final spans
    const ctx = attributionContext(doc);
    const sources = found.map((raw) => raw.source);
    const lists = sources.map((source) => (source ? conjunctsOf(source, mentions) : null));
    const speakers = sources.map((source, i) => resolveSpeaker(lists[i]?.[0] ?? source, mentions, entities));
    const attributions: Attribution[] = found.map((raw, i) => ({
      id: `a${i + 1}`,
      type: attributionTypeOfSpans(ctx, raw.cue, raw.content),
      cue: raw.cue,
      content: raw.content,
      source: raw.source,
      speaker: relativeSpeaker(sources, speakers, i) ?? speakers[i],
      coSpeakers: othersOnce(speakers[i], [...(lists[i]?.slice(1) ?? []).map((part) => resolveSpeaker(part, mentions, entities)), ...groupSpeakers(sources[i], mentions, entities, speakers[i])]),
      confidence: raw.confidence,
    }));
    return { layers: { attributions } };
  },
};
