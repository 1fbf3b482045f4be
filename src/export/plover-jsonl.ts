import type { Event, EventParticipant } from '../doc/events.ts';
import { eventsOf, type AnalysisRecord } from './records.ts';

/** A PLOVER entity object (manual, "Data Fields"): only the fields Parley knows are written. */
export interface PloverEntity {
  readonly entity_text: string;
  readonly entity_name?: string;
  readonly code?: string;
  readonly sector?: string;
  readonly identifier_id?: string;
  readonly office?: string;
}

export interface PloverRecord {
  readonly id: string;
  /** YYYY-MM-DD; null when neither the text nor the article gives one. */
  readonly date: string | null;
  readonly actor: readonly PloverEntity[];
  readonly event: readonly string[];
  readonly recipient: readonly PloverEntity[];
  readonly mode: readonly string[];
  readonly context: readonly string[];
  readonly quad_code: number;
  readonly event_scale: number;
  readonly event_text: readonly string[];
  readonly event_loc?: { readonly extracted_place: string };
  readonly text_info: { sequence: number; start: number; end: number; evidence_start: number; evidence_end: number; doc_id: string };
  readonly cite_info: { url: string | null; publication: string | null; title: string | null; published: string | null; codebook: string };
  /** Parley's own fields: how sure, how the date was found, negation and modality, the attribution it was reported in. */
  readonly parley: {
    confidence: number;
    date_resolution: string;
    flags: Event['flags'];
    attribution: string | null;
    cameo: string | null;
  };
}

const CODEBOOK = 'PLOVER 2.0';

function entity(p: EventParticipant): PloverEntity {
  const a = p.actor;
  return {
    entity_text: p.span.text,
    ...(a ? { entity_name: a.name, code: a.country } : {}),
    ...(a?.sector ? { sector: a.sector } : {}),
    ...(a?.wikidata ? { identifier_id: a.wikidata } : {}),
    ...(a?.title ? { office: a.title } : {}),
  };
}

const parties = (first: EventParticipant | null, more: readonly EventParticipant[]): PloverEntity[] => (first ? [first, ...more] : more).map(entity);

/** One PLOVER record per event, ids "<document id>-<event id>". */
export function ploverRecords(analyses: readonly AnalysisRecord[]): PloverRecord[] {
  return analyses.flatMap((a) =>
    eventsOf(a).map((e, sequence): PloverRecord => ({
      id: `${a.id}-${e.id}`,
      date: e.date.value ?? a.meta.published?.slice(0, 10) ?? null,
      actor: parties(e.actor, e.coActors),
      event: [e.type],
      recipient: parties(e.recipient, e.coRecipients),
      mode: e.mode ? [e.mode] : [],
      context: [...e.context],
      quad_code: e.quadClass,
      event_scale: e.score,
      event_text: [e.trigger.text],
      ...(e.location ? { event_loc: { extracted_place: e.location.text } } : {}),
      text_info: { sequence, start: e.trigger.start, end: e.trigger.end, evidence_start: e.evidence.start, evidence_end: e.evidence.end, doc_id: a.id },
      cite_info: { url: a.meta.url, publication: a.meta.outlet, title: a.meta.title, published: a.meta.published, codebook: CODEBOOK },
      parley: { confidence: e.confidence, date_resolution: e.date.resolution, flags: e.flags, attribution: e.attribution, cameo: e.cameo },
    })),
  );
}

/** PLOVER JSON Lines: one record per line, each line ending in "\n"; "" when there are no events. */
export function toPloverJsonl(analyses: readonly AnalysisRecord[]): string {
  return ploverRecords(analyses).map((r) => JSON.stringify(r) + '\n').join('');
}
