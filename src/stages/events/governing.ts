import type { PloverType } from '../../doc/events.ts';
import { GOVERNED, type Clauses } from './clauses.ts';
import type { TriggerHit } from './match.ts';
import type { Modality } from './modality.ts';

/** A trigger on its way to becoming an event: its coding can still change when it governs another. */
export interface Draft {
  readonly hit: TriggerHit;
  type: PloverType | null;
  mode: string | null;
  context: string[];
  cameo: string | null;
  flags: Modality;
  /** The embedded event this one took over ("threatened to [break off relations]"). */
  governed: Draft | null;
  consumed: boolean;
  /** A participle with its own "by" agent ("a plan backed by Ankara"): no verb before it governs it. */
  ownAgent?: boolean;
}

export interface GoverningOptions {
  /** Tokens a governing verb may reach forward to its embedded event ("urged the two sides to resume talks"). */
  readonly maxGovernReach: number;
}

export const DEFAULT_GOVERNING_OPTIONS: GoverningOptions = { maxGovernReach: 12 };

const COOPERATIVE = new Set<PloverType>(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID']);
/** Harm that, announced or held out as possible, is a threat. Troop moves are not: "could send troops to Ukraine" helps Ukraine. */
const HARM = new Set<PloverType>(['SANCTION', 'COERCE', 'ASSAULT']);

/**
 * PLOVER codes an announced act by what it announces: a cooperative act to come is AGREE ("will visit", "pledged
 * to send aid"), a withdrawal or ceasefire to come is CONCEDE ("will withdraw troops"), and harm to come is a
 * THREATEN ("vowed to retaliate", "will extend the curfew"). Verbal types stay as they are, and so do planned
 * protests and troop moves, which are not threats against anyone named ("plans to stage a protest").
 */
export function announcedType(type: PloverType, negated: boolean, willing = false): PloverType {
  if (negated && (COOPERATIVE.has(type) || type === 'RETREAT' || type === 'CONCEDE')) return 'REJECT'; // "will not meet their demands"
  if (COOPERATIVE.has(type)) return 'AGREE';
  // "is prepared to lift the ban" states willingness (AGREE, CAMEO 035); "will withdraw its troops" announces (CONCEDE)
  if (type === 'RETREAT' || type === 'CONCEDE') return willing ? 'AGREE' : 'CONCEDE';
  if (HARM.has(type)) return 'THREATEN';
  return type;
}

/** THREATEN modes name what is threatened (manual: restrict, arrest, relations, expel, territory, violence). */
export function threatMode(b: Draft): string | null {
  if (b.type === 'ASSAULT' || b.type === 'MOBILIZE') return 'violence';
  if (b.type === 'COERCE') return b.mode === 'arrest' ? 'arrest' : b.mode === 'deport' ? 'expel' : b.mode === 'seize' ? 'territory' : 'restrict';
  if (b.type === 'SANCTION') return b.mode === 'expel' ? 'expel' : 'relations';
  if (b.type === 'THREATEN') return b.mode;
  return null;
}

/** REQUEST and REJECT modes name what is asked for or refused: assist, change, yield, meet. */
export function askMode(b: Draft): string {
  if (b.type === 'AID' || b.type === 'COOPERATE') return 'assist';
  if (b.type === 'RETREAT' || b.type === 'CONCEDE') return 'yield';
  if (b.type === 'CONSULT') return 'meet';
  if ((b.type === 'REQUEST' || b.type === 'REJECT') && b.mode) return b.mode;
  return 'change';
}

function isGoverning(d: Draft): boolean {
  return d.hit.rule.governs || d.hit.rule.intent;
}

/** B lies in a clause A reaches: the same clause, or "to …"/"that …" clauses opened after A. */
function reaches(clauses: Clauses, from: number, a: Draft, b: Draft, o: GoverningOptions): boolean {
  if (b.hit.first - a.hit.last > o.maxGovernReach) return false;
  const ca = clauses.of[a.hit.last - from];
  const cb = clauses.of[b.hit.first - from];
  for (let c = ca + 1; c <= cb; c++) if (!GOVERNED.has(clauses.kinds[c])) return false;
  return true;
}

/**
 * Governing verbs take over the event they introduce, right to left so chains resolve inside out: in "rejected
 * calls for talks", "calls for" first takes "talks" (REQUEST, mode meet), then "rejected" takes that (REJECT, meet).
 */
export function applyGoverning(drafts: Draft[], clauses: Clauses, from: number, o: GoverningOptions = DEFAULT_GOVERNING_OPTIONS): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const a = drafts[i];
    if (!isGoverning(a) || a.consumed) continue;
    const b = drafts.slice(i + 1).find((d) => !d.consumed && d.type !== null && d.hit.first > a.hit.last && !d.ownAgent);
    if (!b || !reaches(clauses, from, a, b, o)) continue;
    merge(a, b);
    if (a.type === 'REQUEST') absorbCoordinated(drafts, a, b, clauses, from);
  }
}

/**
 * "requires Ukraine to abandon NATO aspirations, adopt neutrality, demilitarize, and recognize the new borders": the
 * acts coordinated with the first one asked for are asked for too, not acts of the one who asks.
 */
function absorbCoordinated(drafts: Draft[], a: Draft, b: Draft, clauses: Clauses, from: number): void {
  let c = clauses.of[b.hit.last - from];
  if (!GOVERNED.has(clauses.kinds[c])) return; // only a "to …"/"that …" complement starts a list of demands
  while (c + 1 < clauses.starts.length && clauses.kinds[c + 1] === 'coordinate') c++;
  const end = c + 1 < clauses.starts.length ? clauses.starts[c + 1] : Infinity;
  for (const d of drafts) {
    if (d === a || d === b || d.consumed || d.ownAgent || d.hit.first <= b.hit.last || d.hit.first >= end) continue;
    if (d.type !== null) a.context = [...new Set([...a.context, ...d.context])];
    d.consumed = true;
  }
}

function merge(a: Draft, b: Draft): void {
  const bType = b.type!;
  if (a.hit.rule.intent) {
    const negated = a.flags.negated || b.flags.negated;
    a.type = announcedType(bType, negated, a.hit.target?.type === 'AGREE');
    a.mode = a.type === 'THREATEN' ? threatMode(b) : a.type === bType ? b.mode : null;
    // "has no plans to send troops" is the refusal itself, not a negated event
    a.flags = { ...a.flags, future: true, negated: negated && a.type !== 'REJECT' };
  } else if (a.type === 'REQUEST' || a.type === 'REJECT') {
    a.mode = askMode(b);
  } else if (a.type === 'THREATEN') {
    a.mode = threatMode(b) ?? a.mode;
  }
  a.context = [...new Set([...a.context, ...b.context])];
  a.flags = { ...a.flags, conditional: a.flags.conditional || b.flags.conditional };
  a.governed = b;
  b.consumed = true;
}

/** A stand-alone event under "will"/"would" (or "may"/"could" for harm, not an if-clause) is an announcement: recode it. */
export function applyAnnouncement(d: Draft): void {
  if (d.type === null || d.governed || d.hit.rule.intent) return;
  const before: Draft = { ...d };
  if (d.flags.future) d.type = announcedType(d.type, d.flags.negated);
  else if (d.flags.modal && HARM.has(d.type)) d.type = 'THREATEN';
  if (d.type === before.type) return;
  d.mode = d.type === 'THREATEN' ? threatMode(before) : null;
  if (d.type === 'REJECT') d.flags = { ...d.flags, negated: false }; // "will not meet their demands" is the rejection itself
}

/** Manual: a joint exercise or deployment is COOPERATE, a one-country one MOBILIZE ("French and Egyptian warships launched war games"). */
export function jointType(type: PloverType, parties: ReadonlyArray<{ entity: string | null; actor?: { country: string } } | null>): PloverType {
  if (type !== 'MOBILIZE') return type;
  const sides = new Set(parties.filter((p) => p !== null).map((p) => p!.actor?.country ?? p!.entity));
  return sides.size > 1 ? 'COOPERATE' : type;
}
