import { posOf, type TokenTable } from '../../doc/tokens.ts';

/**
 * How a clause hangs on what precedes it. The kind decides whether a clause without a subject of its own
 * borrows the one before it ("Police opened fire, killing one person": the killers are the police) and
 * whether a governing verb reaches into it ("threatened to break off relations", "warned that … would").
 */
export type ClauseKind =
  | 'main'
  | 'complement' // "… said that …", "… warned that …"
  | 'infinitive' // "… threatened to …"
  | 'participial' // "…, killing one person"
  | 'coordinate' // "… and rejected …"
  | 'relative' // "…, which …", "… who …"
  | 'condition' // "if …", "unless …", "provided …"
  | 'contrast' // "… but Kyiv insists …"
  | 'resumed' // "Western nations attempting to deploy troops [would face …]": the outer clause goes on after an infinitive
  | 'adverbial' // "after …", "because …", "while …"
  | 'other'; // after ; : — ( or a quote mark

export interface Clauses {
  /** Clause index of each token in [from, to), at position token - from. */
  readonly of: Int32Array;
  readonly starts: readonly number[];
  readonly kinds: readonly ClauseKind[];
}

const OPENERS: Record<string, ClauseKind> = {
  if: 'condition', unless: 'condition',
  which: 'relative', who: 'relative', whom: 'relative', whose: 'relative', where: 'relative',
  because: 'adverbial', although: 'adverbial', though: 'adverbial', while: 'adverbial', whereas: 'adverbial', whether: 'adverbial',
  but: 'contrast', yet: 'contrast',
};
const SCONJ_OPENERS: Record<string, ClauseKind> = { that: 'complement', after: 'adverbial', before: 'adverbial', since: 'adverbial', until: 'adverbial', when: 'adverbial', as: 'adverbial', once: 'adverbial' };
// Asked for every token of a sentence with a trigger: a Map look-up, cheaper than `in`, which also searches the prototype chain.
const OPENER_KINDS = new Map(Object.entries(OPENERS));
const SCONJ_OPENER_KINDS = new Map(Object.entries(SCONJ_OPENERS));
// Parentheses are not here: "(APEC)" and "(ILO)" sit inside the subject's noun phrase.
const HARD_BREAKS = new Set([';', ':', '—', '–', '"', '--']);
/** -ing words that work as prepositions: "…, including China" continues the clause. */
const PREPOSITIONAL_ING = new Set(['including', 'according', 'excluding', 'regarding', 'concerning', 'following', 'notwithstanding']);

export const FINITE_MODALS: ReadonlySet<string> = new Set(['would', 'will', 'must', 'should', 'could', 'can', 'may', 'might', 'shall']);
const SCARE_QUOTE_MAX = 5;

/** A quote mark around a few words with no verb ("would be considered “legitimate targets” by Moscow") marks a phrase, not a quotation. */
function isScareQuote(tokens: TokenTable, i: number): boolean {
  for (const dir of [1, -1]) {
    for (let j = i + dir, n = 0; j >= 0 && j < tokens.length && n <= SCARE_QUOTE_MAX; j += dir, n++) {
      if (tokens.sentence[j] !== tokens.sentence[i]) break;
      if (tokens.lower[j] === '"') {
        if (n > 0) return true;
        break;
      }
      const tag = posOf(tokens, j);
      if (tag === 'VERB' || tag === 'AUX' || (tag === 'PUNCT' && tokens.lower[j] !== '-')) break;
    }
  }
  return false;
}

/** The next word, past adverbs, is a verb ("but insists", "but repeatedly refuses"). */
function verbNext(tokens: TokenTable, i: number): boolean {
  let j = i + 1;
  while (j < tokens.length && tokens.sentence[j] === tokens.sentence[i] && posOf(tokens, j) === 'ADV') j++;
  if (j >= tokens.length || tokens.sentence[j] !== tokens.sentence[i]) return false;
  const tag = posOf(tokens, j);
  return tag === 'VERB' || tag === 'AUX';
}

/** A cheap clause split of one sentence from function words and punctuation (no parser). */
export function splitClauses(tokens: TokenTable, from: number, to: number): Clauses {
  const of = new Int32Array(Math.max(0, to - from));
  const starts: number[] = [from];
  // "If Moscow attacks Warsaw, NATO will respond": a sentence may open with a condition
  const kinds: ClauseKind[] = [from < to && OPENER_KINDS.get(tokens.lower[from]) === 'condition' ? 'condition' : 'main'];
  for (let i = from; i < to; i++) {
    const kind = i > from ? openerAt(tokens, i, from, kinds[kinds.length - 1]) : null;
    if (kind) {
      starts.push(i);
      kinds.push(kind);
    }
    of[i - from] = starts.length - 1;
  }
  return { of, starts, kinds };
}

const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** Not "as": "as street battles raged in Baghdad" still places the event it accompanies. */
const TIME_PREPOSITIONS = new Set(['after', 'before', 'since', 'until']);

/**
 * "… imposed in Sudan after a June 30 coup toppled the government": the tagger reads "after" as a preposition,
 * but a noun phrase and a verb after it make a clause of their own ("after talks with Kyiv" does not).
 */
function subjectAndVerbAfter(tokens: TokenTable, i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 7 && tokens.sentence[j] === tokens.sentence[i]; j++) {
    const tag = posOf(tokens, j);
    if (NOUN_PHRASE.has(tag) || tokens.lower[j] === "'s") continue;
    return (tag === 'VERB' || tag === 'AUX') && j > i + 1 && NOUN_PHRASE.has(posOf(tokens, j - 1)) && !/(?:ing)$/.test(tokens.lower[j]);
  }
  return false;
}

function openerAt(tokens: TokenTable, i: number, from: number, current: ClauseKind): ClauseKind | null {
  const w = tokens.lower[i];
  const tag = posOf(tokens, i);
  const prev = tokens.lower[i - 1];
  const next = posOf(tokens, i + 1 < tokens.length ? i + 1 : i);
  if (HARD_BREAKS.has(w) && !(w === '"' && isScareQuote(tokens, i))) return 'other';
  // "… but insists they must …": a contrast with no subject of its own shares the first conjunct's subject
  if ((w === 'but' || w === 'yet') && verbNext(tokens, i)) return 'coordinate';
  const opener = OPENER_KINDS.get(w);
  if (opener) return opener;
  // a finite modal cannot belong to a "to …" clause: "Western nations attempting to deploy troops would face …"
  if (current === 'infinitive' && FINITE_MODALS.has(w) && prev !== 'to') return 'resumed';
  // "…, provided (that) …" is a condition; "the EU provided aid" is a verb
  if ((w === 'provided' || w === 'providing') && (prev === ',' || tokens.lower[i + 1] === 'that')) return 'condition';
  const sconj = SCONJ_OPENER_KINDS.get(w);
  if (sconj && (tag === 'SCONJ' || (w === 'that' && (next === 'PROPN' || next === 'PRON' || next === 'DET')))) return sconj;
  if (TIME_PREPOSITIONS.has(w) && tag === 'ADP' && subjectAndVerbAfter(tokens, i)) return 'adverbial';
  if (w === 'to' && (next === 'VERB' || next === 'AUX')) return 'infinitive';
  if (prev === ',' && tag === 'VERB' && w.endsWith('ing') && !PREPOSITIONAL_ING.has(w)) return 'participial';
  if ((w === 'and' || w === 'or') && (next === 'VERB' || next === 'AUX') && i > from) return 'coordinate';
  if (prev === ',' && (tag === 'VERB' || tag === 'AUX') && !PREPOSITIONAL_ING.has(w)) return 'coordinate';
  // the comma after a fronted if-clause starts the main clause: "If Moscow attacks, NATO will respond"
  if (prev === ',' && current === 'condition') return 'main';
  return null;
}

const REPORTING = new Set(['said', 'says', 'told', 'reported', 'announced', 'added', 'according', 'stated', 'claimed', 'quoted']);

/**
 * Where a trailing source clause starts (", the White House announced Tuesday", ", according to …"), or `to`:
 * the parties of an event stop there. A comma followed within six words by a reporting verb, no other verb between.
 */
export function reportingTail(tokens: TokenTable, from: number, to: number): number {
  let verbBefore = false;
  for (let i = from + 1; i < to; i++) {
    if (posOf(tokens, i - 1) === 'VERB' || posOf(tokens, i - 1) === 'AUX') verbBefore = true;
    // "In an interview this weekend, President Bouteflika said he …": words with no verb before the comma are a
    // fronted phrase, not a report, so what follows is the sentence itself
    if (tokens.lower[i] !== ',' || !verbBefore) continue;
    for (let j = i + 1; j < to && j <= i + 7; j++) {
      if (REPORTING.has(tokens.lower[j])) return i;
      if (posOf(tokens, j) === 'VERB' || tokens.lower[j] === ',') break;
    }
  }
  return to;
}

/** Kinds whose clause has no subject of its own and borrows the one before it. */
export const BORROWS_SUBJECT: ReadonlySet<ClauseKind> = new Set(['infinitive', 'participial', 'coordinate', 'relative', 'resumed']);
/** Kinds a governing verb reaches into ("threatened to …", "demanded that …"). */
export const GOVERNED: ReadonlySet<ClauseKind> = new Set(['infinitive', 'complement', 'resumed']);
