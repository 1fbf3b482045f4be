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
}

const MARKERS = new Set(['that', ':', ',', '"']);

/** How many tokens may separate a quotation's mark from its cue for the two to count as touching. */
const QUOTE_TOUCH = 4;
const BUCKETS = ['0', '1', '2', '3', '4', '4', '4', '7', '7', '7', '7', '7', '7'];

export function cueRelativeAtoms(
  ctx: AttributionContext,
  cue: Segment,
  otherCues: readonly Segment[],
  first: number,
  end: number,
): CueRelativeAtoms {
  const { tokens, quotes, paragraphOf } = ctx;
  const n = tokens.length;
  const column = () => new Array<string>(n);
  const out: CueRelativeAtoms = {
    relation: column(), distance: column(), cueWord: column(), cueClass: column(), otherCue: column(), quoteRelation: column(),
    marker: column(),
  };
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
  return out;
}
