import { SCHEMA_ID, type Analysis } from '../../doc/analysis.ts';
import type { Attribution, Mention } from '../../doc/layers.ts';
import { documentId } from '../../doc/normalize.ts';
import { checkSpan } from '../../doc/span.ts';
import { ParleyError } from '../../errors/catalogue.ts';
import { publishedKey } from '../dates.ts';
import { CONTENT_JOINER } from '../store.ts';
import { foldName, speakerKeys } from './speaker-keys.ts';

/**
 * Analysis → rows. The store re-checks what it is handed because it outlives the code that wrote it: a record
 * whose id is not the hash of its text, or whose spans do not match its text, would make every later offset a lie.
 */
export function checkRecord(a: Analysis): void {
  const invalid = (why: string) => new ParleyError('STORE_RECORD_INVALID', why, { id: a?.id });
  if (typeof a !== 'object' || a === null) throw invalid('not an object');
  if (a.schema !== SCHEMA_ID) throw invalid(`schema is ${JSON.stringify(a.schema)}, expected ${SCHEMA_ID}`);
  if (typeof a.text !== 'string' || a.text.length === 0) throw invalid('text is missing or empty');
  if (a.id !== documentId(a.text)) throw invalid(`id ${JSON.stringify(a.id)} is not the content hash of its text`);
  for (const layer of ['mentions', 'attributions', 'events', 'positions', 'framing', 'sentences', 'entities', 'diagnostics'] as const) {
    if (!Array.isArray(a[layer])) throw invalid(`${layer} is not an array`);
  }
  if (typeof a.meta !== 'object' || a.meta === null) throw invalid('meta is missing');
  if (typeof a.provenance !== 'object' || a.provenance === null) throw invalid('provenance is missing');
  a.mentions.forEach((m, i) => checkSpan(a.text, m, `mentions[${i}]`));
  const ids = new Set<string>();
  a.attributions.forEach((at, i) => {
    if (ids.has(at.id)) throw invalid(`attribution id ${JSON.stringify(at.id)} is used twice`);
    ids.add(at.id);
    checkSpan(a.text, at.cue, `attributions[${i}].cue`);
    if (at.content.length === 0) throw invalid(`attributions[${i}] has no content`);
    at.content.forEach((c, k) => checkSpan(a.text, c, `attributions[${i}].content[${k}]`));
    if (at.source) checkSpan(a.text, at.source, `attributions[${i}].source`);
  });
}

/** Sorted by layer so the same provenance is the same string whatever order the stages ran in. */
export function canonicalProvenance(provenance: Analysis['provenance']): string {
  const entries = Object.entries(provenance).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return JSON.stringify(entries.map(([layer, p]) => [layer, p?.stage ?? null, p?.version ?? null]));
}

export function documentRow(a: Analysis, ingestedAt: string) {
  // The text is the bulk of a record: keep it once, in its own column, and put it back on read.
  const { text, ...withoutText } = a;
  return {
    id: a.id,
    text,
    text_length: text.length,
    title: a.meta.title,
    url: a.meta.url,
    outlet: a.meta.outlet,
    published: a.meta.published,
    published_at: publishedKey(a.meta.published),
    byline: a.meta.byline,
    origin: a.meta.origin,
    analysis: JSON.stringify(withoutText),
    provenance: canonicalProvenance(a.provenance),
    attribution_count: a.attributions.length,
    mention_count: a.mentions.length,
    ingested_at: ingestedAt,
  };
}

export function attributionRow(docId: string, publishedAt: string | null, at: Attribution) {
  const actor = at.speaker?.actor;
  return {
    doc_id: docId,
    id: at.id,
    type: at.type,
    cue: at.cue.text,
    cue_start: at.cue.start,
    cue_end: at.cue.end,
    content: at.content.map((c) => c.text).join(CONTENT_JOINER),
    content_spans: JSON.stringify(at.content.map((c) => [c.start, c.end])),
    char_start: Math.min(...at.content.map((c) => c.start)),
    char_end: Math.max(...at.content.map((c) => c.end)),
    source: at.source?.text ?? null,
    source_start: at.source?.start ?? null,
    source_end: at.source?.end ?? null,
    speaker: at.speaker?.name ?? null,
    entity: at.speaker?.entity ?? null,
    actor_id: actor?.id ?? null,
    actor_name: actor?.name ?? null,
    speaker_group: actor ? actor.id : at.speaker ? `name:${foldName(at.speaker.name)}` : null,
    confidence: at.confidence,
    published_at: publishedAt,
  };
}

/** Every speaker of the attribution is found by its keys: Egypt's too in "Qatar and Egypt said". */
export function attributionKeys(at: Attribution): string[] {
  const names = [at.speaker, ...at.coSpeakers].flatMap((s) => [s?.name, s?.actor?.name, s?.actor?.id, s?.actor?.title]);
  return speakerKeys([...names, at.source?.text]);
}

export function mentionRow(docId: string, m: Mention, idx: number) {
  return {
    doc_id: docId,
    idx,
    char_start: m.start,
    char_end: m.end,
    text: m.text,
    type: m.type,
    form: m.form,
    entity: m.entity,
    actor_id: m.actor?.id ?? null,
    actor_name: m.actor?.name ?? null,
    country: m.actor?.country ?? null,
    sector: m.actor?.sector ?? null,
  };
}
