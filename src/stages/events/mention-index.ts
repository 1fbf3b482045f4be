import type { EventParticipant } from '../../doc/events.ts';
import type { Entity, Mention } from '../../doc/layers.ts';
import { partitionPoint } from '../../doc/search.ts';
import { tokenAtOrAfter, type TokenTable } from '../../doc/tokens.ts';

/** Mentions placed on the token grid once per document, so clause-level look-ups are index arithmetic. */
export interface MentionIndex {
  readonly mentions: readonly Mention[];
  /** First and last token of mention m (inclusive). */
  readonly first: Int32Array;
  readonly last: Int32Array;
  /** Mention indices ordered by first token. */
  readonly order: readonly number[];
  readonly entities: ReadonlyMap<string, Entity>;
}

export function indexMentions(tokens: TokenTable, mentions: readonly Mention[], entities: readonly Entity[]): MentionIndex {
  const first = new Int32Array(mentions.length);
  const last = new Int32Array(mentions.length);
  mentions.forEach((m, i) => {
    first[i] = tokenAtOrAfter(tokens, m.start);
    last[i] = Math.max(first[i], tokenAtOrAfter(tokens, m.end) - 1);
  });
  const order = mentions.map((_, i) => i).sort((a, b) => first[a] - first[b] || last[b] - last[a]);
  return { mentions, first, last, order, entities: new Map(entities.map((e) => [e.id, e])) };
}

/** Position in `ix.order` of the first mention that starts at or after token `from`. */
export function orderFrom(ix: MentionIndex, from: number): number {
  return partitionPoint(ix.order.length, (p) => ix.first[ix.order[p]] < from);
}

/** Mention indices whose tokens all lie in [from, to). */
export function mentionsIn(ix: MentionIndex, from: number, to: number): number[] {
  const out: number[] = [];
  // From the sentence's first mention on, not the document's: every sentence asks.
  for (let p = orderFrom(ix, from); p < ix.order.length; p++) {
    const m = ix.order[p];
    if (ix.first[m] >= to) break;
    if (ix.last[m] < to) out.push(m);
  }
  return out;
}

/** Whether mention m, or its entity, is coded. */
export const hasActor = (ix: MentionIndex, m: number): boolean => Boolean(ix.mentions[m].actor ?? ix.entities.get(ix.mentions[m].entity)?.actor);

/**
 * The mentions of [from, to) that stand for parties: one per noun phrase. A mention inside another is dropped
 * ("Irish" in "Irish nationalist guerrillas", "US" in "Three US servicemen") unless the outer one has no actor
 * and the inner one has: then the outer is dropped instead.
 */
export function partyMentions(ix: MentionIndex, from: number, to: number): number[] {
  const all = mentionsIn(ix, from, to);
  const inside = (a: number, b: number): boolean => a !== b && ix.first[b] <= ix.first[a] && ix.last[a] <= ix.last[b] && ix.last[b] - ix.first[b] > ix.last[a] - ix.first[a];
  const drop = new Set<number>();
  for (const inner of all) {
    for (const outer of all) {
      if (!inside(inner, outer)) continue;
      // "his inspectors" are not "he": a possessive pronoun never stands for its phrase
      if (hasActor(ix, outer) || !hasActor(ix, inner) || ix.mentions[inner].form === 'pronoun') drop.add(inner);
      else drop.add(outer);
    }
  }
  return all.filter((m) => !drop.has(m));
}

export function participantOf(ix: MentionIndex, m: number): EventParticipant {
  const mention = ix.mentions[m];
  const actor = mention.actor ?? ix.entities.get(mention.entity)?.actor;
  const span = { start: mention.start, end: mention.end, text: mention.text };
  return actor ? { span, entity: mention.entity || null, actor } : { span, entity: mention.entity || null };
}

/** Entity key of a mention for "is this the same party?" checks. */
export function entityKey(ix: MentionIndex, m: number): string {
  return ix.mentions[m].entity || `m${m}`;
}

/** Mentions that overlap the source span of an attribution ("officials" in ", officials said"). */
export function sourceMentions(ix: MentionIndex, sources: ReadonlyArray<{ start: number; end: number } | null>): Set<number> {
  const out = new Set<number>();
  const { mentions } = ix;
  // Mentions by start offset: a source then scans only those that start close enough before it to reach it
  // (no mention is longer than the longest), rather than every mention of the document for every source.
  // The mentions stage writes them in text order already; sorted only when they are not.
  const byStart = new Int32Array(mentions.length);
  let longest = 0;
  let ordered = true;
  for (let i = 0; i < mentions.length; i++) {
    byStart[i] = i;
    longest = Math.max(longest, mentions[i].end - mentions[i].start);
    if (i > 0 && mentions[i].start < mentions[i - 1].start) ordered = false;
  }
  if (!ordered) byStart.sort((a, b) => mentions[a].start - mentions[b].start);
  for (const src of sources) {
    if (!src) continue;
    const reach = src.start - longest;
    for (let k = partitionPoint(byStart.length, (p) => mentions[byStart[p]].start <= reach); k < byStart.length; k++) {
      const m = mentions[byStart[k]];
      if (m.start >= src.end) break;
      if (src.start < m.end) out.add(byStart[k]);
    }
  }
  return out;
}

/**
 * The parties a plural pronoun also stands for ("They rejected …" after "Qatar and Egypt"; mentions layer
 * `coEntities`), each as its last naming mention before the pronoun, so its span is where the text names it.
 */
export function groupMentions(ix: MentionIndex, m: number): number[] {
  const co = ix.mentions[m].coEntities;
  if (!co) return [];
  return co.flatMap((id) => {
    const named = (ix.entities.get(id)?.mentions ?? []).filter((k) => ix.mentions[k].form !== 'pronoun' && ix.first[k] < ix.first[m]);
    return named.length ? [named[named.length - 1]] : [];
  });
}
