import type { Mention } from '../../doc/layers.ts';
import { makeSpan, type Span } from '../../doc/span.ts';
import type { RawAttribution } from './extract.ts';

/** Words that may stand between a subject and its cue: "Trump has repeatedly said", "he did not deny". */
const BETWEEN = /^(?:\s+|\b(?:has|have|had|was|were|is|are|will|would|could|may|might|should|must|did|does|do|also|not|never|then|later|again|already|still|previously|repeatedly|publicly|privately|reportedly|quickly|recently|often|once|first|now|n't)\b)*$/i;
/** A name after one of these is the object of a preposition, not the subject: "in a letter to Trump, … said". */
const PREPOSITION = /\b(?:of|to|for|with|by|from|in|on|at|about|against|than|as)\s+$/i;

/**
 * A cue the taggers gave no source takes the subject standing right before it: "Trump declared …", "Hillary
 * Clinton, asking …" stays empty (a comma is no subject position), "he also warned" → he. Only a mention the
 * mentions stage found, ending within the cue's sentence and joined to the cue by auxiliaries and adverbs.
 */
export function subjectSources(text: string, sentences: readonly Span[], mentions: readonly Mention[], found: readonly RawAttribution[]): RawAttribution[] {
  return found.map((a) => {
    if (a.source) return a;
    const sentence = sentences.find((s) => s.start <= a.cue.start && a.cue.start < s.end);
    if (!sentence) return a;
    let best: Mention | undefined;
    for (const m of mentions) {
      if (m.end > a.cue.start || m.start < sentence.start || m.type === 'NORP') continue;
      if (!best || m.end > best.end || (m.end === best.end && m.start < best.start)) best = m;
    }
    if (!best || !BETWEEN.test(text.slice(best.end, a.cue.start)) || PREPOSITION.test(text.slice(sentence.start, best.start))) return a;
    return { ...a, source: makeSpan(text, best.start, best.end) };
  });
}
