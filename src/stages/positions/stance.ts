import type { Stance } from '../../doc/events.ts';
import type { IssueHit } from '../../knowledge/issues/taxonomy.ts';
import type { Clauses } from '../events/clauses.ts';
import type { CueHit } from './cues.ts';

export interface StanceOptions {
  /** Tokens a cue may stand before its issue ("rejected … the deployment of European peacekeepers"). */
  readonly maxCueBefore: number;
  /** Tokens a predicative cue may stand after it ("peacekeepers … would be legitimate targets"). */
  readonly maxCueAfter: number;
}

export const DEFAULT_STANCE_OPTIONS: StanceOptions = { maxCueBefore: 14, maxCueAfter: 8 };

export interface StanceReading {
  readonly stance: Stance;
  /** The cue that carries the stance, or null (an issue mentioned in a statement, no stance word). */
  readonly cue: CueHit | null;
  /** Whether the cue follows the issue ("… would be legitimate targets"): then the subject is the issue, not the holder. */
  readonly cueAfterIssue: boolean;
  /** Condition cues, each running to the end of its clause. */
  readonly conditions: ReadonlyArray<{ first: number; last: number }>;
}

const STANCE_CLASSES = new Set(['support', 'oppose', 'demand']);

/**
 * The stance an issue mention takes from the nearest stance cue: the verb before it ("rejects peacekeepers"),
 * else a predicate after it in the same clause ("peacekeepers would be legitimate targets"). Negation turns
 * support into opposition and the reverse ("does not object to observers"). Conditions are condition cues and
 * later "must"/"should" clauses ("but insists they must be unarmed"); a stance with conditions is conditional,
 * while a negated one ("they must never set foot in Ukraine") only restates the stance.
 */
export function readStance(
  issue: IssueHit, cues: readonly CueHit[], clauses: Clauses, from: number, to: number, lower: readonly string[], o: StanceOptions = DEFAULT_STANCE_OPTIONS,
): StanceReading {
  const clauseOf = (t: number): number => clauses.of[t - from];
  const stanceCues = cues.filter((c) => STANCE_CLASSES.has(c.cls) && clauses.kinds[clauseOf(c.first)] !== 'condition');
  const before = stanceCues.filter((c) => c.last < issue.first && issue.first - c.last <= o.maxCueBefore).at(-1);
  const after = stanceCues.find((c) => c.first > issue.last && c.first - issue.last <= o.maxCueAfter && clauseOf(c.first) === clauseOf(issue.last));
  const cue = before ?? after ?? null;
  if (!cue) return { stance: 'unclear', cue: null, cueAfterIssue: false, conditions: [] };
  const cueAfterIssue = cue === after && !before;
  let stance = base(cue);
  const conditions = conditionSpans(issue, cue, cues, clauses, from, to, lower);
  // "any deployment must involve all Security Council members": a demand made of the issue is a condition on it
  if (cueAfterIssue && cue.cls === 'demand' && !cue.negated) conditions.unshift({ first: cue.first, last: clauseEnd(clauses, from, to, cue.first) });
  // "rejected an unconditional truce, saying it must follow a peace agreement": a stance with terms is conditional
  if (conditions.length > 0) stance = 'conditional';
  return { stance, cue, cueAfterIssue, conditions };
}

function base(cue: CueHit): Stance {
  if (cue.cls === 'support') return cue.negated ? 'oppose' : 'support';
  if (cue.cls === 'oppose') return cue.negated ? 'support' : 'oppose';
  return cue.negated ? 'oppose' : 'demand';
}

function clauseEnd(clauses: Clauses, from: number, to: number, token: number): number {
  const c = clauses.of[token - from];
  return (c + 1 < clauses.starts.length ? clauses.starts[c + 1] : to) - 1;
}

/** Condition cues after the stance cue, and demands in a later clause, each to the end of its clause. */
const MODALS = new Set(['must', 'should', 'has', 'have', 'need', 'needs', 'would']);

function conditionSpans(
  issue: IssueHit, cue: CueHit, cues: readonly CueHit[], clauses: Clauses, from: number, to: number, lower: readonly string[],
): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  const cueClause = clauses.of[cue.first - from];
  for (const c of cues) {
    if (c === cue || c.negated || c.first <= Math.min(cue.last, issue.first)) continue;
    const laterClause = clauses.of[c.first - from] !== cueClause || c.first > issue.last;
    if (c.cls === 'condition' || (c.cls === 'demand' && laterClause && c.first > issue.last)) {
      const last = clauseEnd(clauses, from, to, c.last); // "only if …": the clause "if" opens
      if (out.some((s) => c.first >= s.first && c.first <= s.last)) continue;
      // "insists (that) they must be unarmed": the condition is what is insisted on, not the verb
      let first = c.cls === 'demand' && !MODALS.has(lower[c.first]) ? c.last + 1 : c.first;
      if (lower[first] === 'that') first++;
      if (first <= last) out.push({ first, last });
    }
  }
  return out;
}
