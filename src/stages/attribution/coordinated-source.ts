import type { Mention } from '../../doc/layers.ts';
import { makeSpan, within, type Span } from '../../doc/span.ts';
import type { RawAttribution } from './extract.ts';
import { bodyStart } from '../../doc/dateline.ts';
import { PREPOSITION, joinedToCue, sourceSpan } from './subject-source.ts';

/**
 * A source that is one conjunct of a coordinated subject takes in the others, as PolNeAR marks it (train: 99 such
 * sources before their cue): "Jeb Bush and [Chris Christie] say", "[Mexico], Qatar and Egypt have called for",
 * "[The New York Times] and the Gannett chain argued". A conjunct must be a mention; before the source, the first
 * step back is over "and" (a bare comma there is an opener: "In Lima, Ana Ruiz said"), none is the object of a
 * preposition ("talks between Qatar and Egypt"), and the first opens its clause: in "Kasich has won a state and Cruz
 * suggested …" the state is an object.
 */
export function coordinatedSources(text: string, sentences: readonly Span[], mentions: readonly Mention[], found: readonly RawAttribution[]): RawAttribution[] {
  return found.map((a) => {
    const source = a.source;
    if (!source || source.end > a.cue.start || RELATIVE.test(source.text)) return a;
    // most sources stand alone: look for a list only next to an "and" or a comma
    if (!/(?:\band|,)\s*$/i.test(text.slice(Math.max(0, source.start - 6), source.start)) && !/^\s+and\s/i.test(text.slice(source.end, source.end + 6))) return a;
    const sentence = sentences.find((s) => s.start <= source.start && source.start < s.end);
    if (!sentence) return a;
    let start = source.start;
    // a bare comma links a conjunct only in a list that has its "and" already: "Mexico, [Qatar and Egypt]"
    for (let first = !/\band\b/i.test(source.text); ; first = false) {
      const before = conjunctBefore(text, sentence, mentions, start, first);
      if (!before) break;
      start = sourceSpan(text, before).start;
    }
    if (!CLAUSE_OPENS.test(text.slice(sentence.start, start))) start = source.start;
    let end = source.end;
    const after = mentions.find((m) => m.start > end && m.end <= a.cue.start && /^\s+and\s+(?:the\s+)?$/i.test(text.slice(end, m.start)));
    // joined to the cue ("Qatar and Egypt have called for"), or opening the sentence the cue hangs on ("Qatar and
    // Egypt urged a truce on Monday, saying …"), where no possessive makes the pair a modifier ("Qatar and Egypt's")
    const opensSentence = (m: Mention) => text.slice(bodyStart(text, sentence), source.start).trim() === '' && !/^['’]s\b/.test(text.slice(m.end, m.end + 2));
    if (after && (joinedToCue(text.slice(after.end, a.cue.start), a.cue.text) || opensSentence(after))) end = after.end;
    if (start === source.start && end === source.end) return a;
    // the tagger may have read the other conjuncts as content: "[China and] Russia support the government"
    const content = a.content.filter((piece) => piece.end <= start || piece.start >= end);
    return { ...a, source: makeSpan(text, start, end), content: content.length ? content : a.content };
  });
}

/** "who" and "which" stand for their antecedent alone: "Osama bin Laden and [who] hoped" is no list. */
const RELATIVE = /^(?:who|which|that)$/i;
/** What may stand before a clause's subject: nothing, a comma, colon or dash, or a conjunction ("Both", "But"). */
const CLAUSE_OPENS = /(?:^\s*|[,;:—–(]\s*|\b(?:both|but|and|yet|so|while|as)\s+)$/i;

/** The mention joined to `start` by "and" (or, after one, by a list comma), not a preposition's object. */
function conjunctBefore(text: string, sentence: Span, mentions: readonly Mention[], start: number, first: boolean): Mention | undefined {
  const link = first ? /^\s+and\s+$/i : /^(?:,\s*|,?\s+and\s+)$/i;
  let best: Mention | undefined;
  for (const m of mentions) {
    if (m.start < sentence.start || m.end > start || !link.test(text.slice(m.end, start))) continue;
    if (!best || m.start < best.start) best = m;
  }
  if (!best || PREPOSITION.test(text.slice(sentence.start, best.start))) return undefined;
  return best;
}

/** Where a list splits: a comma (perhaps before "and") or "and", outside any mention ("Procter and Gamble" is one). */
const LIST_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/g;
const AND_SEPARATOR = /,?\s+and\s+/g;

/**
 * The parts of a coordinated source, each naming one party, in order: "Qatar and Egypt", "Mexico, Qatar and Egypt",
 * "Russian Foreign Minister Sergey Lavrov and his Chinese counterpart Wang Yi". A list needs an "and"; its parts split
 * at commas too when each holds a mention, else at "and" alone ("Ana Ruiz, the mayor, and Li Wei" keeps the
 * apposition in its part). Null when the source is no list: a part without a mention ("the Ministry of Trade and
 * Industry") or no "and" outside a mention.
 */
export function conjunctsOf(source: Span, mentions: readonly Mention[]): Span[] | null {
  if (!/\band\b/.test(source.text)) return null;
  const inside = mentions.filter((m) => within(m, source));
  for (const separator of [LIST_SEPARATOR, AND_SEPARATOR]) {
    const parts = split(source, inside, separator);
    if (parts.length >= 2 && parts.every((p) => inside.some((m) => m.type !== 'NORP' && within(m, p)))) return parts;
  }
  return null;
}

/** "Ministry of Trade and Industry", "Organization for Security and Co-operation": an "and" inside a name's "of" phrase. */
const namePart = (text: string, at: number, length: number): boolean =>
  /\b(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u.test(text.slice(0, at)) && /^\p{Lu}/u.test(text.slice(at + length));

/**
 * The parts between the separators outside any mention; none (no list) when no "and" separates two of them, or a
 * part is a relative clause ("Egypt's Ministry of Trade and Industry, which oversees the Rafah crossing,").
 */
function split(source: Span, inside: readonly Mention[], separator: RegExp): Span[] {
  const parts: Span[] = [];
  let from = 0;
  let joined = false;
  const part = (start: number, end: number) => ({ start: source.start + start, end: source.start + end, text: source.text.slice(start, end) });
  for (const m of source.text.matchAll(separator)) {
    const at = source.start + m.index;
    if (m.index === 0 || inside.some((x) => x.start < at + m[0].length && at < x.end) || namePart(source.text, m.index, m[0].length)) continue;
    parts.push(part(from, m.index));
    from = m.index + m[0].length;
    joined ||= /\band\b/.test(m[0]);
  }
  const rest = source.text.slice(from).replace(/[\s,]+$/, '');
  if (rest) parts.push(part(from, from + rest.length));
  return joined && !parts.some((p) => /^(?:who|which|whose)\b/i.test(p.text)) ? parts : [];
}
