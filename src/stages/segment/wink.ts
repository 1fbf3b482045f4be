import { createRequire } from 'node:module';

// wink-nlp ships CommonJS; its English "lite web" model is 1 MB, loads offline in ~100 ms and tags
// ~500k tokens/s, which is what lets the whole pipeline run at hundreds of articles a second on one core.
const require = createRequire(import.meta.url);

/** Wink's tokens as parallel columns (no object per token: segmentation reads each column once). */
export interface WinkResult {
  values: string[];
  pos: string[];
  /** Wink's token type; 'tabCRLF' for line breaks. */
  types: string[];
  /** [first, last] token indices of each sentence, inclusive, over the token columns. */
  sentences: Array<[number, number]>;
}

interface WinkApi {
  readDoc(text: string): {
    tokens(): { out(f: unknown): string[] };
    sentences(): { each(f: (s: { out(f: unknown): [number, number] }) => void): void };
  };
  its: Record<string, unknown>;
}

/** What wink keeps of each feature of its core model: value → index, and the values by index. */
interface WinkFeature {
  hash: Record<string, number>;
  list: string[];
}
interface WinkCore {
  features: Record<string, WinkFeature>;
}

/**
 * Wink learns as it reads: every word its model lacks is added to the model's lexicon (with the values of
 * its features), and its tokenizer first asks whether a whole raw token is in the lexicon before splitting
 * it. So once "Clinton's" had been learnt from one article, "Mrs. Clinton's" in the next was one token
 * where in a fresh process it was two; an article's tokens, tags and everything after them depended on
 * the articles read before it, and the lexicon grew without bound. `forget` undoes what a document taught
 * it: the values added to each feature's hash are deleted again, so every document is read by the model
 * as shipped. The value lists keep their entries (wink's private per-word store is indexed by them, and
 * an index must not be handed out twice), so they still grow; after `RENEW_AFTER` added values the whole
 * instance is rebuilt from the packaged model (~150 ms), which bounds the memory.
 */
export const RENEW_AFTER = 200_000;

interface WinkState {
  api: WinkApi;
  /** Each feature of the instance's core model, with its list length when the instance was built. */
  shipped: Map<WinkFeature, number>;
}

let state: WinkState | undefined;

function build(): WinkState {
  const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkApi;
  const packaged = require('wink-eng-lite-web-model') as { core: () => WinkCore };
  let core: WinkCore | undefined;
  // wink calls `core()` once per instance and gets a fresh copy of the core model; keep a handle on it.
  const model = Object.assign(Object.create(null), packaged, { core: () => (core = packaged.core()) });
  // Only the components we read: sentence boundaries and POS (no NER, negation or sentiment passes).
  const api = winkNLP(model, ['sbd', 'pos']);
  if (!core) throw new Error('wink-nlp did not load its core model');
  const shipped = new Map(Object.values(core.features).filter(isFeature).map((f) => [f, f.list.length]));
  return { api, shipped };
}

const isFeature = (f: unknown): f is WinkFeature => typeof f === 'object' && f !== null && Array.isArray((f as WinkFeature).list) && typeof (f as WinkFeature).hash === 'object';

/** Loads the model (~100-200 ms) now rather than on the first document. */
export function winkInstance(): WinkApi {
  state ??= build();
  return state.api;
}

/** Deletes from each feature's hash the values added since `before` was taken (see RENEW_AFTER). */
function forget(s: WinkState, before: Map<WinkFeature, number>, renewAfter: number): void {
  let added = 0;
  for (const [feature, length] of before) {
    for (let i = length; i < feature.list.length; i++) delete feature.hash[feature.list[i]];
    added += feature.list.length - (s.shipped.get(feature) ?? 0);
  }
  if (added > renewAfter) state = undefined;
}

/** Tokens, tags and sentences of one text; `renewAfter` (added values before a rebuild) is for tests. */
export function winkAnalyse(text: string, renewAfter = RENEW_AFTER): WinkResult {
  const s = (state ??= build());
  const { api } = s;
  const before = new Map([...s.shipped.keys()].map((f) => [f, f.list.length]));
  try {
    const doc = api.readDoc(text);
    const tokens = doc.tokens();
    const values = tokens.out(api.its.value);
    const pos = tokens.out(api.its.pos);
    const types = tokens.out(api.its.type);
    const sentences: Array<[number, number]> = [];
    doc.sentences().each((x) => sentences.push(x.out(api.its.span)));
    return { values, pos, types, sentences };
  } finally {
    forget(s, before, renewAfter);
  }
}
