import type { Candidate } from './candidate.ts';
import type { TokenCues } from './cues.ts';
import { isPossessive } from './possessors.ts';
import { sentenceStart } from '../../doc/tokens.ts';

/** Words that may join the conjuncts of a coordinated subject: "Qatar and Egypt", "Mexico, Qatar and Egypt". */
const JOINERS = new Set([',', 'and']);

/** Mention types that can act together and be taken up as "they": not "Russian" (NORP). */
const PARTY_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'COLLECTIVE']);

/**
 * The coordinated subject a plural pronoun takes up: in "Qatar and Egypt said they would keep mediating" or
 * "Qatar and Egypt called for a truce. They said …", "they" is both countries, not whichever one (or an
 * earlier "the ministry") salience would pick. Returns the conjuncts in text order, or undefined.
 *
 * The coordination must be a subject of the pronoun's sentence or of the sentence before it (an object list
 * is rarely taken up: "Lavrov met Wang and Blinken. They …" is ambiguous), and no plural mention may stand
 * between it and the pronoun ("Qatar and Egypt urged the militias to disarm, but they refused"), but for the
 * topic going on from one sentence to the next (below).
 */
export function coordinatedAntecedent(c: TokenCues, m: Candidate, mentions: readonly Candidate[]): Candidate[] | undefined {
  const t = c.tokens;
  const here = t.sentence[m.start];
  // A subject opening its sentence (or its reporting clause: `"We will not," they said`) goes on with the subject
  // that opened the sentence before, over some plurals inside it: in "Hamas and Islamic Jihad said they would accept
  // it only if Israeli forces pulled back. They accused …" over one in a subordinate clause; and when that subject
  // was itself "they" for the list (the list stays the topic), over an object too: "They urged both sides to talk.
  // 'We will not let this truce collapse,' they said". After a list named in full, an object takes over: "Qatar and
  // Egypt urged the militias to disarm. They refused."
  const at = mentions.indexOf(m);
  const parallel = m.subject && firstMentionOfSentence(c, mentions, at);
  let passed: 'none' | 'subordinate' | 'object' = 'none';
  const opensBefore = (k: number) => parallel && t.sentence[mentions[k].start] < here && firstMentionOfSentence(c, mentions, k);
  for (let k = at - 1; k >= 0; k--) {
    const x = mentions[k];
    if (x.end > m.start) continue; // "Their envoys", holding the pronoun
    if (insideAnother(mentions, k)) continue; // "Russia" in "Russia's government": the phrase is the party
    if (here - t.sentence[x.start] > 1) return undefined;
    // "they" again after a "they" or "the two mediators" that took up the coordination: the same group
    if (x.plural && x.coReferents) {
      if (passed === 'none' || opensBefore(k)) return [x, ...x.coReferents];
      continue;
    }
    // any other pronoun is no evidence: it may be unresolved yet, or the group's own ("their lowest level")
    if (x.form === 'pronoun') continue;
    const list = PARTY_TYPES.has(x.type) ? conjunctsEndingAt(c, mentions, k) : undefined;
    if (list) {
      if (!isSubject(c, list) || otherPluralSubject(c, Math.max(x.end, sentenceStart(t, m.start)), m.start)) return undefined;
      return passed === 'none' || (passed === 'subordinate' && opensBefore(mentions.indexOf(list[0]))) ? list : undefined;
    }
    // "Mali and Burkina Faso, also ruled by soldiers, backed Niamey. Their governments …": an aside on the list
    if (x.plural && asideOnList(c, mentions, k)) continue;
    if (x.plural) {
      if (!parallel || t.sentence[x.start] === here) return undefined;
      if (passed !== 'object') passed = subordinate(c, x) ? 'subordinate' : 'object';
    }
  }
  return undefined;
}

/** The most tokens an aside set off by commas after a list may hold. */
const MAX_ASIDE_TOKENS = 8;

/** Whether mention k stands in a short aside set off by commas right after a subject list: "Mali and Burkina Faso, also ruled by soldiers, backed …". */
function asideOnList(c: TokenCues, mentions: readonly Candidate[], k: number): boolean {
  const t = c.tokens;
  const x = mentions[k];
  let open = x.start - 1;
  while (open >= 0 && t.words[open] !== ',' && t.sentence[open] === t.sentence[x.start]) open--;
  let close = x.end;
  while (close < t.length && t.words[close] !== ',' && t.sentence[close] === t.sentence[x.start]) close++;
  if (open < 0 || t.words[open] !== ',' || t.words[close] !== ',' || close - open - 1 > MAX_ASIDE_TOKENS) return false;
  const j = mentions.findIndex((y) => y.end === open);
  const list = j >= 0 ? conjunctsEndingAt(c, mentions, j) : undefined;
  return !!list && isSubject(c, list);
}

const SUBORDINATORS = new Set(['that', 'if', 'unless', 'because', 'when', 'while', 'after', 'before', 'until', 'since', 'although', 'whether']);

/** Whether a subordinating word stands before x in its sentence: "… said that they would accept it only if [Israeli forces] pulled back". */
function subordinate(c: TokenCues, x: Candidate): boolean {
  for (let i = x.start - 1; i >= 0 && c.tokens.sentence[i] === c.tokens.sentence[x.start]; i--) if (SUBORDINATORS.has(c.tokens.lower[i])) return true;
  return false;
}

/** Whether mentions[k] lies inside a longer mention just before it in the list (a nominal's possessor or modifier). */
function insideAnother(mentions: readonly Candidate[], k: number): boolean {
  const x = mentions[k];
  for (let j = k - 1; j >= 0 && mentions[j].start >= x.start - NESTING_REACH; j--) {
    const y = mentions[j];
    if (y.start <= x.start && y.end >= x.end && y.end - y.start > x.end - x.start) return true;
  }
  return false;
}

/** How many tokens before a nested mention its outer mention may start ("the Kremlin's own Security Council"). */
const NESTING_REACH = 4;

/** Whether no mention of its sentence (after its dateline, and outside a quotation it is not in) comes before mentions[k]. */
function firstMentionOfSentence(c: TokenCues, mentions: readonly Candidate[], k: number): boolean {
  const m = mentions[k];
  const s = c.tokens.sentence[m.start];
  // mentions are in text order, nested ones after the phrase that holds them: only those before k can come first
  for (let j = k - 1; j >= 0 && c.tokens.sentence[mentions[j].start] === s; j--) {
    const x = mentions[j];
    if (x.start < m.start && !c.dateline[x.start] && (m.inQuote || !x.inQuote)) return false;
  }
  return true;
}

/**
 * The list a plural description counted like it takes up: "the two mediators", "both countries", "all three
 * governments" after "Qatar and Egypt" (or a list of three); not "the mediators", which may be others. Countries or
 * people may be "mediators", but "the two ministries" after "Lavrov and Wang" are not the two men. Only a subject
 * ("the two mediators said", "…, with both sides saying"): in "They urged both sides to talk" the sides are others.
 */
export function descriptionAntecedent(c: TokenCues, m: Candidate, mentions: readonly Candidate[]): Candidate[] | undefined {
  if (m.form !== 'nominal' || !m.plural || !countsLikeList(c, m)) return undefined;
  const list = coordinatedAntecedent(c, m, mentions);
  if (!list || (m.type !== 'PERSON' && list.some((x) => x.type === 'PERSON'))) return undefined;
  return m.subject || absoluteSubject(c, m) ? list : undefined;
}

const COUNTS = new Set(['two', 'three', 'four']);

function countsLikeList(c: TokenCues, m: Candidate): boolean {
  // the mention may start at the determiner or after it: "[the two mediators]", "the [two mediators]"
  const first = c.tokens.lower[m.start] === 'the' || c.tokens.lower[m.start] === 'all' ? m.start + 1 : m.start;
  const [before, word] = [c.tokens.lower[first - 1], c.tokens.lower[first]];
  return word === 'both' || ((before === 'the' || before === 'all') && COUNTS.has(word));
}

/** "with both sides saying …": the subject of a participle after "with", which the position marker reads as an object. */
const absoluteSubject = (c: TokenCues, m: Candidate): boolean => c.tokens.lower[m.start - 1] === 'with' && /ing$/.test(c.tokens.lower[m.end] ?? '');

/** "Qatar and Egypt said": the first conjunct opens its clause's subject (not "talks between Qatar and Egypt") and the last is no possessor ("Qatar and Egypt's envoys"). */
function isSubject(c: TokenCues, list: readonly Candidate[]): boolean {
  return list[0].subject && !isPossessive(c.tokens.lower[list[list.length - 1].end]);
}

/**
 * A plural noun no mention covers, with its verb, between the coordination and the pronoun in the pronoun's
 * sentence: in "… because international dignitaries wanted to meet his son and express their support" "their" is
 * the dignitaries'. A sentence before does not count: "…, saying aid deliveries had fallen. They urged …".
 */
function otherPluralSubject(c: TokenCues, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    const verb = c.pos(i + 1);
    if (c.pos(i) === 'NOUN' && PLURAL_NOUN.test(c.tokens.lower[i]) && (verb === 'VERB' || verb === 'AUX')) return true;
  }
  return false;
}

/** "dignitaries", "talks", "officials"; not "press" or "congress". */
const PLURAL_NOUN = /[^su]s$/;

/** The coordination whose last conjunct is mentions[k] ("Mexico, Qatar and Egypt"), when there is one. */
function conjunctsEndingAt(c: TokenCues, mentions: readonly Candidate[], k: number): Candidate[] | undefined {
  const list = [mentions[k]];
  let sawAnd = false;
  // where the first conjunct's phrase starts: at its possessor in "the Commission and [China's] Ministry of Commerce"
  let from = mentions[k].start;
  for (let j = k - 1; j >= 0; j--) {
    const a = mentions[j];
    if (a.end > from) continue; // nested in the conjunct ("China" in "China's envoys" when that is one mention)
    if (a.form === 'pronoun' || !PARTY_TYPES.has(a.type) || from - a.end < 1 || from - a.end > MAX_JOINER_TOKENS) break;
    if (from - a.end === 1 && c.tokens.lower[a.end] === "'s") {
      from = a.start;
      continue;
    }
    // ", ", " and ", ", and " and their article: "the School District and the Police Department"
    let joined = false;
    let other = false;
    for (let i = a.end; i < from; i++) {
      const w = c.tokens.lower[i];
      if (JOINERS.has(w)) joined = true;
      else if (w !== 'the') other = true;
      if (w === 'and') sawAnd = true;
    }
    // a list ends in "and": "Mexico, Qatar and Egypt"; in "Between the State and Homeland Security Departments, the girls
    // were granted …" the comma closes an opener
    if (!joined || other || (!sawAnd && list.length === 1)) break;
    list.unshift(a);
    from = a.start;
  }
  return list.length >= 2 && sawAnd ? list : undefined;
}

/** The most tokens between two conjuncts: ", and the". */
const MAX_JOINER_TOKENS = 3;
