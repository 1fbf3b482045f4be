import type { Span } from '../../doc/span.ts';
import type { RawAttribution } from './extract.ts';
import { subjectNotSource } from './sourceless.ts';

/** How far back (characters) a linking comma or conjunction may stand before the cue. */
const MAX_LINK_CHARS = 24;
/**
 * ", dismissing", "but insists", "and later warned", "while also arguing": the cue continues the clause before.
 * The comma may close a quotation first: `… told reporters, "We will not retreat," adding that …`.
 */
const LINKED = /(?:,(?:''|["”’])?|\b(?:and|but|while|yet)\b)\s*(?:[a-z]+ly\s+|also\s+|later\s+)?$/;

/**
 * A cue with no source of its own that continues a clause whose attribution has one shares that source:
 * "Moscow rejected such plans, dismissing them as …" and "Moscow maintains …, but insists …" are both Moscow's.
 * The taggers see one cue at a time and leave the second source empty; the subject of a participle or of a
 * coordinated verb is the subject of the clause it hangs on, so the earlier source is carried over.
 */
export function inheritSources(text: string, sentences: readonly Span[], found: readonly RawAttribution[]): RawAttribution[] {
  const out: RawAttribution[] = [];
  for (const a of found) {
    const previous = out[out.length - 1];
    // "X rejected the plan and was accused of …": a passive's subject is not its source, shared or not
    if (a.source || !previous?.source || !sameSentence(sentences, previous.cue.start, a.cue.start) || previous.cue.end > a.cue.start || subjectNotSource(a.cue, null)) {
      out.push(a);
      continue;
    }
    const before = text.slice(Math.max(0, a.cue.start - MAX_LINK_CHARS), a.cue.start);
    out.push(LINKED.test(before) ? { ...a, source: previous.source } : a);
  }
  return out;
}

function sameSentence(sentences: readonly Span[], x: number, y: number): boolean {
  const s = sentences.find((span) => span.start <= x && x < span.end);
  return s !== undefined && y < s.end;
}
