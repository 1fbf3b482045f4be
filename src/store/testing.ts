/**
 * Builds valid Analysis records for tests of the store and the server, without running the pipeline: a test
 * names its quotes and mentions by the words they cover, and the helper finds their offsets, so every span's
 * text matches the document text exactly as the store checks on write.
 */
import { SCHEMA_ID, type Analysis } from '../doc/analysis.ts';
import type { ActorRef, Attribution, AttributionType, Mention, MentionType } from '../doc/layers.ts';
import { documentId } from '../doc/normalize.ts';
import { makeSpan, type Span } from '../doc/span.ts';

export interface QuoteSpec {
  /** Text of the cue, searched after the previous quote's cue. */
  cue: string;
  /** One or more pieces of attributed text. */
  content: string | string[];
  /** The source as written ("he", "Sergey Lavrov"), or omitted. */
  source?: string;
  /** The resolved speaker name; defaults to the source. */
  speaker?: string | null;
  actor?: ActorRef;
  type?: AttributionType;
}

export interface MentionSpec {
  text: string;
  type?: MentionType;
  actor?: ActorRef;
  /** Which occurrence (0-based); by default the first. */
  occurrence?: number;
}

export interface FixtureSpec {
  text: string;
  meta?: Partial<Analysis['meta']>;
  quotes?: QuoteSpec[];
  mentions?: MentionSpec[];
  /** Version written into provenance, to test re-analysis by newer stages. */
  version?: string;
}

export function makeAnalysis(spec: FixtureSpec): Analysis {
  const { text } = spec;
  const version = spec.version ?? '1.0.0';
  return {
    schema: SCHEMA_ID,
    id: documentId(text),
    text,
    meta: { title: null, url: null, outlet: null, published: null, byline: null, origin: null, ...spec.meta },
    sentences: [makeSpan(text, 0, text.length)],
    mentions: (spec.mentions ?? []).map((m, i) => mentionOf(text, m, i)),
    entities: [],
    attributions: quotesOf(text, spec.quotes ?? []),
    events: [],
    positions: [],
    framing: [],
    diagnostics: [],
    provenance: {
      sentences: { stage: 'segment', version },
      mentions: { stage: 'mentions', version },
      attributions: { stage: 'attribution', version },
    },
  };
}

/** The span of `needle` in `text` at or after `from`; throws so a typo in a test fails loudly. */
export function find(text: string, needle: string, from = 0): Span {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`fixture: ${JSON.stringify(needle)} is not in the text after ${from}`);
  return makeSpan(text, at, at + needle.length);
}

function mentionOf(text: string, spec: MentionSpec, index: number): Mention {
  let span = find(text, spec.text);
  for (let k = 0; k < (spec.occurrence ?? 0); k++) span = find(text, spec.text, span.end);
  return { ...span, type: spec.type ?? 'PERSON', form: 'name', entity: `e${index}`, ...(spec.actor ? { actor: spec.actor } : {}) };
}

function quotesOf(text: string, specs: QuoteSpec[]): Attribution[] {
  let cursor = 0;
  return specs.map((q, i) => {
    const cue = find(text, q.cue, cursor);
    cursor = cue.end;
    const pieces = Array.isArray(q.content) ? q.content : [q.content];
    let from = 0;
    const content = pieces.map((piece) => {
      const span = find(text, piece, from);
      from = span.end;
      return span;
    });
    const source = q.source === undefined ? null : find(text, q.source);
    const name = q.speaker === undefined ? (q.source ?? null) : q.speaker;
    const speaker = name === null ? null : { name, entity: `e${i}`, ...(q.actor ? { actor: q.actor } : {}) };
    return { id: `a${i}`, type: q.type ?? 'direct', cue, content, source, speaker, coSpeakers: [], confidence: 0.9 };
  });
}

export const LAVROV: ActorRef = { id: 'sergey-lavrov', name: 'Sergey Lavrov', country: 'RUS', sector: 'GOV', title: 'Foreign Minister' };
export const BLINKEN: ActorRef = { id: 'antony-blinken', name: 'Antony Blinken', country: 'USA', sector: 'GOV' };
export const RUSSIA: ActorRef = { id: 'RUS', name: 'Russia', country: 'RUS' };

/** Four small articles that differ in every way the store queries on: outlet, date, speakers, actors, splits. */
export function sampleCorpus(): Analysis[] {
  return [
    makeAnalysis({
      text: 'Russian Foreign Minister Sergey Lavrov said on Tuesday that "the sanctions have failed." He added: "We will not, under any pressure, give in."',
      meta: { title: 'Lavrov says sanctions failed', outlet: 'TASS', published: '2026-03-14' },
      quotes: [
        { cue: 'said', content: 'the sanctions have failed.', source: 'Sergey Lavrov', actor: LAVROV },
        { cue: 'added', content: ['We will not', 'give in.'], source: 'He', speaker: 'Sergey Lavrov', actor: LAVROV },
      ],
      mentions: [{ text: 'Sergey Lavrov', actor: LAVROV }, { text: 'Russian', type: 'NORP', actor: RUSSIA }],
    }),
    makeAnalysis({
      text: 'Secretary of State Antony Blinken warned that Washington would answer any escalation. "Diplomacy remains open," he told reporters in Brussels.',
      meta: { title: 'Blinken warns of response', outlet: 'Reuters', published: '2026-03-10T15:00:00-05:00' },
      quotes: [
        { cue: 'warned that', content: 'Washington would answer any escalation', source: 'Antony Blinken', actor: BLINKEN, type: 'indirect' },
        { cue: 'told', content: 'Diplomacy remains open,', source: 'he', speaker: 'Antony Blinken', actor: BLINKEN },
      ],
      mentions: [{ text: 'Antony Blinken', actor: BLINKEN }, { text: 'Washington', type: 'GPE' }],
    }),
    makeAnalysis({
      text: 'President Recep Tayyip Erdoğan said Türkiye was ready to host talks. According to state media, a ceasefire proposal was drafted.',
      meta: { title: 'Erdoğan offers to host talks', outlet: 'Anadolu', published: '2026-02-01' },
      quotes: [
        { cue: 'said', content: 'Türkiye was ready to host talks', source: 'Recep Tayyip Erdoğan', type: 'indirect' },
        { cue: 'According to', content: 'a ceasefire proposal was drafted', source: 'state media', speaker: null, type: 'according-to' },
      ],
      mentions: [{ text: 'Recep Tayyip Erdoğan' }],
    }),
    makeAnalysis({
      text: 'An official in Moscow said the statement by Lavrov was "a warning, not a threat." Russia has not commented further.',
      meta: { title: 'Moscow clarifies warning', outlet: 'Reuters' },
      quotes: [{ cue: 'said', content: 'a warning, not a threat.', source: 'An official in Moscow', speaker: null, type: 'mixed' }],
      mentions: [{ text: 'Lavrov', actor: LAVROV }, { text: 'Russia', type: 'GPE', actor: RUSSIA }],
    }),
  ];
}
