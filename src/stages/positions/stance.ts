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

export const DEFAULT_STANCE_OPTIONS: StanceOptions = { maxCueBefore: 14, maxCueAfter: 12 };

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
  // the predicate may follow a "to …" modifier of the issue: "units sent to monitor the line would face …"
  const sameClause = (c: CueHit): boolean =>
    clauseOf(c.first) === clauseOf(issue.last) || (clauses.kinds[clauseOf(c.first)] === 'resumed' && clauseOf(c.first) === clauseOf(issue.last) + 1);
  // "would be considered legitimate targets": a passive verb hands the stance to the predicate right after it
  const predicate = stanceCues.filter((c) => !(isPassiveCue(c, lower, from) && stanceCues.some((n) => n.first > c.last && n.first - c.last <= 3)));
  const after = predicate.find((c) => c.first > issue.last && c.first - issue.last <= o.maxCueAfter && sameClause(c));
  const demanded = demandOver(issue, stanceCues, clauses, from, lower, o);
  if (demanded) {
    // "must send jets only if NATO allies agree": condition words still make it conditional
    const terms = conditionSpans(issue, demanded.cue!, cues.filter((c) => c.cls === 'condition'), clauses, from, to, lower);
    return terms.length > 0 ? { ...demanded, stance: 'conditional', conditions: terms } : demanded;
  }
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

/** Clause kinds a demand reaches through: its "to …"/"that …" complement and acts coordinated with it. */
const DEMAND_CONTENT = new Set(['infinitive', 'complement', 'resumed', 'coordinate']);

/**
 * "requires Ukraine to abandon NATO aspirations, adopt neutrality and recognize territorial changes": an issue in
 * the complement of a demand (or in acts coordinated with it) is demanded, by whoever demands; an issue the
 * complement asks to be given up ("abandon", "halt") is opposed. The outermost demand verb is the cue, so that the
 * holder is the one who demands, not the one asked ("insisted that Kyiv must …" → the insisting party).
 */
function demandOver(issue: IssueHit, cues: readonly CueHit[], clauses: Clauses, from: number, lower: readonly string[], o: StanceOptions): StanceReading | null {
  const clauseOf = (t: number): number => clauses.of[t - from];
  const ic = clauseOf(issue.first);
  const reach = 2 * o.maxCueBefore;
  const demand = cues.find((d) => {
    if (d.cls !== 'demand' || d.negated || d.last >= issue.first || issue.first - d.last > reach) return false;
    const dc = clauseOf(d.first);
    if (dc === ic) return true;
    if (!['infinitive', 'complement'].includes(clauses.kinds[dc + 1])) return false;
    for (let c = dc + 1; c <= ic; c++) if (!DEMAND_CONTENT.has(clauses.kinds[c])) return false;
    return true;
  });
  if (!demand) return null;
  // the act asked for, when the issue's own clause names one: "(to) abandon NATO aspirations"
  const local = cues.filter((c) => c !== demand && c.last < issue.first && c.first > demand.last && clauseOf(c.first) === ic && c.cls !== 'demand').at(-1);
  // a nearer stance verb decides only when it is the act asked for, the clause's first verb: "to abandon NATO
  // aspirations" is; "sought to block talks by proposing peacekeepers" states a stance of its own (read as usual)
  if (local && firstVerbOf(clauses, ic, lower) !== local.first) return null;
  const stance: Stance = local && local.cls === 'oppose' && !local.negated ? 'oppose' : 'demand';
  return { stance, cue: demand, cueAfterIssue: false, conditions: [] };
}

const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/** A cue read as a passive: a form of "be" before it ("would be considered …"). */
function isPassiveCue(c: CueHit, lower: readonly string[], from: number): boolean {
  return c.first > from && BE.has(lower[c.first - 1]);
}

/** Openers, modals and adverbs before the first verb of a clause. */
const NOT_VERB = new Set(['to', 'that', 'and', 'or', ',', 'but', 'must', 'should', 'would', 'will', 'not', 'also', 'then', 'now']);

/** The first word of a complement or coordinated clause past its opener and modals: "to [abandon]", ", [adopt]", "that Kyiv must [abandon]". */
function firstVerbOf(clauses: Clauses, c: number, lower: readonly string[]): number {
  const start = clauses.starts[c];
  const end = c + 1 < clauses.starts.length ? clauses.starts[c + 1] : lower.length;
  let i = start;
  if (clauses.kinds[c] === 'complement') {
    // "that Kyiv must abandon …": past the subject to the modal
    while ((i < end && !NOT_VERB.has(lower[i])) || (i === start && lower[i] === 'that')) i++;
  }
  while (i < end && NOT_VERB.has(lower[i])) i++;
  return i;
}

/** The stance a cue states on its own: support, oppose or demand, turned round by negation. */
export function base(cue: CueHit): Stance {
  if (cue.cls === 'support') return cue.negated ? 'oppose' : 'support';
  if (cue.cls === 'oppose') return cue.negated ? 'support' : 'oppose';
  return cue.negated ? 'oppose' : 'demand';
}

export function clauseEnd(clauses: Clauses, from: number, to: number, token: number): number {
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
