import type { Event, EventDate } from '../../doc/events.ts';
import { makeSpan, type Span } from '../../doc/span.ts';
import { posOf } from '../../doc/tokens.ts';
import type { EventKnowledge } from '../../knowledge/events/load.ts';
import { fallbackDate, resolveExpression, type DateExpression } from './dates.ts';
import type { Draft } from './governing.ts';
import { PLACE_PREPOSITIONS, type SentenceView } from './participants.ts';
import type { Roles } from './roles.ts';

export interface ConfidenceOptions {
  readonly actorFound: number;
  readonly actorMissing: number;
  readonly recipientFound: number;
  readonly patternMatched: number;
  readonly governed: number;
  readonly hypothetical: number;
  readonly negated: number;
}

/** Added to the rule's weight (0.4–0.8); docs/events.md explains the scale. */
export const DEFAULT_CONFIDENCE: ConfidenceOptions = {
  actorFound: 0.1, actorMissing: -0.1, recipientFound: 0.05, patternMatched: 0.1, governed: 0.05, hypothetical: -0.1, negated: -0.2,
};

export function confidenceOf(d: Draft, roles: Roles, c: ConfidenceOptions = DEFAULT_CONFIDENCE): number {
  let x = d.hit.rule.weight;
  x += roles.actor ? c.actorFound : c.actorMissing;
  if (roles.recipient) x += c.recipientFound;
  if (d.hit.pattern) x += c.patternMatched;
  if (d.governed) x += c.governed;
  if (d.flags.hypothetical) x += c.hypothetical;
  if (d.flags.negated) x += c.negated;
  return Math.round(Math.min(0.99, Math.max(0.05, x)) * 100) / 100;
}

/** ", who has served as minister since 2004,": a relative clause between commas. */
const RELATIVE_ASIDE = /,\s+(?:who|which|whose|whom)\b[^,]*,/g;

/** The date expression nearest the trigger, preferring one in the trigger's clause; else the publication day. */
export function dateOf(text: string, v: SentenceView, d: Draft, dates: readonly DateExpression[], published: Date | null): EventDate {
  if (dates.length === 0) return fallbackDate(published);
  const at = v.tokens.starts[d.hit.first];
  const clause = v.clauses.of[d.hit.first - v.from];
  const clauseOfChar = (pos: number): number => {
    let t = d.hit.first;
    while (t > v.from && v.tokens.starts[t] > pos) t--;
    while (t < v.to - 1 && v.tokens.ends[t] <= pos) t++;
    return v.clauses.of[t - v.from];
  };
  // "Lavrov, who has served since 2004, accused …": a date inside a relative clause set off by commas dates that
  // clause, not an event outside it
  const sentenceStart = v.tokens.starts[v.from];
  const asides = [...text.slice(sentenceStart, v.tokens.ends[v.to - 1]).matchAll(RELATIVE_ASIDE)].map((m) => [sentenceStart + m.index!, sentenceStart + m.index! + m[0].length]);
  const inside = (pos: number) => asides.find(([a, b]) => a <= pos && pos < b);
  const usable = dates.filter((x) => !inside(x.start) || inside(x.start) === inside(at));
  if (usable.length === 0) return fallbackDate(published);
  const ranked = [...usable].sort((a, b) => {
    const sameA = clauseOfChar(a.start) === clause ? 0 : 1;
    const sameB = clauseOfChar(b.start) === clause ? 0 : 1;
    return sameA - sameB || Math.abs(a.start - at) - Math.abs(b.start - at);
  });
  return resolveExpression(text, ranked[0], published, d.flags.future);
}

/** "in Geneva", "near Bakhmut": a place mention after a place preposition, else a capitalised name after one. */
export function locationOf(text: string, v: SentenceView, d: Draft, roles: Roles): Span | null {
  if (roles.place >= 0) {
    const m = v.ix.mentions[roles.place];
    return makeSpan(text, m.start, m.end);
  }
  const clauseStart = v.clauses.starts[v.clauses.of[d.hit.first - v.from]];
  for (let i = clauseStart; i < v.to - 1; i++) {
    if (!PLACE_PREPOSITIONS.has(v.tokens.lower[i]) || posOf(v.tokens, i + 1) !== 'PROPN') continue;
    let j = i + 1;
    while (j + 1 < v.to && posOf(v.tokens, j + 1) === 'PROPN' && j - i < 4) j++;
    const span = makeSpan(text, v.tokens.starts[i + 1], v.tokens.ends[j]);
    const used = [roles.actor, roles.recipient].some((p) => p && p.span.start < span.end && span.start < p.span.end);
    if (!used && !/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(span.text)) return span;
  }
  return null;
}

/** PLOVER contexts: those of the code that fired plus those its sentence's words name ("peacekeepers"). */
export function contextOf(v: SentenceView, d: Draft, k: EventKnowledge): string[] {
  const out = new Set<string>();
  for (const c of d.context) {
    const canonical = k.scale.context(c);
    if (canonical) out.add(canonical);
  }
  for (let i = v.from; i < v.to; i++) for (const c of k.lexicon.contextWords.get(v.tokens.lower[i]) ?? []) out.add(c);
  return [...out];
}

export function buildEvent(
  id: string, text: string, v: SentenceView, sentence: Span, d: Draft, roles: Roles, date: EventDate, k: EventKnowledge, c: ConfidenceOptions,
): Event {
  const type = d.type!;
  // "plans to attack", "is going to withdraw": an intent phrase that codes nothing itself spans the act it announces
  const last = d.hit.target === null && d.governed ? d.governed.hit.last : d.hit.last;
  const trigger = makeSpan(text, v.tokens.starts[d.hit.first], v.tokens.ends[last]);
  const cameo = d.cameo && k.toPlover(d.cameo)?.type === type ? d.cameo : null;
  return {
    id, type, mode: d.mode, context: contextOf(v, d, k),
    actor: roles.actor, coActors: roles.coActors, recipient: roles.recipient, coRecipients: roles.coRecipients,
    trigger, evidence: sentence, date, location: locationOf(text, v, d, roles),
    flags: { negated: d.flags.negated, hypothetical: d.flags.hypothetical, future: d.flags.future, conditional: d.flags.conditional },
    quadClass: k.scale.quad(type), score: k.scale.score(type, d.mode),
    cameoRoot: cameo ? cameo.slice(0, 2) : k.scale.cameoRoot(type), cameo,
    attribution: roles.attribution?.id ?? null, confidence: confidenceOf(d, roles, c),
  };
}
