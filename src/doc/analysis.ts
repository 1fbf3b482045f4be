import type { DocMeta, Doc } from './document.ts';
import type { Event, Position } from './events.ts';
import type { Attribution, Diagnostic, Entity, LayerName, Mention, Provenance } from './layers.ts';
import type { Span } from './span.ts';

/** Bumped only on a breaking change; adding fields keeps the version (docs/schema.md). */
export const SCHEMA_ID = 'parley.analysis/1';

/** The serialised record of one analysed article: the contract of `parley analyze --json` and the store. */
export interface Analysis {
  schema: typeof SCHEMA_ID;
  /** Content hash of the normalised text: the same article is the same id from any format. */
  id: string;
  text: string;
  meta: { title: string | null; url: string | null; outlet: string | null; published: string | null; byline: string | null; origin: string | null };
  sentences: Span[];
  mentions: Mention[];
  entities: Entity[];
  attributions: Attribution[];
  events: Event[];
  positions: Position[];
  framing: unknown[];
  diagnostics: Diagnostic[];
  /** Which stage and version wrote each layer. */
  provenance: Partial<Record<LayerName, Provenance>>;
}

function layerOr<T>(doc: Doc, name: LayerName, fallback: T): T {
  return doc.has(name) ? (doc.get(name) as T) : fallback;
}

export function toAnalysis(doc: Doc, id: string): Analysis {
  const provenance: Partial<Record<LayerName, Provenance>> = {};
  for (const name of doc.layerNames()) provenance[name] = doc.provenance(name);
  return {
    schema: SCHEMA_ID,
    id,
    text: doc.text,
    meta: metaRecord(doc.meta),
    sentences: [...layerOr<Span[]>(doc, 'sentences', [])],
    mentions: [...layerOr<Mention[]>(doc, 'mentions', [])],
    entities: [...layerOr<Entity[]>(doc, 'entities', [])],
    attributions: [...layerOr<Attribution[]>(doc, 'attributions', [])],
    events: [...layerOr<Event[]>(doc, 'events', [])],
    positions: [...layerOr<Position[]>(doc, 'positions', [])],
    framing: [...layerOr<unknown[]>(doc, 'framing', [])],
    diagnostics: [...doc.diagnostics],
    provenance,
  };
}

function metaRecord(meta: DocMeta): Analysis['meta'] {
  return {
    title: meta.title ?? null,
    url: meta.url ?? null,
    outlet: meta.outlet ?? null,
    published: meta.published ?? null,
    byline: meta.byline ?? null,
    origin: meta.origin ?? null,
  };
}
