import { POS_TAGS, posOf, type PosTag, type TokenTable } from '../../doc/tokens.ts';
import type { EventLexicon, Group, ObjectPattern, TriggerRule, WordSeq } from '../../knowledge/events/lexicon.ts';
import type { PloverTarget } from '../../knowledge/events/plover.ts';
import { WEEKDAYS } from '../../knowledge/calendar.ts';
import { FINITE_MODALS } from './clauses.ts';

/** One place where a lexicon rule matched. Token indices are inclusive. */
export interface TriggerHit {
  readonly rule: TriggerRule;
  readonly first: number;
  readonly last: number;
  /** The CAMEO object pattern that refined the code, if one did. */
  readonly pattern: ObjectPattern | null;
  /** What this hit codes (the pattern's target, else the rule's); null = a suppressor ("released a statement"). */
  readonly target: PloverTarget | null;
  /** Words matched, pattern words included: the longer match wins an overlap. */
  readonly size: number;
}

export interface MatchOptions {
  /** Tokens allowed between a verb and the first word of its object pattern ("rejected the Iraqi proposal"). */
  readonly maxObjectGap: number;
  /** Tokens after a verb searched for the key word of an object pattern ("rejected calls by the opposition for a truce"). */
  readonly maxObjectReach: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = { maxObjectGap: 5, maxObjectReach: 14 };

const NOMINAL_LEFT = new Set<PosTag>(['DET', 'ADJ', 'NUM', 'PART', 'ADP']);
const POSSESSIVE = new Set(['her', 'his', 'its', 'their', 'our', 'my', 'your', 'whose']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re"]);
const SUBJECT_PRONOUN = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that']);
/** What opens a verb's object: "would back [a] ceasefire", "will back [Kyiv]". */
const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);
/** Tags that never head a verb or noun trigger: their tokens are looked up only when a phrase starts with them. */
const NEVER_HEAD = new Set<number>(['PUNCT', 'DET', 'ADP', 'PRON', 'NUM', 'CCONJ', 'PART', 'SCONJ', 'SYM'].map((t) => POS_TAGS.indexOf(t as PosTag)));
/** A gap may not run through these: "launched … to attack" is two predicates, "rejected X, Y" ends at the comma. */
const GAP_STOP = new Set<PosTag>(['VERB', 'PUNCT', 'SCONJ']);

/**
 * wink tags headline verbs as nouns ("Russia demands neutrality", "Russia attacks Ukraine") and some nouns as
 * verbs ("rejected calls for talks"), so the tag is one cue and the left neighbour another: after a determiner,
 * adjective, number, preposition or possessive 's a word is read as a noun; after a name or pronoun, as a verb.
 */
export function headFits(tokens: TokenTable, i: number, from: number, pos: TriggerRule['pos']): boolean {
  if (pos === 'phrase') return true;
  const tag = posOf(tokens, i);
  const left = i > from ? posOf(tokens, i - 1) : null;
  const leftWord = i > from ? tokens.lower[i - 1] : '';
  if (pos === 'verb') {
    if (POSSESSIVE.has(leftWord)) return false; // "her press secretary", "its attack"
    if (leftWord === '-') return false; // inside a compound: "its long-threatened invasion"
    if (tag === 'VERB' || tag === 'AUX') return left !== 'DET' && !(left === 'PART' && leftWord === "'s");
    // a verb the tagger read as an adverb after a modal, with its object next: "would back a ceasefire" (not "back down")
    if (tag === 'ADV') return FINITE_MODALS.has(leftWord) && i + 1 < tokens.length && OBJECT_OPENERS.has(posOf(tokens, i + 1));
    if (tag === 'ADJ') return tokens.lower[i].endsWith('ed') && left !== 'DET'; // participles tagged ADJ, not "was fine"
    if (tag !== 'NOUN' && tag !== 'PROPN') return false;
    // a progressive: "claims to be manufacturing weapons", "are training hackers" (wink tags the -ing word a noun)
    if (BE.has(leftWord) && tokens.lower[i].endsWith('ing')) return true;
    // a noun-tagged verb after a name, a subject pronoun, an adverb or "and": "Russia demands", "and arresting 12"
    return left === 'PROPN' || left === 'ADV' || left === 'CCONJ' || (left === 'PRON' && SUBJECT_PRONOUN.has(leftWord));
  }
  // a capitalised noun inside a name is no event: "the Court of Appeals for the District"
  if (tag === 'PROPN') return i === from || tokens.words[i] === tokens.words[i].toLowerCase();
  if (tag === 'NOUN') return true;
  return left !== null && (NOMINAL_LEFT.has(left) || left === 'VERB');
}

function seqAt(tokens: TokenTable, at: number, to: number, seq: WordSeq): boolean {
  if (at + seq.length > to) return false;
  for (let k = 0; k < seq.length; k++) if (!seq[k].has(tokens.lower[at + k])) return false;
  return true;
}

/** The token after a group that starts within `gap` tokens after `from`, or -1 when none does. */
function groupAfter(tokens: TokenTable, from: number, to: number, gap: number, group: Group): number {
  for (let at = from; at <= from + gap && at < to; at++) {
    if (group.first.has(tokens.lower[at])) for (const seq of group.seqs) if (seqAt(tokens, at, to, seq)) return at + seq.length;
    if (GAP_STOP.has(posOf(tokens, at)) && tokens.lower[at] !== '-') break;
  }
  return -1;
}

function groupBefore(tokens: TokenTable, before: number, from: number, gap: number, group: Group): number {
  for (let end = before; end >= from && end >= before - gap; end--) {
    if (group.last.has(tokens.lower[end])) {
      for (const seq of group.seqs) if (end - seq.length + 1 >= from && seqAt(tokens, end - seq.length + 1, end + 1, seq)) return end - seq.length + 1;
    }
    if (GAP_STOP.has(posOf(tokens, end))) break;
  }
  return -1;
}

function patternFits(tokens: TokenTable, p: ObjectPattern, first: number, last: number, from: number, to: number, o: MatchOptions): boolean {
  let at = last + 1;
  for (const group of p.post) {
    at = groupAfter(tokens, at, to, o.maxObjectGap, group);
    if (at < 0) return false;
  }
  let before = first - 1;
  for (let g = p.pre.length - 1; g >= 0; g--) {
    const start = groupBefore(tokens, before, from, o.maxObjectGap, p.pre[g]);
    if (start < 0) return false;
    before = start - 1;
  }
  return true;
}

const MEASURE_OPENERS = new Set(['a', 'an', 'half', 'another', 'further']);
const DAYS = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight']);

/**
 * An adverbial may stand between a verb and a heavy object, and counts against no gap: a measure ("shortened by
 * one hour the nightly curfew", "extended by six months the mandate") or a day ("forced out on Wednesday more
 * than 1,000 refugees", "released today 200 prisoners"). Returns the token after it, or `at` when there is none.
 */
function pastAdverbial(tokens: TokenTable, at: number, to: number): number {
  if (DAYS.has(tokens.lower[at])) return at + 1;
  if (tokens.lower[at] === 'on' && at + 1 < to && DAYS.has(tokens.lower[at + 1])) return at + 2;
  if (tokens.lower[at] !== 'by' || at + 1 >= to) return at;
  if (posOf(tokens, at + 1) !== 'NUM' && !MEASURE_OPENERS.has(tokens.lower[at + 1])) return at;
  for (let j = at + 1; j < to && j <= at + 4; j++) {
    const tag = posOf(tokens, j);
    if (tag === 'NOUN') return j + 1; // "by one hour", "by a further six months"
    if (j > at + 1 && (tag === 'DET' || tag === 'PUNCT' || tag === 'VERB')) break; // the object begins: "by half the budget"
  }
  return tokens.lower[at + 1] === 'half' ? at + 2 : at;
}

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '`', "''", '``']);

/** 'had “no interest” in talks': quote marks around words of a phrase do not break it. */
function pastQuotes(tokens: TokenTable, at: number, to: number): number {
  let j = at;
  while (j < to && QUOTE_MARKS.has(tokens.lower[j])) j++;
  return j;
}

/** The phrase's words from token `i` on (word 0 already matched there); returns the last token matched or -1. */
export function phraseAt(tokens: TokenTable, rule: Pick<TriggerRule, 'words' | 'gaps'>, i: number, to: number): number {
  let last = i;
  for (let w = 1; w < rule.words.length; w++) {
    let found = -1;
    const start = rule.gaps[w] > 0 ? pastAdverbial(tokens, last + 1, to) : pastQuotes(tokens, last + 1, to);
    for (let j = start; j <= start + rule.gaps[w] && j < to; j++) {
      if (rule.words[w].has(tokens.lower[j])) {
        found = j;
        break;
      }
      if (GAP_STOP.has(posOf(tokens, j)) && tokens.lower[j] !== '-') break;
    }
    if (found < 0) return -1;
    last = found;
  }
  return last;
}

/** The most specific object pattern of the rule that fits, trying only those whose first word follows the verb. */
function bestPattern(tokens: TokenTable, rule: TriggerRule, first: number, last: number, from: number, to: number, o: MatchOptions): ObjectPattern | null {
  let best: ObjectPattern | null = null;
  for (const p of rule.patterns.preOnly) if ((!best || p.size > best.size) && patternFits(tokens, p, first, last, from, to, o)) best = p;
  if (rule.patterns.byKeyWord.size === 0) return best;
  for (let j = last + 1; j < to && j <= last + o.maxObjectReach; j++) {
    const candidates = rule.patterns.byKeyWord.get(tokens.lower[j]);
    if (candidates) for (const p of candidates) if ((!best || p.size > best.size) && patternFits(tokens, p, first, last, from, to, o)) best = p;
    if (GAP_STOP.has(posOf(tokens, j)) && tokens.lower[j] !== '-') break;
  }
  return best;
}

/** Every rule that matches in tokens [from, to), before overlaps are resolved. */
export function matchAll(tokens: TokenTable, from: number, to: number, lexicon: EventLexicon, o: MatchOptions = DEFAULT_MATCH_OPTIONS): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (let i = from; i < to; i++) {
    if (NEVER_HEAD.has(tokens.pos[i]) && !lexicon.phraseStarts.has(tokens.lower[i])) continue;
    const rules = lexicon.byWord.get(tokens.lower[i]);
    if (!rules) continue;
    for (const rule of rules) {
      if (!headFits(tokens, i, from, rule.pos)) continue;
      const last = phraseAt(tokens, rule, i, to);
      if (last < 0) continue;
      const pattern = bestPattern(tokens, rule, i, last, from, to, o);
      const target = pattern ? pattern.target : rule.target;
      hits.push({ rule, first: i, last, pattern, target, size: rule.words.length + (pattern?.size ?? 0) });
    }
  }
  return hits;
}

/**
 * Overlapping hits keep the one with more words, then the heavier rule: "held talks" beats "talks", "released
 * a statement" (codes nothing) beats "released". Two refinements first: a bare CAMEO verb that codes nothing
 * ("deny" without an object pattern) gives way to anything that codes; and a curated entry, which recodes a verb
 * for PLOVER ("sue" → ACCUSE), beats a CAMEO object pattern on the same verb that codes another type — while a
 * pattern of the same type refines it ("rejected the proposal") and a null pattern vetoes it ("denied the
 * accusations"). Suppressors are dropped after they have won their tokens.
 */
export function resolveOverlaps(hits: readonly TriggerHit[]): TriggerHit[] {
  const curatedAt = new Map<number, TriggerHit[]>();
  for (const h of hits) if (h.rule.source === 'curated' && h.target) curatedAt.set(h.first, [...(curatedAt.get(h.first) ?? []), h]);
  const live = hits.filter((h) => {
    if (h.rule.source !== 'cameo') return true;
    if (!h.pattern && h.target === null && !h.rule.intent) return false;
    const curated = curatedAt.get(h.first) ?? [];
    return !curated.some((c) => c.last >= h.last && h.target !== null && c.target!.type !== h.target.type);
  });
  const coded = (h: TriggerHit): number => (h.target ? 1 : 0);
  const ranked = live.sort(
    (a, b) => b.last - b.first - (a.last - a.first) || b.size - a.size || coded(b) - coded(a) || b.rule.weight - a.rule.weight || a.first - b.first,
  );
  const taken: TriggerHit[] = [];
  for (const hit of ranked) {
    if (taken.some((t) => hit.first <= t.last && t.first <= hit.last)) continue;
    taken.push(hit);
  }
  return taken.filter((h) => h.target !== null || h.rule.intent).sort((a, b) => a.first - b.first);
}
