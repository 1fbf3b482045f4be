import type { Doc } from '../../doc/document.ts';
import type { Event } from '../../doc/events.ts';
import type { TokenTable } from '../../doc/tokens.ts';
import { shippedEventKnowledge, type EventKnowledge } from '../../knowledge/events/load.ts';
import type { Stage, StageContext, StageOutput } from '../../pipeline/stage.ts';
import { buildEvent, dateOf, DEFAULT_CONFIDENCE, type ConfidenceOptions } from './assemble.ts';
import { reportingTail, splitClauses } from './clauses.ts';
import { findDateExpressions, publicationDay } from './dates.ts';
import { applyAnnouncement, applyGoverning, DEFAULT_GOVERNING_OPTIONS, jointType, type Draft, type GoverningOptions } from './governing.ts';
import { DEFAULT_MATCH_OPTIONS, matchAll, resolveOverlaps, type MatchOptions } from './match.ts';
import { indexMentions, partyMentions, sourceMentions } from './mention-index.ts';
import { DEFAULT_MODALITY_OPTIONS, modalityAt, NEGATORS, type ModalityOptions } from './modality.ts';
import { isReducedRelative, type SentenceView } from './participants.ts';
import { rolesOf } from './roles.ts';

const FIRST_PERSON = new Set(['i', 'we', 'us', 'me']);

export interface EventsOptions {
  readonly match: MatchOptions;
  readonly modality: ModalityOptions;
  readonly governing: GoverningOptions;
  readonly confidence: ConfidenceOptions;
  /** Sentences longer than this many tokens are skipped (tables, lists run together): they cost and rarely code well. */
  readonly maxSentenceTokens: number;
  /** Events dropped below this confidence. */
  readonly minConfidence: number;
}

export const DEFAULT_EVENTS_OPTIONS: EventsOptions = {
  match: DEFAULT_MATCH_OPTIONS,
  modality: DEFAULT_MODALITY_OPTIONS,
  governing: DEFAULT_GOVERNING_OPTIONS,
  confidence: DEFAULT_CONFIDENCE,
  maxSentenceTokens: 150,
  minConfidence: 0.2,
};

/** Token range [from, to) of each sentence, from the packed sentence index of the tokens. */
function sentenceRanges(tokens: TokenTable, count: number): Int32Array {
  const ranges = new Int32Array(count * 2).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens.sentence[i];
    if (ranges[2 * s] < 0) ranges[2 * s] = i;
    ranges[2 * s + 1] = i + 1;
  }
  return ranges;
}

export function findEvents(doc: Doc, knowledge: EventKnowledge, o: EventsOptions = DEFAULT_EVENTS_OPTIONS): Event[] {
  const text = doc.text;
  const tokens = doc.get('tokens');
  const sentences = doc.get('sentences');
  const attributions = doc.get('attributions');
  const ix = indexMentions(tokens, doc.get('mentions'), doc.get('entities'));
  const sources = sourceMentions(ix, attributions.map((a) => a.source));
  const published = publicationDay(doc.meta.published);
  const ranges = sentenceRanges(tokens, sentences.length);
  const events: Event[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const from = ranges[2 * s];
    const to = ranges[2 * s + 1];
    if (from < 0 || to - from > o.maxSentenceTokens) continue;
    const hits = resolveOverlaps(matchAll(tokens, from, to, knowledge.lexicon, o.match));
    if (hits.length === 0) continue;
    const clauses = splitClauses(tokens, from, to);
    const view: SentenceView = { tokens, from, to, clauses, ix, mentions: partyMentions(ix, from, to), tail: reportingTail(tokens, from, to), sources };
    const drafts: Draft[] = hits.map((hit) => {
      const flags = modalityAt(tokens, hit.first, clauses, from, o.modality);
      if (NEGATORS.has(tokens.lower[hit.first])) flags.negated = true; // "no plans to", "never agreed"
      return {
        hit, type: hit.target?.type ?? null, mode: hit.target?.mode ?? null, context: [...(hit.target?.context ?? [])],
        cameo: hit.target?.cameo ?? null, flags, governed: null, consumed: false,
        ownAgent: hit.rule.pos === 'verb' && isReducedRelative(tokens, hit.last, from, to),
      };
    });
    applyGoverning(drafts, clauses, from, o.governing);
    const dates = findDateExpressions(text, sentences[s].start, sentences[s].end);
    for (const d of drafts) {
      if (d.consumed || d.type === null) continue;
      applyAnnouncement(d);
      const roles = rolesOf(view, d, attributions);
      // a noun alone names a topic ("the talks are important"), an event only with a party ("talks with Kyiv")
      if (d.hit.rule.pos === 'noun' && !roles.actor && !roles.recipient) continue;
      // "Kyiv must withdraw" demands something of Kyiv; "I must tell you" demands nothing of anyone
      if (d.hit.rule.subjectIsRecipient && (!roles.recipient || FIRST_PERSON.has(roles.recipient.span.text.toLowerCase()))) continue;
      d.type = jointType(d.type!, [roles.actor, ...roles.coActors]);
      const event = buildEvent(`ev${events.length + 1}`, text, view, sentences[s], d, roles, dateOf(text, view, d, dates, published), knowledge, o.confidence);
      if (event.confidence >= o.minConfidence) events.push(event);
    }
  }
  return events;
}

/** Builds an events stage with its own options (the registered `eventsStage` uses the defaults). */
export function createEventsStage(options: Partial<EventsOptions> = {}): Stage {
  const o = { ...DEFAULT_EVENTS_OPTIONS, ...options };
  return {
    name: 'events',
    version: '1.0.2',
    requires: ['sentences', 'tokens', 'mentions', 'entities', 'attributions'],
    produces: ['events'],
    description: 'PLOVER events (type, mode, actor, recipient, date, place, flags) from a CAMEO-derived trigger lexicon and clause cues.',
    run(doc: Doc, context: StageContext): StageOutput {
      const knowledge = (context.knowledge.events as EventKnowledge | undefined) ?? shippedEventKnowledge();
      return { layers: { events: findEvents(doc, knowledge, o) } };
    },
  };
}

export const eventsStage: Stage = createEventsStage();
