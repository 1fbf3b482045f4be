import { Doc, type DocMeta } from '../doc/document.ts';
import { toAnalysis, type Analysis } from '../doc/analysis.ts';
import { documentId, normalizeText } from '../doc/normalize.ts';
import { ParleyError } from '../errors/catalogue.ts';
import { Pipeline } from '../pipeline/pipeline.ts';
import type { Knowledge } from '../pipeline/knowledge.ts';
import { DEFAULT_STAGES, defaultRegistry } from '../stages/index.ts';
import { loadKnowledge, type KnowledgeOptions } from './knowledge.ts';

export interface ParleyOptions extends KnowledgeOptions {
  /** Stage names in run order; defaults to every built-in stage. */
  stages?: readonly string[];
  /** Pass pre-loaded knowledge (tests, servers that build several pipelines). */
  knowledge?: Knowledge;
}

export interface Parley {
  readonly stages: readonly string[];
  /** Normalises the text, runs the frozen pipeline and returns the schema record. */
  analyze(text: string, meta?: DocMeta): Analysis;
  /** The same, returning the Doc with its layers (for stages' own tests and eval). */
  analyzeDoc(text: string, meta?: DocMeta): Doc;
}

/** Configure once (knowledge loads here, ~hundreds of ms), then analyse many articles with the frozen pipeline. */
export function createParley(options: ParleyOptions = {}): Parley {
  const knowledge = options.knowledge ?? loadKnowledge(options);
  const pipeline = new Pipeline(defaultRegistry(), { knowledge });
  for (const name of options.stages ?? DEFAULT_STAGES) pipeline.use(name);
  pipeline.freeze();

  const analyzeDoc = (raw: string, meta: DocMeta = {}): Doc => {
    const text = normalizeText(raw);
    if (!text) throw new ParleyError('INPUT_EMPTY', meta.origin ?? 'text');
    return pipeline.run(new Doc(text, meta));
  };
  return {
    stages: pipeline.stageNames,
    analyzeDoc,
    analyze(raw, meta = {}) {
      const doc = analyzeDoc(raw, meta);
      return toAnalysis(doc, documentId(doc.text));
    },
  };
}
