import { posOf, type TokenTable } from '../../doc/tokens.ts';
import { BORROWS_SUBJECT, type Clauses } from './clauses.ts';
import { entityKey, hasActor, orderFrom, type MentionIndex } from './mention-index.ts';
import { MONTHS, WEEKDAYS } from '../../knowledge/calendar.ts';

/** What a participant search needs: the sentence's tokens, clauses and mentions. */
export interface SentenceView {
  readonly tokens: TokenTable;
  readonly from: number;
  readonly to: number;
  readonly clauses: Clauses;
  readonly ix: MentionIndex;
  /** Mention indices in the sentence, in text order. */
  readonly mentions: readonly number[];
  /** First token of a trailing source clause (", officials said"), or `to`. */
  readonly tail: number;
  /** Mentions that are the source of an attribution ("officials" in ", officials said"): never a recipient. */
  readonly sources: ReadonlySet<number>;
}

/** Prepositions after which a name is not a subject ("the court of Israel", "talks in Geneva"). */
const NOT_SUBJECT_AFTER = new Set([
  'of', 'in', 'at', 'from', 'with', 'for', 'to', 'by', 'on', 'near', 'against', 'about', 'over', 'into', 'than', 'between', 'among',
  'alongside', 'beside', 'behind', 'under', 'within', 'without', 'through', 'across', 'inside', 'outside', 'toward', 'towards', 'including',
]);
/** Prepositions that introduce a place rather than the party acted on. */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'along', 'around', 'throughout']);
const AGENT_AFTER = 'by';
const OWN = /^(its|their|his|her|our)\s/i;
const REPORTING_STOP = new Set(['according', 'said', 'says', 'told', 'reported', 'announced']);

/** Day and month names are never parties, whatever a mention tagger makes of "Thursday". */
const DATE_NAMES = new Set([...WEEKDAYS, ...MONTHS]);
export const isDateName = (v: SentenceView, m: number): boolean => DATE_NAMES.has(v.ix.mentions[m].text.toLowerCase());

const clauseOf = (v: SentenceView, token: number): number => v.clauses.of[token - v.from];
/**
 * The word before a mention's noun phrase, over articles and adjectives: "of" in "cartoons of the Prophet", "in"
 * in "in the occupied West Bank", so that a name inside a prepositional phrase is never taken for a subject.
 */
const before = (v: SentenceView, m: number): string => {
  let k = v.ix.first[m] - 1;
  while (k > v.from && (ARTICLES.has(v.tokens.lower[k]) || modifier(v, k))) k--;
  return k >= v.from ? v.tokens.lower[k] : '';
};
const ARTICLES = new Set(['the', 'a', 'an']);
/** A lower-case adjective, or a participle after an article ("the occupied", "the besieged"). */
const modifier = (v: SentenceView, k: number): boolean =>
  v.tokens.words[k] === v.tokens.lower[k] &&
  (posOf(v.tokens, k) === 'ADJ' || (posOf(v.tokens, k) === 'VERB' && /(?:ed|ing)$/.test(v.tokens.lower[k]) && ARTICLES.has(v.tokens.lower[k - 1])));

/**
 * The subject of the verb at `head`: the nearest mention to its left in the same clause that is not the object of
 * a preposition ("Israel's high court opened" → "high court"; "the Association of African Jurists investigated" →
 * the association). A clause without one borrows from the clause it hangs on ("…, killing one person"); with
 * `crossAll` any clause boundary is crossed (the main clause of "X said that Y must …"). Never left of `floor`.
 */
export function subjectOf(v: SentenceView, head: number, floor = v.from, crossAll = false): number {
  let clause = clauseOf(v, Math.max(head, v.from));
  let limit = head;
  for (;;) {
    const start = Math.max(v.clauses.starts[clause], floor);
    let fallback = -1;
    const apposed = appositionHead(v, limit, start);
    if (apposed >= 0) return apposed;
    for (let k = v.mentions.length - 1; k >= 0; k--) {
      const m = v.mentions[k];
      if (v.ix.last[m] >= limit || v.ix.first[m] < start || isDateName(v, m)) continue;
      if (!NOT_SUBJECT_AFTER.has(before(v, m))) return memberOf(v, quantifiedBy(v, m));
      if (fallback < 0) fallback = m;
    }
    if (fallback >= 0) return fallback;
    if (clause === 0 || (start <= floor && floor > v.from)) return -1;
    if (!crossAll && !BORROWS_SUBJECT.has(v.clauses.kinds[clause])) return -1;
    clause -= 1;
    // borrow the subject of the clause before, not its nearest name: in "Jawara will visit Mauritania and Senegal
    // to mediate", the mediator is Jawara
    limit = lastVerb(v, v.clauses.starts[clause], start);
  }
}

/**
 * "Salaheddine Sidhoum, Algeria's leading rights activist, staged …": when the verb follows a comma that closes
 * an apposition, the subject is the mention just before the opening comma.
 */
function appositionHead(v: SentenceView, head: number, start: number): number {
  let j = head - 1;
  while (j > start && (posOf(v.tokens, j) === 'ADV' || posOf(v.tokens, j) === 'AUX' || v.tokens.lower[j] === 'not')) j--;
  if (v.tokens.lower[j] !== ',') return -1;
  for (let k = j - 1; k > start && k >= j - 12; k--) {
    if (v.tokens.lower[k] !== ',') continue;
    for (const m of v.mentions) if (v.ix.last[m] === k - 1 && v.ix.first[m] >= start && !NOT_SUBJECT_AFTER.has(before(v, m))) return m;
    return -1;
  }
  return -1;
}

const QUANTITY_HEADS = new Set(['group', 'groups', 'number', 'thousands', 'hundreds', 'dozens', 'millions', 'some', 'most', 'many', 'few', 'all', 'members', 'majority', 'delegation', 'team', 'patch', 'contingent', 'band']);

/** "A group of Chechen refugees", "thousands of Iraqi Kurds": the party is the one the quantity counts. */
function quantifiedBy(v: SentenceView, m: number): number {
  const words = v.ix.mentions[m].text.toLowerCase().split(/\s+/);
  if (!QUANTITY_HEADS.has(words[words.length - 1]) || v.tokens.lower[v.ix.last[m] + 1] !== 'of') return m;
  const next = v.mentions.find((n) => v.ix.first[n] > v.ix.last[m] + 1 && v.ix.first[n] <= v.ix.last[m] + 3);
  return next ?? m;
}

/**
 * "expelled inspectors of the International Atomic Energy Agency", "officials of the Health Ministry": people the
 * actor base cannot code act for the body they belong to, named just after "of". A coded head keeps its own code.
 */
function memberOf(v: SentenceView, m: number): number {
  if (hasActor(v.ix, m) || v.tokens.lower[v.ix.last[m] + 1] !== 'of') return m;
  // right after "of", over an article only: not "accused the Commission of ignoring its security"
  const at = v.ix.last[m] + 2;
  const body = v.mentions.find((n) => v.ix.first[n] === at || (v.ix.first[n] === at + 1 && ARTICLES.has(v.tokens.lower[at])));
  return body !== undefined && hasActor(v.ix, body) && v.ix.mentions[body].form !== 'pronoun' ? body : m;
}

/**
 * The verb a borrowing clause hangs on: the last one of the clause before that has a party to its left ("Lavrov
 * said Western nations trying to deploy troops would …" → "trying"), else its first verb.
 */
function lastVerb(v: SentenceView, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    if (posOf(v.tokens, i) !== 'VERB' && posOf(v.tokens, i) !== 'AUX') continue;
    if (v.mentions.some((m) => v.ix.last[m] === i - 1 && v.ix.first[m] >= from)) return i;
  }
  return firstVerb(v, from, to);
}

function firstVerb(v: SentenceView, from: number, to: number): number {
  for (let i = from; i < to; i++) if (posOf(v.tokens, i) === 'VERB' || posOf(v.tokens, i) === 'AUX') return i;
  return to;
}

/** A passive verb: a form of "be"/"get" just before a past participle ("was killed", "has been accused"). */
export function isPassive(tokens: TokenTable, head: number, from: number): boolean {
  const w = tokens.lower[head];
  if (!/(ed|en|wn|t)$/.test(w)) return false;
  for (let i = head - 1; i >= from && i >= head - 3; i--) {
    const l = tokens.lower[i];
    if (/^(was|were|been|being|be|is|are|got|get|gets)$/.test(l)) return true;
    if (posOf(tokens, i) !== 'ADV' && posOf(tokens, i) !== 'AUX' && l !== 'not') return false;
  }
  return false;
}

/**
 * A reduced relative: a past participle right after a noun or a comma and right before "by" ("a proposal backed by
 * Zelenskiy", "a plan, endorsed by Warsaw"). Not after a name or pronoun: "Kyiv backed by …" is rare, "Kyiv backed" common.
 */
export function isReducedRelative(tokens: TokenTable, last: number, from: number, to: number): boolean {
  if (last <= from || last + 1 >= to || tokens.lower[last + 1] !== 'by') return false;
  if (!/(ed|en|wn|t)$/.test(tokens.lower[last])) return false;
  const left = posOf(tokens, last - 1);
  return left === 'NOUN' || tokens.lower[last - 1] === ',';
}

/** The "by X" agent of a passive, after the trigger in its clause. */
export function agentAfter(v: SentenceView, last: number, to: number): number {
  for (const m of v.mentions) {
    if (v.ix.first[m] <= last || v.ix.first[m] >= to) continue;
    if (before(v, m) === AGENT_AFTER) return phraseHead(v, m);
  }
  return -1;
}

/**
 * The last mention of the noun phrase m starts, joined by title words only: in "Ukrainian President Vladimir
 * Zelenskiy" the party is Zelenskiy, not the demonym before his title.
 */
export function phraseHead(v: SentenceView, m: number): number {
  let at = v.mentions.indexOf(m);
  while (at + 1 < v.mentions.length) {
    const next = v.mentions[at + 1];
    const gap = v.ix.first[next] - v.ix.last[v.mentions[at]] - 1;
    if (gap < 0 || gap > 2) break;
    let titles = true;
    for (let i = v.ix.last[v.mentions[at]] + 1; i < v.ix.first[next]; i++) if (posOf(v.tokens, i) !== 'NOUN' && posOf(v.tokens, i) !== 'PROPN') titles = false;
    if (!titles || (gap === 0 && v.tokens.words[v.ix.first[next]] === v.tokens.lower[v.ix.first[next]])) break;
    at++;
  }
  return v.mentions[at];
}

/**
 * The party acted on: the first mention after the trigger up to `to`, skipping the actor itself, passive agents and
 * places; a place is returned only when nothing else is found ("lifted a curfew in Montenegro").
 */
export function objectAfter(
  v: SentenceView, last: number, to: number, exclude: ReadonlySet<string>, passive = false, only?: ReadonlySet<string>,
): { object: number; place: number } {
  let place = -1;
  let placeEnd = -1;
  let agentEnd = -1;
  const end = Math.min(to, v.tail);
  for (const m of v.mentions) {
    const first = v.ix.first[m];
    if (first <= last) continue;
    if (first >= end) break;
    if (REPORTING_STOP.has(v.tokens.lower[first - 1] ?? '')) break;
    if (possessedBy(v, m) >= 0) continue; // "against the party's leader Mahmoud Abbas": the leader is the party
    if (exclude.has(entityKey(v.ix, m)) || v.sources.has(m) || isDateName(v, m)) continue;
    if (OWN.test(v.ix.mentions[m].text)) continue; // "offered its troops": the actor's own, not the party acted on
    const possessor = v.mentions.find((p) => possessedBy(v, p) === m);
    const prep = before(v, possessor ?? m);
    // a place is noted whatever party is asked for: "remained on alert in the West Bank" has no other
    if (only && !only.has(prep)) {
      if (place < 0 && PLACE_PREPOSITIONS.has(prep) && v.ix.mentions[m].type === 'GPE') place = m;
      continue;
    }
    // "by X" is the agent of a passive; after a noun it names an author: "rejected calls by Belarus's rulers"
    if (passive && prep === AGENT_AFTER) continue;
    // "…, a proposal backed by Poland": the agent of a participle is no party to the verb before it
    if (prep === AGENT_AFTER && isReducedRelative(v.tokens, first - 2, v.from, v.to)) {
      agentEnd = v.ix.last[phraseHead(v, m)];
      continue;
    }
    if (first <= agentEnd) continue; // the rest of that agent's phrase: "by Ukrainian President Vladimir Zelenskiy"
    // "bases in Poland and Romania": a place's conjunct is a place too
    const listedPlace = placeEnd >= 0 && first - placeEnd <= 2 && (prep === 'and' || prep === ',');
    if ((PLACE_PREPOSITIONS.has(prep) || listedPlace) && v.ix.mentions[m].type === 'GPE') {
      if (place < 0) place = m;
      placeEnd = v.ix.last[m];
      continue;
    }
    return { object: memberOf(v, m), place };
  }
  return { object: -1, place };
}

/**
 * First and last token of the noun phrase m stands for: those of an enclosing mention when there is one, as when
 * "Israeli" stands for "an Israeli peace movement" (partyMentions keeps the inner mention that has an actor).
 */
function phraseBounds(v: SentenceView, m: number): [number, number] {
  const { ix } = v;
  let first = ix.first[m];
  let last = ix.last[m];
  // Only the sentence's mentions that start no later than m can hold it: walked in start order, not the whole document.
  for (let p = orderFrom(ix, v.from); p < ix.order.length; p++) {
    const k = ix.order[p];
    if (ix.first[k] > ix.first[m]) break;
    if (ix.last[k] < ix.last[m] || ix.last[k] >= v.to) continue;
    first = Math.min(first, ix.first[k]);
    last = Math.max(last, ix.last[k]);
  }
  return [first, last];
}

/**
 * The mention a possessor determines: "Mahmoud Abbas" in "the party's leader Mahmoud Abbas", "Lavrov" in
 * "Russia's top diplomat Lavrov"; only nouns and adjectives between. -1 when m possesses no mention.
 */
function possessedBy(v: SentenceView, m: number): number {
  const after = v.ix.last[m] + 1;
  if (v.tokens.lower[after] !== "'s") return -1;
  const head = v.mentions.find((n) => v.ix.first[n] > after && v.ix.first[n] <= after + 4);
  if (head === undefined) return -1;
  for (let i = after + 1; i < v.ix.first[head]; i++) if (!/^(NOUN|ADJ|PROPN)$/.test(posOf(v.tokens, i))) return -1;
  return head;
}

/**
 * Mentions joined to m by "and" or a list comma on one side ("France and Germany", "the US, Britain and France").
 * A run of commas with no "and" is an apposition ("Salaheddine Sidhoum, Algeria's leading activist"), not a list,
 * unless it runs over three or more places.
 */
export function conjoined(v: SentenceView, m: number, direction: -1 | 1): number[] {
  const out: number[] = [];
  let at = v.mentions.indexOf(m);
  // "Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov": the list joins phrases, so the
  // search left starts before "Bulgarian", which only opens Zhivkov's phrase.
  while (direction < 0 && at > 0 && phraseHead(v, v.mentions[at - 1]) === m) at--;
  // "Laurent Fabius and a group of deputies held talks": the list joins "a group", which only counts the deputies
  if (direction < 0 && at > 0 && quantifiedBy(v, v.mentions[at - 1]) === m) at--;
  let current = v.mentions[at];
  let sawAnd = false;
  for (let k = at + direction; k >= 0 && k < v.mentions.length; k += direction) {
    const next = v.mentions[k];
    const [a, b] = direction < 0 ? [next, current] : [current, next];
    const between = v.tokens.lower.slice(phraseBounds(v, a)[1] + 1, phraseBounds(v, b)[0]).filter((w) => w !== 'the');
    if (between.length !== 1 || !(between[0] === 'and' || between[0] === ',' || between[0] === '&') || isDateName(v, next)) break;
    if (between[0] !== ',') sawAnd = true;
    out.push(next);
    current = next;
  }
  if (sawAnd) return out;
  // "to Iran, Libya, North Korea, Sudan, and with strings attached, Cuba": three or more places in a comma run are a list
  const places = [m, ...out].every((x) => v.ix.mentions[x].type === 'GPE');
  return places && out.length >= 2 ? out : [];
}
