import type { Event } from '../../doc/events.ts';
import type { Mention } from '../../doc/layers.ts';
import { PLOVER_TYPES } from '../../doc/events.ts';
import { defaultAnalyser, type Analyse, type AnalysisLike } from './analyse.ts';
import { loadGsr, normaliseCode, type GsrRecord } from './gsr.ts';
import { labelScores, round, sameSet, type TypeScore } from './metrics.ts';

export interface EventsEvaluation {
  /** Share of records whose chosen event has the gold type (chosen: trigger overlapping event_text, else most confident). */
  readonly typeAccuracy: number;
  /** The same with the most confident event only, no look at the gold trigger words. */
  readonly typeAccuracyTopConfidence: number;
  readonly macroF1: number;
  /** Order-free set match of actor country codes (reciprocal records: all parties on both sides). */
  readonly actorCode: number;
  readonly recipientCode: number;
  /** Actor choice apart from coding: every gold actor span is overlapped by a chosen actor or co-actor span, and no chosen one falls outside them. */
  readonly actorSpan: number;
  readonly recipientSpan: number;
  readonly n: number;
  readonly nActor: number;
  readonly nRecipient: number;
  /** Records where the pipeline found no event at all. */
  readonly noEvent: number;
  readonly perType: Readonly<Record<string, TypeScore>>;
  readonly fallbacks: readonly string[];
  readonly errors: ReadonlyArray<{ id: string; gold: string; predicted: string | null; text: string }>;
}

export interface EvaluateEventsOptions {
  readonly gsrPath: string;
  readonly analyse?: Analyse;
  /** With no `analyse`: the registered stages to run before events (default all). */
  readonly stages?: readonly string[];
}

const words = (s: string): Set<string> => new Set(s.toLowerCase().split(/[^a-z0-9-]+/).filter((w) => w.length > 1));

/** The event the record is about: one whose trigger shares a word with the gold trigger words, most confident first. */
export function chooseEvent(events: readonly Event[], eventText: string | null): Event | null {
  if (events.length === 0) return null;
  const byConfidence = [...events].sort((a, b) => b.confidence - a.confidence || a.trigger.start - b.trigger.start);
  if (eventText === null) return byConfidence[0];
  const gold = words(eventText);
  return byConfidence.find((e) => [...words(e.trigger.text)].some((w) => gold.has(w))) ?? byConfidence[0];
}

const codesOf = (parties: ReadonlyArray<{ actor?: { country: string } } | null>): Set<string> =>
  new Set(parties.map((p) => normaliseCode(p?.actor?.country)).filter((c): c is string => c !== null));

export async function evaluateEvents(opts: EvaluateEventsOptions): Promise<EventsEvaluation> {
  const records = loadGsr(opts.gsrPath);
  let fallbacks: readonly string[] = [];
  let analyse = opts.analyse;
  if (!analyse) {
    const d = await defaultAnalyser({ stages: opts.stages });
    analyse = d.analyse;
    fallbacks = d.fallbacks;
  }
  const pairs: Array<[string, string | null]> = [];
  let top = 0;
  let noEvent = 0;
  let actorHits = 0;
  let nActor = 0;
  let recipientHits = 0;
  let nRecipient = 0;
  let actorSpanHits = 0;
  let recipientSpanHits = 0;
  const errors: EventsEvaluation['errors'][number][] = [];
  for (const r of records) {
    const analysis: AnalysisLike = analyse(r.text, '2000-01-01');
    const events = analysis.events as readonly Event[];
    const chosen = chooseEvent(events, r.eventText);
    const topEvent = chooseEvent(events, null);
    if (!chosen) noEvent++;
    pairs.push([r.event, chosen?.type ?? null]);
    if (topEvent?.type === r.event) top++;
    if (chosen?.type !== r.event) errors.push({ id: r.id, gold: r.event, predicted: chosen?.type ?? null, text: r.text });
    const scored = scoreParties(r, chosen);
    const spans = scoreSpans(r, chosen, analysis.text, analysis.mentions);
    if (scored.actor !== null) {
      nActor++;
      if (scored.actor) actorHits++;
      if (spans.actor) actorSpanHits++;
    }
    if (scored.recipient !== null) {
      nRecipient++;
      if (scored.recipient) recipientHits++;
      if (spans.recipient) recipientSpanHits++;
    }
  }
  const { perLabel, macroF1 } = labelScores(pairs.filter(([g]) => (PLOVER_TYPES as readonly string[]).includes(g)));
  const n = records.length;
  return {
    typeAccuracy: round(pairs.filter(([g, p]) => g === p).length / n), typeAccuracyTopConfidence: round(top / n), macroF1,
    actorCode: nActor ? round(actorHits / nActor) : 0, recipientCode: nRecipient ? round(recipientHits / nRecipient) : 0,
    actorSpan: nActor ? round(actorSpanHits / nActor) : 0, recipientSpan: nRecipient ? round(recipientSpanHits / nRecipient) : 0,
    n, nActor, nRecipient, noEvent, perType: perLabel, fallbacks, errors,
  };
}

/** null = not scored (no gold party on that side). Reciprocal records compare all parties on both sides. */
function scoreParties(r: GsrRecord, e: Event | null): { actor: boolean | null; recipient: boolean | null } {
  const gold = (list: GsrRecord['actor']): Set<string> => new Set(list.map((x) => normaliseCode(x.code)).filter((c): c is string => c !== null));
  const predActors = e ? codesOf([e.actor, ...e.coActors]) : new Set<string>();
  const predRecipients = e ? codesOf([e.recipient, ...e.coRecipients]) : new Set<string>();
  if (r.reciprocal) {
    const all = gold([...r.actor, ...r.recipient]);
    return { actor: all.size ? sameSet(all, new Set([...predActors, ...predRecipients])) : null, recipient: null };
  }
  return {
    actor: r.actor.length ? sameSet(gold(r.actor), predActors) : null,
    recipient: r.recipient.length ? sameSet(gold(r.recipient), predRecipients) : null,
  };
}

/**
 * Span agreement, so the choice of actor can be judged apart from the codes the mentions carry. A party written as a
 * pronoun ("it", "he") counts where its entity has a mention on the gold span.
 */
function scoreSpans(r: GsrRecord, e: Event | null, text: string, mentions: readonly Mention[]): { actor: boolean; recipient: boolean } {
  const gold = (list: GsrRecord['actor']): Array<[number, number]> =>
    list.map((g) => text.indexOf(g.text)).map((at, i) => [at, at + list[i].text.length] as [number, number]).filter(([at]) => at >= 0);
  type Party = { span: { start: number; end: number }; entity: string | null };
  const overlaps = (a: [number, number], b: { start: number; end: number }): boolean => a[0] < b.end && b.start < a[1];
  const covers = (g: [number, number], p: Party): boolean => overlaps(g, p.span) || (p.entity !== null && mentions.some((m) => m.entity === p.entity && overlaps(g, m)));
  const match = (g: Array<[number, number]>, p: ReadonlyArray<Party | null>): boolean => {
    const parties = p.filter((x): x is Party => x !== null);
    return g.length > 0 && g.every((x) => parties.some((s) => covers(x, s))) && parties.every((s) => g.some((x) => covers(x, s)));
  };
  if (!e) return { actor: false, recipient: false };
  if (r.reciprocal) return { actor: match(gold([...r.actor, ...r.recipient]), [e.actor, ...e.coActors, e.recipient, ...e.coRecipients]), recipient: false };
  return { actor: match(gold(r.actor), [e.actor, ...e.coActors]), recipient: match(gold(r.recipient), [e.recipient, ...e.coRecipients]) };
}
