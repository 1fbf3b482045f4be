import { afterDateline } from '../../doc/dateline.ts';
import { posIndex, type TokenTable } from '../../doc/tokens.ts';
import { WEEKDAYS } from '../../knowledge/calendar.ts';
import type { Segment } from './tags.ts';

/**
 * Words the role tagger sometimes sweeps into a source that annotators leave out (PolNeAR train: 12 of 18,359
 * gold sources start with a subordinator; 115 are followed straight away by a time adjunct they exclude):
 * - a subordinator before it: "[while] 73 percent said", "[how] experts say";
 * - a dateline before it: "[BRUSSELS -] European leaders agreed";
 * - a time adjunct after its head: "Wells Fargo [just this month] announced", "who [in 2010] said".
 * A time inside a modifier stays: "a poll released Monday", "voters going to the polls Tuesday", and so do
 * "Today" and "Yesterday" written with a capital, which are names ("a reporter for USA Today").
 *
 * And a comma at the end follows the annotators' rule (PolNeAR train: 763 of 831 sources before their cue
 * that hold an apposition keep the comma that closes it, and 70 of 100 after it; no source without one ends in a
 * comma): "Ana Ruiz, the mayor[,] said" keeps it, "said Ana Ruiz[,] who …" and "Ana Ruiz[,] however, said" do not.
 */
const SUBORDINATORS = new Set(['while', 'how', 'as', 'because', 'if', 'although', 'though', 'whether', 'when', 'since']);
const DAYS = new Set([...WEEKDAYS, 'yesterday', 'today']);
const NAMED_DAY = /^(?:Today|Yesterday)$/;
const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter']);
const DEICTIC = new Set(['this', 'last', 'next']);
const VERB = posIndex('VERB');

export function trimSource(text: string, tokens: TokenTable, s: Segment, cue: Segment): Segment {
  let first = s.first;
  let last = s.last;
  if (last > first && SUBORDINATORS.has(tokens.lower[first])) first++;
  first = afterDateline(text, tokens, first, last);
  first = withLimiter(tokens, first);
  const kept = last - trailingTime(tokens, first, last);
  if (kept >= first && tokens.pos[kept] !== VERB && !relativeVerbBefore(tokens, first, kept)) last = kept;
  last = closingComma(tokens, first, finishRelative(tokens, first, last, cue), cue);
  last = beforeAdjunct(tokens, first, last);
  if (first < cue.first) last = beforeInnerRelative(tokens, first, last);
  else last = beforeClause(tokens, first, last);
  return first === s.first && last === s.last ? s : { ...s, first, last };
}

/**
 * A source before its cue ends with its apposition, before a "which" clause about a body the apposition names:
 * "Michael Mulgrew, president of the United Federation of Teachers, [which represents New York City educators,] said"
 * (PolNeAR dev source F1 +0.11, train-300 +0.02). A "who" clause after an apposition is kept: annotators split on it.
 */
function beforeInnerRelative(tokens: TokenTable, first: number, last: number): number {
  let commas = 0;
  for (let k = first + 1; k < last; k++) {
    if (tokens.words[k] !== ',') continue;
    commas++;
    if (commas >= 2 && tokens.lower[k + 1] === 'which') return k;
  }
  return last;
}

const CLAUSE_OPENERS = new Set(['and', 'but', 'because', 'so']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * A source after its cue ends before a comma that opens a clause of its own: "according to Yahoo News, [Clinton
 * spokesman Jesse Lehrich] said" (the source runs up to a verb), "according to the budget office, [and the top 10
 * percent paid …]" (a conjunction and a verb) or "said John Archer, [wearing a Canova T-shirt]" (a participle). An
 * apposition stays, verbs inside it too ("said Lily Batchelder, a former tax aide now teaching at New York
 * University"), and so do a relative clause ("…, a chief of staff whom Mr. Obama recruited") and a coordinated name
 * ("according to Craig Bryan, head of the center, and other scientists").
 */
function beforeClause(tokens: TokenTable, first: number, last: number): number {
  const verbAt = (k: number) => k < tokens.length && tokens.pos[k] === VERB;
  const relativeIn = (from: number) => {
    for (let j = from; j <= last; j++) if (RELATIVES.has(tokens.lower[j])) return true;
    return false;
  };
  // "according to Yahoo News, Clinton spokesman Jesse Lehrich | said": the clause's subject follows the last comma
  if (verbAt(last + 1) && tokens.words[last] !== ',') {
    let k = last - 1;
    while (k > first && tokens.words[k] !== ',') k--;
    if (k > first && /\p{L}/u.test(tokens.words[k + 1]) && !relativeIn(k + 1)) return k - 1;
  }
  for (let k = first + 1; k < last; k++) {
    if (tokens.words[k] !== ',' || relativeIn(k + 1)) continue;
    if (verbAt(k + 1)) return k - 1;
    if (CLAUSE_OPENERS.has(tokens.lower[k + 1])) for (let j = k + 2; j <= last; j++) if (verbAt(j)) return k - 1;
  }
  return last;
}

/** Words that limit a source's number and belong to it: "[Only] a quarter of voters", "[Not] everyone", "[Both] envoys". */
const LIMITERS = new Set(['only', 'not', 'both', 'nearly', 'almost', 'about']);

/**
 * A source takes in a limiting word right before it that opens its clause (PolNeAR train: 15 gold sources start with
 * "only" against 5 after it, "both" 58 against 2, "nearly" 12 against 0), but not "about" as a preposition
 * ("talked about voters who say") nor "even" (8 against 29).
 */
function withLimiter(tokens: TokenTable, first: number): number {
  const k = first - 1;
  if (k < 0 || !LIMITERS.has(tokens.lower[k]) || tokens.sentence[k] !== tokens.sentence[first]) return first;
  return k === 0 || tokens.sentence[k - 1] !== tokens.sentence[k] || !/\p{L}/u.test(tokens.words[k - 1]) ? k : first;
}

/** Prepositions that open an adjunct of the cue after an inverted source: "…, at a press briefing", "…, in a statement". */
const ADJUNCT_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'via', 'through']);

/**
 * A source ends before an adjunct of its cue set off by a comma: in `"…," said Jens Laerke, a spokesman for OCHA, at a
 * regular press briefing in Geneva` the briefing is where he said it, as "in a statement" is in "Corey Lewandowski, in
 * a statement released by the campaign, said". An apposition ("…, a spokesman for OCHA") opens with a noun phrase and
 * stays. (Before the cue too: PolNeAR dev source +0.05, train-300 +0.01.)
 */
function beforeAdjunct(tokens: TokenTable, first: number, last: number): number {
  for (let k = first + 1; k < last; k++) if (tokens.words[k] === ',' && ADJUNCT_PREPOSITIONS.has(tokens.lower[k + 1])) return k - 1;
  return last;
}

/** How many words a source cut inside its relative clause may be short of the clause's closing comma. */
const MAX_RELATIVE_TAIL = 4;

/**
 * A source the tagger cut inside its relative clause runs on to the comma that closes it before the cue: "Zelensky,
 * who visited Capitol Hill [last week]," said. Only over a few words with no verb among them.
 */
function finishRelative(tokens: TokenTable, first: number, last: number, cue: Segment): number {
  if (cue.first <= last + 1 || tokens.words[cue.first - 1] !== ',' || cue.first - 1 - last > MAX_RELATIVE_TAIL + 1) return last;
  if (!relativeVerbBefore(tokens, first, last)) return last;
  for (let k = last + 1; k < cue.first - 1; k++) if (tokens.pos[k] === VERB || tokens.words[k] === ',') return last;
  return cue.first - 1;
}

/** How many tokens at the end of [first, last] are a time adjunct: "this month", "just this month", "in 2010", "on Monday". */
function trailingTime(tokens: TokenTable, first: number, last: number): number {
  const w = (k: number) => (k >= first ? tokens.lower[k] : '');
  let n = 0;
  if (DAYS.has(w(last)) && !NAMED_DAY.test(tokens.words[last])) n = 1;
  else if (PERIODS.has(w(last)) && DEICTIC.has(w(last - 1))) n = 2;
  else if (/^(?:19|20)\d\d$/.test(w(last)) && w(last - 1) === 'in') return 2;
  if (n === 0) return 0;
  if (w(last - n) === 'on' || w(last - n) === 'just' || w(last - n) === 'earlier') n++;
  return n;
}

/** Whether a relative clause with its verb runs up to `end`: in "Zelensky, who visited Capitol Hill last week," the time is the clause's. */
function relativeVerbBefore(tokens: TokenTable, first: number, end: number): boolean {
  let relative = false;
  for (let k = first; k <= end; k++) {
    if (tokens.lower[k] === 'who' || tokens.lower[k] === 'which') relative = true;
    else if (relative && tokens.pos[k] === VERB) return true;
  }
  return false;
}

/** The last token of [first, last] with the comma that closes an apposition before the cue, and no other. */
function closingComma(tokens: TokenTable, first: number, last: number, cue: Segment): number {
  let inner = false;
  for (let k = first; k < last; k++) if (tokens.words[k] === ',') inner = true;
  if (tokens.words[last] === ',') return inner ? last : last - 1;
  if (!inner || tokens.words[last + 1] !== ',') return last;
  if (last + 2 === cue.first) return last + 1;
  // after the cue too (PolNeAR train: 70 such sources keep it, 30 do not), unless a participle or relative clause
  // follows: "said Ana Ruiz, the mayor[,] …", "according to Ana Ruiz, the mayor[,] …", but "…, who"
  const next = last + 2;
  if (first < cue.first || next >= tokens.length) return last;
  return tokens.pos[next] !== VERB && !RELATIVES.has(tokens.lower[next]) ? last + 1 : last;
}
