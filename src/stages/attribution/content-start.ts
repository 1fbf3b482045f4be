import { posIndex, sentenceEnd } from '../../doc/tokens.ts';
import type { AttributionContext } from './context.ts';
import type { Segment } from './tags.ts';

const ADP = posIndex('ADP');
const PUNCT = posIndex('PUNCT');
const VERB = posIndex('VERB');
const AUX = posIndex('AUX');
/** A participle modifies the noun before it ("reporters travelling with him", "a report seen by Reuters"); no finite verb. */
const NOUN_MODIFIER_PARTICIPLE = /(?:ing|ed)$|^(?:seen|given|written|shown|made|sent|broadcast|held|known|taken|heard|led)$/;

/** Speech verbs whose first object is the hearer: "told reporters the site was hit", "assured allies that…". */
const HEARER_FIRST = new Set(['tell', 'assure', 'inform', 'remind', 'brief']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
/** Plural hearers written without a determiner: "told reporters", "assured investors". */
const HEARERS = new Set(['reporters', 'journalists', 'lawmakers', 'legislators', 'senators', 'supporters', 'delegates', 'investors', 'voters', 'allies', 'colleagues', 'officials', 'diplomats', 'parliament', 'congress', 'residents', 'students', 'troops', 'donors', 'viewers', 'listeners', 'readers']);
/** How many words of a time or place adjunct may stand between the hearer and "that": "told reporters on Friday that". */
const MAX_ADJUNCT = 4;

/**
 * What was told, without whom it was told to: in `told reporters the site was damaged` and `assured the BBC that
 * talks would go on` the content is the clause, not the hearer (PolNeAR never includes the hearer in a content that
 * follows its cue). Only when the content starts right after the cue and goes on past the hearer.
 */
export function withoutHearer(ctx: AttributionContext, cue: Segment, contents: readonly Segment[]): Segment[] {
  const head = contents[0];
  if (!head || head.first !== cue.last + 1 || !HEARER_FIRST.has(ctx.cueLemma[cue.last] ?? '')) return [...contents];
  const end = hearerEnd(ctx, head.first);
  if (end < 0 || end > head.last) return [...contents];
  // "told reporters on Friday that …", "told reporters travelling with him that …": what stands before "that" goes
  // with the cue's verb or the hearer
  const { lower, words, pos } = ctx.tokens;
  const that = thatAhead(ctx, end + 1, Math.min(head.last, end + MAX_ADJUNCT + 1));
  const from = that >= 0 ? that : end + 1;
  // Left as tagged: a participle after the hearer with no "that" to follow, or a possessive ("told CNN's Jake
  // Tapper"), where the hearer ends is unclear; "told him to leave" is an order whose content keeps its addressee.
  if (from > head.last || pos[from] === PUNCT || lower[from] === 'to' || /^['’]/.test(words[from])) return [...contents];
  if (from === end + 1 && pos[from] === VERB) return [...contents];
  return [{ ...head, first: from }, ...contents.slice(1)];
}

/** The last token of the hearer starting at token i, or -1 when none starts there. */
function hearerEnd(ctx: AttributionContext, i: number): number {
  const { lower, words } = ctx.tokens;
  if (OBJECT_PRONOUNS.has(lower[i]) || HEARERS.has(lower[i])) return i;
  // "the BBC", "The Washington Post", "Reuters", "Fox News": a capitalised name, with "the" before it or not
  let k = lower[i] === 'the' ? i + 1 : i;
  if (!/^\p{Lu}/u.test(words[k] ?? '')) return -1;
  while (/^\p{Lu}/u.test(words[k + 1] ?? '')) k++;
  return k;
}

/** How far into a content its "that" may stand when the content began inside the cue's adjunct. */
const MAX_ADJUNCT_TAIL = 12;

/**
 * A content that begins inside the adjunct after its cue starts at the "that" that ends the adjunct: in `said in a
 * report seen by Reuters that Iran had …` and `said in an interview with the state broadcaster that talks …` the
 * tagger may start at "report" or "the state broadcaster". Only when the words from the cue to "that" hold no finite
 * verb and the first of them is a preposition.
 */
export function withoutAdjunct(ctx: AttributionContext, cue: Segment, contents: readonly Segment[]): Segment[] {
  const head = contents[0];
  if (!head || head.first <= cue.last + 1 || ctx.tokens.pos[cue.last + 1] !== ADP) return [...contents];
  const that = thatAhead(ctx, cue.last + 1, Math.min(head.last, head.first + MAX_ADJUNCT_TAIL));
  return that > head.first && that < head.last ? [{ ...head, first: that }, ...contents.slice(1)] : [...contents];
}

/** The first "that" in tokens [from, to], or -1 when punctuation or a finite verb comes before it (a clause began). */
function thatAhead(ctx: AttributionContext, from: number, to: number): number {
  const { lower, words, pos } = ctx.tokens;
  for (let k = from; k <= to; k++) {
    if (lower[k] === 'that') return k;
    if (pos[k] === PUNCT || ((pos[k] === VERB || pos[k] === AUX) && !NOUN_MODIFIER_PARTICIPLE.test(words[k]))) return -1;
  }
  return -1;
}

/** Words that open a noun phrase: a content starting right after one began inside that phrase. */
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our']);

/**
 * A content does not start inside a noun phrase: in `told reporters the law would force …` the tagger may start
 * at "law", and the determiner before it joins the content.
 */
export function withDeterminer(ctx: AttributionContext, cue: Segment, contents: readonly Segment[]): Segment[] {
  const head = contents[0];
  const before = head ? head.first - 1 : -1;
  if (!head || before < 0 || (before >= cue.first && before <= cue.last) || !PHRASE_OPENERS.has(ctx.tokens.lower[before])) return [...contents];
  if (ctx.tokens.sentence[before] !== ctx.tokens.sentence[head.first]) return [...contents];
  return [{ ...head, first: before }, ...contents.slice(1)];
}

/** Nouns whose "that" clause says what was reported: "denied reports in Western media that Moscow had …". */
const REPORT_NOUNS = new Set(['reports', 'report', 'claims', 'claim', 'allegations', 'allegation', 'accusations', 'suggestions', 'rumours', 'rumors', 'speculation', 'assertions', 'charges']);

/**
 * A content that stops at a report noun runs on over its "that" clause: in `Peskov denied reports in Western media
 * that Moscow had dropped its demand` the tagger may stop at "reports" when an adjunct comes between. The clause
 * runs to the end of the sentence.
 */
export function withNounClause(ctx: AttributionContext, contents: readonly Segment[]): Segment[] {
  const last = contents.at(-1);
  const { lower, sentence, pos } = ctx.tokens;
  if (!last || !REPORT_NOUNS.has(lower[last.last])) return [...contents];
  const end = sentenceEnd(ctx.tokens, last.last);
  const that = thatAhead(ctx, last.last + 1, Math.min(end - 1, last.last + MAX_ADJUNCT + 1));
  if (that < 0 || sentence[that] !== sentence[last.last]) return [...contents];
  let stop = end - 1;
  while (stop > that && pos[stop] === PUNCT && ctx.quotes.region[stop] < 0) stop--;
  return stop > that ? [...contents.slice(0, -1), { ...last, last: stop }] : [...contents];
}
