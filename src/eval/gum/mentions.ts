import type { Mention } from '../../doc/layers.ts';
import { isTitleWord } from '../../stages/mentions/runs.ts';
import type { GumDoc, GumMention } from './conllu.ts';

/**
 * GUM entity types → Parley mention types, for named mentions only (GUM has no NORP: "Russian" is not
 * a GUM mention, so NORP and COLLECTIVE are left out of the comparison):
 *   person → PERSON, organization → ORG, place → GPE (GUM "place" also covers named facilities and
 *   regions, which CoNLL would call LOC; we keep them, as our GPE does).
 * A gold mention is *named* when its head (minspan) ends in a proper noun. Its name span is the mention
 * without a leading determiner or trailing possessive ("the Kremlin's" → "Kremlin"); the head span
 * (minspan) also counts, so "NASA Administrator Charles Bolden" matches "Charles Bolden".
 */
export const GUM_TYPES: Readonly<Record<string, 'PERSON' | 'ORG' | 'GPE'>> = { person: 'PERSON', organization: 'ORG', place: 'GPE' };

export interface GoldName {
  readonly type: 'PERSON' | 'ORG' | 'GPE';
  /** Acceptable [start, end) character spans. */
  readonly spans: readonly [number, number][];
}

export function goldNames(doc: GumDoc): GoldName[] {
  const out: GoldName[] = [];
  for (const m of doc.mentions) {
    const type = GUM_TYPES[m.etype];
    if (!type || !isNamed(doc, m)) continue;
    out.push({ type, spans: spansOf(doc, m) });
  }
  return out;
}

function isNamed(doc: GumDoc, m: GumMention): boolean {
  const head = m.minspan.length ? m.minspan[m.minspan.length - 1] : m.end - 1;
  return doc.tokens[head]?.upos === 'PROPN';
}

function spansOf(doc: GumDoc, m: GumMention): [number, number][] {
  let first = m.first;
  let last = m.end - 1;
  while (first < last && doc.tokens[first].upos === 'DET') first++;
  while (last > first && (doc.tokens[last].upos === 'PART' || doc.tokens[last].upos === 'PUNCT')) last--;
  const spans: [number, number][] = [[doc.tokens[first].start, doc.tokens[last].end]];
  if (m.minspan.length) {
    const lo = Math.min(...m.minspan);
    const hi = Math.max(...m.minspan);
    spans.push([doc.tokens[lo].start, doc.tokens[hi].end]);
  }
  // GUM keeps titles in the span ("Professor Eastman", "US President Barack Obama"); CoNLL and Parley
  // do not: the proper nouns after the last title word are the name.
  let k = last;
  while (k > first && doc.tokens[k - 1].upos === 'PROPN' && !isTitleWord(doc.tokens[k - 1].form.toLowerCase())) k--;
  if (k > first && doc.tokens[k].upos === 'PROPN') spans.push([doc.tokens[k].start, doc.tokens[last].end]);
  return spans;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export interface Predicted {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Scores predicted names against gold names of the same type by exact span (any acceptable span), each
 * gold and each prediction used once; also adds an `untyped` row (spans whatever the type).
 */
export function scoreNames(gold: readonly GoldName[], predicted: readonly Predicted[], into: Record<string, Counts>): void {
  scoreTyped(gold, predicted, into);
  // Spans alone: GUM types a country acting as a team or government "organization", CoreNLP calls
  // "Kremlin" a LOCATION; the untyped score separates finding names from typing them.
  const untyped = (into.untyped ??= { tp: 0, fp: 0, fn: 0 });
  const scratch: Record<string, Counts> = {};
  scoreTyped(gold.map((g) => ({ ...g, type: 'PERSON' })), predicted.map((p) => ({ ...p, type: 'PERSON' })), scratch);
  untyped.tp += scratch.PERSON?.tp ?? 0;
  untyped.fp += scratch.PERSON?.fp ?? 0;
  untyped.fn += scratch.PERSON?.fn ?? 0;
}

function scoreTyped(gold: readonly GoldName[], predicted: readonly Predicted[], into: Record<string, Counts>): void {
  const used = new Set<number>();
  for (const p of predicted) {
    const typed = into[p.type] ?? (into[p.type] = { tp: 0, fp: 0, fn: 0 });
    const k = gold.findIndex((g, i) => !used.has(i) && g.type === p.type && g.spans.some(([s, e]) => s === p.start && e === p.end));
    if (k >= 0) {
      used.add(k);
      typed.tp++;
    } else typed.fp++;
  }
  gold.forEach((g, i) => {
    if (!used.has(i)) (into[g.type] ?? (into[g.type] = { tp: 0, fp: 0, fn: 0 })).fn++;
  });
}

/** Our name mentions of the types GUM has. */
export function ourNames(mentions: readonly Mention[]): Predicted[] {
  return mentions.filter((m) => m.form === 'name' && (m.type === 'PERSON' || m.type === 'ORG' || m.type === 'GPE'));
}
