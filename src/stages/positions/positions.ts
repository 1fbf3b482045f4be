import type { Doc } from '../../doc/document.ts';
import type { EventDate, Position, PositionHolder } from '../../doc/events.ts';
import { makeSpan, type Span } from '../../doc/span.ts';
import { posOf, type TokenTable } from '../../doc/tokens.ts';
import { shippedIssueKnowledge, type IssueKnowledge } from '../../knowledge/issues/load.ts';
import type { Stage, StageContext, StageOutput } from '../../pipeline/stage.ts';
import { reportingTail, splitClauses, type Clauses } from '../events/clauses.ts';
import { fallbackDate, findDateExpressions, publicationDay, resolveExpression } from '../events/dates.ts';
import { indexMentions, mentionsIn, sourceMentions } from '../events/mention-index.ts';
import type { SentenceView } from '../events/participants.ts';
import { cuesIn, issuesIn, type CueHit } from './cues.ts';
import { agentHolder, holderOf } from './holder.ts';
import { partyKey } from '../../doc/parties.ts';
import { base, clauseEnd, DEFAULT_STANCE_OPTIONS, readStance, type StanceOptions, type StanceReading } from './stance.ts';
import type { IssueHit } from '../../knowledge/issues/taxonomy.ts';

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
  let prevIssues: IssueHit[] = [];
  for (let s = 0; s < sentences.length; s++) {
    let to = from;
    while (to < tokens.length && tokens.sentence[to] === s) to++;
    const sentenceFrom = from;
    from = to;
    if (to === sentenceFrom || to - sentenceFrom > o.maxSentenceTokens) continue;
    const issues = issuesIn(tokens, sentenceFrom, to, k);
    const previous = prevIssues;
    prevIssues = issues;
    if (issues.length === 0 && previous.length === 0) continue;
    const clauses = splitClauses(tokens, sentenceFrom, to);
    const view: SentenceView = {
      tokens, from: sentenceFrom, to, clauses, ix, mentions: mentionsIn(ix, sentenceFrom, to), tail: reportingTail(tokens, sentenceFrom, to), sources,
    };
    const cues = cuesIn(tokens, sentenceFrom, to, clauses, k);
    const sentenceEvents = events.filter((e) => e.evidence.start === sentences[s].start);
    const seen = new Set<string>();
    const readings: Array<{ issue: IssueHit; reading: StanceReading; back: boolean; agent?: boolean }> = issues.map((issue) => ({
      issue, reading: readStance(issue, cues, clauses, sentenceFrom, to, tokens.lower, o.stance), back: false,
    }));
    // "…, a proposal backed by Zelenskiy": the participle's agent takes a stance on what the proposal is about
    for (const cue of appositiveCues(tokens, cues, sentenceFrom)) {
      const about = issues.find((i) => i.last < cue.first && cue.first - i.last <= 2 * o.stance.maxCueBefore);
      if (about) readings.push({ issue: about, reading: { stance: base(cue), cue, cueAfterIssue: false, conditions: [] }, back: false, agent: true });
    }
    // "Moscow has rejected such plans": an anaphoric object takes its issue from the sentence before
    if (previous.length > 0) {
      for (const cue of cues) {
        if (!STANCE_CUES.has(cue.cls) || !anaphoricObject(tokens, cue.last, to)) continue;
        if (issues.some((i) => i.first > cue.last && i.first - cue.last <= 4)) continue;
        readings.push({ issue: previous[0], reading: { stance: base(cue), cue, cueAfterIssue: false, conditions: [] }, back: true });
      }
    }
    // "Moscow insists guarantees must involve China. … such arrangements must follow a peace agreement": terms set on
    // the issue of the sentence before, through an anaphoric subject, are further conditions of that stance
    const terms = previous.length > 0 ? carriedConditions(tokens, cues, clauses, sentenceFrom, to) : [];
    if (terms.length > 0) {
      const found = holderOf(view, terms[0].cue, false, sentenceEvents, attributions);
      if (found) {
        const key = stanceKey(found.holder, previous[0].issue);
        const spans = terms.map((c) => tokenSpan(text, tokens, c.first, c.last));
        const k = out.findIndex((p) => stanceKey(p.actor, p.issue) === key && p.evidence.some((e) => e.start === sentences[s - 1].start));
        if (k >= 0) {
          const p = out[k];
          out[k] = { ...p, stance: 'conditional', conditions: [...p.conditions, ...spans], evidence: [...p.evidence, sentences[s]], attributions: [...new Set([...p.attributions, ...(found.attribution ? [found.attribution.id] : [])])] };
        }
      }
    }
    for (const { issue, reading, back, agent } of readings) {
      if (!reading.cue) continue;
      // "… must follow a comprehensive peace agreement": an issue named inside a carried condition is its term, not a stance
      if (terms.some((t) => t.cue === reading.cue)) continue;
      const found = agent ? agentHolder(view, reading.cue, sentenceEvents, attributions) : holderOf(view, reading.cue, reading.cueAfterIssue, sentenceEvents, attributions);
      if (!found) continue;
      const cueSpan = tokenSpan(text, tokens, reading.cue.first, reading.cue.last);
      const date: EventDate = found.events[0]?.date ?? nearestDate(text, sentences[s], cueSpan.start, published);
      let confidence = o.baseConfidence;
      if (!reading.cueAfterIssue) confidence += 0.1;
      if (found.attribution || found.events.length) confidence += 0.1;
      // "Qatar and Egypt called for a ceasefire": each party of a joint stance holds it
      for (const holder of [found.holder, ...found.coHolders]) {
        const key = stanceKey(holder, issue.issue);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          id: `pos${out.length + 1}`,
          actor: holder,
          issue: issue.issue,
          stance: reading.stance,
          conditions: reading.conditions.map((c) => tokenSpan(text, tokens, c.first, c.last)),
          evidence: back ? [sentences[s - 1], sentences[s]] : [sentences[s]],
          cue: cueSpan,
          issueText: tokenSpan(text, tokens, issue.first, issue.last),
          attributions: found.attribution ? [found.attribution.id] : [],
          events: found.events.map((e) => e.id),
          date,
          confidence: Math.round(Math.min(0.95, confidence + (holder.actor ? 0.1 : 0)) * 100) / 100,
        });
      }
    }
  }
  return out;
}

/** One holder's stance on one issue: the holder's entity, or its name when it has none. */
const stanceKey = (holder: PositionHolder, issue: string): string => `${partyKey(holder)}|${issue}`;

const STANCE_CUES = new Set(['support', 'oppose', 'demand']);
const ANAPHORIC_SUBJECTS = new Set(['such', 'these', 'those', 'they', 'it', 'this']);
const MODAL_DEMANDS = new Set(['must', 'should', 'ought']);

/**
 * "must"/"should" clauses whose subject points back ("such arrangements should not be imposed …, and must follow
 * a peace agreement"), each from its modal to the end of its clause; coordinated ones share the subject.
 */
function carriedConditions(tokens: TokenTable, cues: readonly CueHit[], clauses: Clauses, from: number, to: number): Array<{ cue: CueHit; first: number; last: number }> {
  const out: Array<{ cue: CueHit; first: number; last: number }> = [];
  for (const cue of cues) {
    if (cue.cls !== 'demand' || !MODAL_DEMANDS.has(tokens.lower[cue.first])) continue;
    const clauseStart = clauses.starts[clauses.of[cue.first - from]];
    let anaphoric = out.length > 0 && /^(and|or|but|,)$/.test(tokens.lower[cue.first - 1] ?? '');
    for (let j = cue.first - 1; !anaphoric && j >= clauseStart && j >= cue.first - 6; j--) anaphoric = ANAPHORIC_SUBJECTS.has(tokens.lower[j]);
    if (anaphoric) out.push({ cue, first: cue.first, last: clauseEnd(clauses, from, to, cue.first) });
  }
  return out;
}
const PROPOSAL_NOUNS = new Set(['proposal', 'proposals', 'plan', 'plans', 'idea', 'ideas', 'initiative', 'initiatives', 'move', 'moves', 'suggestion', 'suggestions', 'scheme', 'schemes', 'offer', 'offers', 'option', 'options', 'measure', 'measures']);
const ANAPHORIC_DETERMINERS = new Set(['such', 'these', 'those', 'this', 'that', 'the']);
const ANAPHORIC_PRONOUNS = new Set(['it', 'them', 'this', 'that']);

/**
 * Cues of an apposition that describes what came before: ", a proposal backed by …", ", a plan (long) opposed by …".
 * The cue is a participle right after a proposal noun and right before "by".
 */
function appositiveCues(tokens: TokenTable, cues: readonly CueHit[], from: number): CueHit[] {
  return cues.filter((c) => {
    if (!STANCE_CUES.has(c.cls) || tokens.lower[c.last + 1] !== 'by') return false;
    let j = c.first - 1;
    while (j > from && posOf(tokens, j) === 'ADV') j--;
    if (!PROPOSAL_NOUNS.has(tokens.lower[j])) return false;
    let k = j - 1;
    while (k > from && (posOf(tokens, k) === 'DET' || posOf(tokens, k) === 'ADJ')) k--;
    return tokens.lower[k] === ',';
  });
}

/**
 * "rejected such plans", "dismissed the idea", "opposes it": the object points back, not to an issue of its own.
 * "the idea of a no-fly zone" names its issue and is not anaphoric.
 */
function anaphoricObject(tokens: TokenTable, last: number, to: number): boolean {
  let j = last + 1;
  if (j < to && tokens.lower[j] === 'to') j++; // "objects to it"
  if (j >= to) return false;
  const w = tokens.lower[j];
  if (ANAPHORIC_PRONOUNS.has(w)) {
    const next = j + 1 < to ? posOf(tokens, j + 1) : 'PUNCT';
    if (next === 'NOUN' || next === 'ADJ' || next === 'PROPN') return false; // "this plan" is read below
    if (w === 'it' || w === 'them' || next === 'PUNCT' || next === 'ADP' || next === 'CCONJ') return true;
  }
  if (!ANAPHORIC_DETERMINERS.has(w)) return false;
  let k = j + 1;
  while (k < to && posOf(tokens, k) === 'ADJ') k++;
  if (k >= to || !PROPOSAL_NOUNS.has(tokens.lower[k])) return false;
  const after = k + 1 < to ? tokens.lower[k + 1] : '.';
  return !(after === 'of' || after === 'to' || after === 'that' || after === 'for' || (w === 'the' && after !== ',' && after !== '.'));
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
    version: '1.1.0',
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
