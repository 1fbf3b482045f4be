import { posIndex } from '../../doc/tokens.ts';
import { CONJUNCTIONS } from './atoms.ts';
import { CUE_CLASSES, type AttributionContext } from './context.ts';
import type { Segment } from './tags.ts';

/** Where each token of a window stands relative to one cue: the conditioning of the role tagger. */
export interface CueRelativeAtoms {
  /** "c" in the cue; "b"/"a" before/after it in its sentence; "pb"/"na" earlier/later sentence; "np" next paragraph. */
  readonly relation: string[];
  /** Token distance to the nearest edge of the cue, bucketed. */
  readonly distance: string[];
  /** The cue's lexicon lemma ("say" for "has said") or its last word; the same for every token. */
  readonly cueWord: string[];
  readonly cueClass: string[];
  /** "y" when another cue stands between the token and this one ("said X, adding that Y": Y is not this cue's). */
  readonly otherCue: string[];
  /** For quoted tokens: "adj" when the quotation touches the cue, "in" when the cue is inside it, else "far". */
  readonly quoteRelation: string[];
  /**
   * After the cue in its sentence: the last of "that", ":", "," or an opening mark met since the cue
   * ("said Friday that hackers…" → "that" from "that" on), so content can start at the marker.
   */
  readonly marker: string[];
  /**
   * Commas between the cue and the token in its sentence, "0"…"3" (3 or more), "-" elsewhere: in
   * "said the deal, which was signed in May, would fail" the second comma does not end the content.
   */
  readonly commas: string[];
  /**
   * What lies between the cue and the token in its sentence: "c" a cue-lexicon word, "v" another verb, "n"
   * neither, "-" elsewhere — "said the talks failed and warned that…": "that…" belongs to "warned".
   */
  readonly between: string[];
  /** "j" on "and"/"but"/"or" right after a comma, "k" on the word after it ("…, and the army will…"), else "-". */
  readonly conjunction: string[];
  /**
   * Tokens since the marker after the cue: "0" on "that"/":"/the opening mark, "1" on the first word of the
   * reported clause, "2", "3" for 3 or more, "-" with no marker — content starts at "1", not at the object
   * in "told reporters that …".
   */
  readonly sinceMarker: string[];
  /**
   * Between the cue and a "that"/":" later in its sentence: "y" ("told reporters [on Friday] that"), the
   * tokens before the reported clause, rarely content; "n" after the cue with no such marker ahead; "-" elsewhere.
   */
  readonly markerAhead: string[];
  /**
   * How the cue sits in its sentence, the same for every token: "q" between two quotations ("“A,” he said,
   * “B.”"), "c" between two commas ("Hawaii, as an adviser pointed out, rarely…"), "n" otherwise. Content
   * then lies on both sides of the cue.
   */
  readonly inset: string[];
}

const MARKERS = new Set(['that', ':', ',', '"']);
/** Markers that open a reported clause (a comma mostly does not: "said on Monday, after the talks, that…"). */
const OPENERS = new Set(['that', ':', '"', '“']);
const VERB = posIndex('VERB');
const AUX = posIndex('AUX');
const COMMA_BUCKETS = ['0', '1', '2', '3'];

/** How many tokens may separate a quotation's mark from its cue for the two to count as touching. */
const QUOTE_TOUCH = 4;
const BUCKETS = ['0', '1', '2', '3', '4', '4', '4', '7', '7', '7', '7', '7', '7'];

/** Columns for `n` document tokens, to be filled by `cueRelativeAtoms`. */
export function emptyRelativeAtoms(n: number): CueRelativeAtoms {
  const column = () => new Array<string>(n);
  return {
    relation: column(), distance: column(), cueWord: column(), cueClass: column(), otherCue: column(), quoteRelation: column(),
    marker: column(), commas: column(), between: column(), conjunction: column(), sinceMarker: column(), markerAhead: column(),
    inset: column(),
  };
}

/**
 * The atoms of window [first, end) relative to `cue`, indexed by document token. Every column is written
 * over the whole window and nowhere else, so a caller featurising cue after cue can pass the same `out`.
 */
export function cueRelativeAtoms(
  ctx: AttributionContext,
  cue: Segment,
  otherCues: readonly Segment[],
  first: number,
  end: number,
  out: CueRelativeAtoms = emptyRelativeAtoms(ctx.tokens.length),
): CueRelativeAtoms {
  const { tokens, quotes, paragraphOf } = ctx;
  let marker = '-';
  let lemma: string | undefined;
  let cls = 0;
  for (let i = cue.first; i <= cue.last && !lemma; i++) {
    lemma = ctx.cueLemma[i];
    cls = ctx.cueClass[i];
  }
  const word = (lemma ?? tokens.lower[cue.last]).replaceAll('|', '¦');
  const sentenceFirst = tokens.sentence[cue.first];
  const sentenceLast = tokens.sentence[cue.last];
  const cueRegion = quotes.region[cue.first];
  const between = new Uint8Array(end - first);
  for (const other of otherCues) {
    if (other === cue) continue;
    if (other.first > cue.last) for (let i = other.first; i < end; i++) if (i >= first) between[i - first] = 1;
    if (other.last < cue.first) for (let i = first; i <= other.last; i++) between[i - first] = 1;
  }
  for (let i = first; i < end; i++) {
    const s = tokens.sentence[i];
    out.relation[i] =
      i >= cue.first && i <= cue.last ? 'c'
      : paragraphOf[i] > paragraphOf[cue.last] ? 'np'
      : s < sentenceFirst ? 'pb'
      : s > sentenceLast ? 'na'
      : i < cue.first ? 'b' : 'a';
    const d = i < cue.first ? cue.first - i : i > cue.last ? i - cue.last : 0;
    out.distance[i] = d < BUCKETS.length ? BUCKETS[d] : d < 25 ? '13' : '25';
    if (out.relation[i] === 'a' && MARKERS.has(tokens.lower[i])) marker = tokens.lower[i];
    out.marker[i] = out.relation[i] === 'a' ? marker : '-';
    out.cueWord[i] = word;
    out.cueClass[i] = CUE_CLASSES[cls];
    out.otherCue[i] = between[i - first] ? 'y' : 'n';
    const r = quotes.region[i];
    if (r < 0) out.quoteRelation[i] = '-';
    else if (r === cueRegion) out.quoteRelation[i] = 'in';
    else {
      const q = quotes.regions[r];
      const touches = (q.close < cue.first && cue.first - q.close <= QUOTE_TOUCH) || (q.open > cue.last && q.open - cue.last <= QUOTE_TOUCH);
      out.quoteRelation[i] = touches ? 'adj' : 'far';
    }
  }
  fillClauseAtoms(ctx, cue, first, end, out);
  out.inset.fill(insetOf(ctx, cue), first, end);
  return out;
}

/** How far a comma or quotation may stand from the cue for `inset` (the source and a date lie between). */
const INSET_REACH = 6;

/** "q", "c" or "n" for the cue: see `CueRelativeAtoms.inset`. */
function insetOf(ctx: AttributionContext, cue: Segment): string {
  const { tokens, quotes } = ctx;
  const sentence = tokens.sentence[cue.first];
  let quoteBefore = false;
  let commaBefore = false;
  for (let i = cue.first - 1; i >= 0 && cue.first - i <= INSET_REACH && tokens.sentence[i] === sentence; i--) {
    const r = quotes.region[i];
    if (r >= 0 && quotes.regions[r].close === i && quotes.region[cue.first] !== r) quoteBefore = true;
    if (tokens.lower[i] === ',' && i > 0 && tokens.sentence[i - 1] === sentence) commaBefore = true;
  }
  let quoteAfter = false;
  let commaAfter = false;
  for (let i = cue.last + 1; i < tokens.length && i - cue.last <= INSET_REACH && ctx.paragraphOf[i] === ctx.paragraphOf[cue.last]; i++) {
    const r = quotes.region[i];
    if (r >= 0 && quotes.regions[r].open === i && quotes.region[cue.last] !== r) { quoteAfter = true; break; }
    if (tokens.sentence[i] !== sentence) break;
    if (tokens.lower[i] === ',') commaAfter = true;
  }
  return quoteBefore && quoteAfter ? 'q' : commaBefore && commaAfter ? 'c' : 'n';
}

/**
 * The clause-structure atoms (commas, verbs between, conjunctions, marker distance) of window [first, end):
 * walks out from the cue to each side within its sentence, counting as it goes.
 */
function fillClauseAtoms(ctx: AttributionContext, cue: Segment, first: number, end: number, out: CueRelativeAtoms): void {
  const { tokens, cueClass } = ctx;
  const lower = tokens.lower;
  for (let i = first; i < end; i++) {
    out.commas[i] = '-';
    out.between[i] = '-';
    out.sinceMarker[i] = '-';
    out.markerAhead[i] = '-';
    const j = CONJUNCTIONS.has(lower[i]) && i > first && lower[i - 1] === ',';
    const k = i - 1 > first && CONJUNCTIONS.has(lower[i - 1]) && lower[i - 2] === ',';
    out.conjunction[i] = j ? 'j' : k ? 'k' : '-';
  }
  for (let i = cue.first; i <= cue.last; i++) {
    out.commas[i] = '0';
    out.between[i] = 'n';
  }
  const sentence = tokens.sentence[cue.last];
  let commas = 0;
  let between = 'n';
  let since = -1;
  let sentenceEnd = cue.last + 1;
  for (let i = cue.last + 1; i < end && tokens.sentence[i] === sentence; i++, sentenceEnd = i) {
    out.commas[i] = COMMA_BUCKETS[Math.min(commas, 3)];
    out.between[i] = between;
    if (since < 0 && OPENERS.has(lower[i])) since = 0;
    out.sinceMarker[i] = since < 0 ? '-' : String(Math.min(since, 3));
    if (since >= 0) since++;
    if (lower[i] === ',') commas++;
    if (cueClass[i]) between = 'c';
    else if (between === 'n' && (tokens.pos[i] === VERB || tokens.pos[i] === AUX)) between = 'v';
  }
  let ahead = 'n';
  for (let i = sentenceEnd - 1; i > cue.last; i--) {
    out.markerAhead[i] = ahead;
    if (lower[i] === 'that' || lower[i] === ':') ahead = 'y';
  }
  commas = 0;
  between = 'n';
  const before = tokens.sentence[cue.first];
  for (let i = cue.first - 1; i >= first && tokens.sentence[i] === before; i--) {
    out.commas[i] = COMMA_BUCKETS[Math.min(commas, 3)];
    out.between[i] = between;
    if (lower[i] === ',') commas++;
    if (cueClass[i]) between = 'c';
    else if (between === 'n' && (tokens.pos[i] === VERB || tokens.pos[i] === AUX)) between = 'v';
  }
}
