import type { Doc } from '../../doc/document.ts';
import type { EventDate, Position } from '../../doc/events.ts';
import { makeSpan, type Span } from '../../doc/span.ts';
import { posOf, type TokenTable } from '../../doc/tokens.ts';
import { shippedIssueKnowledge, type IssueKnowledge } from '../../knowledge/issues/load.ts';
import type { Stage, StageContext, StageOutput } from '../../pipeline/stage.ts';
import { reportingTail, splitClauses } from '../events/clauses.ts';
import { fallbackDate, findDateExpressions, publicationDay, resolveExpression } from '../events/dates.ts';
import { indexMentions, mentionsIn, sourceMentions } from '../events/mention-index.ts';
import type { SentenceView } from '../events/participants.ts';
import { cuesIn, issuesIn } from './cues.ts';
import { holderOf } from './holder.ts';
import { DEFAULT_STANCE_OPTIONS, readStance, type StanceOptions } from './stance.ts';

export interface PositionsOptions {
  readonly stance: StanceOptions;
  /** Sentences longer than this many tokens are skipped. */
  readonly maxSentenceTokens: number;
  /** Confidence of a position found from its cue, before the additions below. */
  readonly baseConfidence: number;
}

export const DEFAULT_POSITIONS_OPTIONS: PositionsOptions = { stance: DEFAULT_STANCE_OPTIONS, maxSentenceTokens: 150, baseConfidence: 0.55 };

function tokenSpan(text: string, tokens: TokenTable, first: number, last: number): Span {
  while (last > first && posOf(tokens, last) === 'PUNCT') last--;
  return makeSpan(text, tokens.starts[first], tokens.ends[last]);
}

export function findPositions(doc: Doc, k: IssueKnowledge, o: PositionsOptions = DEFAULT_POSITIONS_OPTIONS): Position[] {
  const text = doc.text;
  const tokens = doc.get('tokens');
  const sentences = doc.get('sentences');
  const attributions = doc.get('attributions');
  const events = doc.get('events');
  const ix = indexMentions(tokens, doc.get('mentions'), doc.get('entities'));
  const sources = sourceMentions(ix, attributions.map((a) => a.source));
  const published = publicationDay(doc.meta.published);
  const out: Position[] = [];
  let from = 0;
  for (let s = 0; s < sentences.length; s++) {
    let to = from;
    while (to < tokens.length && tokens.sentence[to] === s) to++;
    const sentenceFrom = from;
    from = to;
    if (to === sentenceFrom || to - sentenceFrom > o.maxSentenceTokens) continue;
    const issues = issuesIn(tokens, sentenceFrom, to, k);
    if (issues.length === 0) continue;
    const clauses = splitClauses(tokens, sentenceFrom, to);
    const view: SentenceView = {
      tokens, from: sentenceFrom, to, clauses, ix, mentions: mentionsIn(ix, sentenceFrom, to), tail: reportingTail(tokens, sentenceFrom, to), sources,
    };
    const cues = cuesIn(tokens, sentenceFrom, to, clauses, k);
    const sentenceEvents = events.filter((e) => e.evidence.start === sentences[s].start);
    const seen = new Set<string>();
    for (const issue of issues) {
      const reading = readStance(issue, cues, clauses, sentenceFrom, to, tokens.lower, o.stance);
      if (!reading.cue) continue;
      const found = holderOf(view, reading.cue, reading.cueAfterIssue, sentenceEvents, attributions);
      if (!found) continue;
      const key = `${found.holder.entity ?? found.holder.name}|${issue.issue}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const cueSpan = tokenSpan(text, tokens, reading.cue.first, reading.cue.last);
      const date: EventDate = found.events[0]?.date ?? nearestDate(text, sentences[s], cueSpan.start, published);
      let confidence = o.baseConfidence;
      if (!reading.cueAfterIssue) confidence += 0.1;
      if (found.attribution || found.events.length) confidence += 0.1;
      if (found.holder.actor) confidence += 0.1;
      out.push({
        id: `pos${out.length + 1}`,
        actor: found.holder,
        issue: issue.issue,
        stance: reading.stance,
        conditions: reading.conditions.map((c) => tokenSpan(text, tokens, c.first, c.last)),
        evidence: [sentences[s]],
        cue: cueSpan,
        issueText: tokenSpan(text, tokens, issue.first, issue.last),
        attributions: found.attribution ? [found.attribution.id] : [],
        events: found.events.map((e) => e.id),
        date,
        confidence: Math.round(Math.min(0.95, confidence) * 100) / 100,
      });
    }
  }
  return out;
}

function nearestDate(text: string, sentence: Span, at: number, published: Date | null): EventDate {
  const dates = findDateExpressions(text, sentence.start, sentence.end);
  if (dates.length === 0) return fallbackDate(published);
  const nearest = dates.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
  return resolveExpression(text, nearest, published, false);
}

export function createPositionsStage(options: Partial<PositionsOptions> = {}): Stage {
  const o = { ...DEFAULT_POSITIONS_OPTIONS, ...options };
  return {
    name: 'positions',
    version: '1.0.0',
    requires: ['sentences', 'tokens', 'mentions', 'entities', 'attributions', 'events'],
    produces: ['positions'],
    description: 'Where each actor stands on the issues of data/issues/issues.json (support, oppose, demand, conditional), with conditions.',
    run(doc: Doc, context: StageContext): StageOutput {
      const k = (context.knowledge.issues as IssueKnowledge | undefined) ?? shippedIssueKnowledge();
      return { layers: { positions: findPositions(doc, k, o) } };
    },
  };
}

export const positionsStage: Stage = createPositionsStage();
