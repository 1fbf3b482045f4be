import type { Mention } from '../../doc/layers.ts';
import { bodyStart } from '../../doc/dateline.ts';
import { makeSpan, within, type Span } from '../../doc/span.ts';
import type { RawAttribution } from './extract.ts';

/**
 * Sources the role tagger took from words that cannot speak for the cue, corrected before the subject rules
 * (subject-source.ts) look for one: a dateline, a relative clause closed before the cue, and the description before
 * an inverted source, which belongs to it.
 */
export function correctTaggedSource(text: string, sentence: Span, mentions: readonly Mention[], a: RawAttribution): RawAttribution {
  return descriptionNotContent(text, mentions, outOfRelative(text, outOfDateline(text, sentence, a)));
}

/**
 * "DOHA, Nov 24 (Meridian Post) - Qatar and Egypt …, saying": the dateline names where the story was filed and the
 * agency that filed it, never who speaks. A source the tagger found inside it is dropped, for the subject rules to
 * find the subject.
 */
function outOfDateline(text: string, sentence: Span, a: RawAttribution): RawAttribution {
  return a.source && a.source.start >= sentence.start && a.source.end <= bodyStart(text, sentence) ? { ...a, source: null } : a;
}

/**
 * "Germany and Hungary, which both voted against the tariffs, urged Brussels to talk": a source the tagger found inside
 * a relative clause that closes right before the cue belongs to the clause's verb, not to the cue. It is dropped, for
 * the subject before the clause to be found (BETWEEN lets a relative clause stand between subject and cue).
 */
function outOfRelative(text: string, a: RawAttribution): RawAttribution {
  if (!a.source || a.source.end > a.cue.start) return a;
  const clause = /,\s*(?:who|which)\b[^,;:"“”]*,\s*$/i.exec(text.slice(Math.max(0, a.cue.start - MAX_RELATIVE_CHARS), a.cue.start));
  if (!clause) return a;
  const start = a.cue.start - (clause[0].length);
  return a.source.start > start ? { ...a, source: null } : a;
}

/** How far back a relative clause between a subject and its cue may open. */
const MAX_RELATIVE_CHARS = 160;

/**
 * `"We prefer dialogue," the ministry's spokeswoman, Lin Jiayi, said`: the tagger may read the description before an
 * inverted source as more of the quotation. A content piece that ends right before the source with words after its
 * last quotation mark naming the source's referent (by coreference: the apposition links them) gives those words to
 * the source.
 */
function descriptionNotContent(text: string, mentions: readonly Mention[], a: RawAttribution): RawAttribution {
  const source = a.source;
  if (!source) return a;
  for (const piece of a.content) {
    if (piece.end > source.start || !/^[\s,]*$/.test(text.slice(piece.end, source.start))) continue;
    const said = new Set(mentions.filter((m) => within(m, source)).map((m) => m.entity));
    const from = Math.max(...[...piece.text.matchAll(/["“”]/g)].map((q) => piece.start + q.index + 1), piece.start);
    const rest = text.slice(from, piece.end);
    const start = from + rest.length - rest.trimStart().length;
    // the words are that description and nothing else: not "He will not run again, he said"
    const whole = (m: Mention) => m.form !== 'pronoun' && /^(?:the\s+)?$/i.test(text.slice(start, m.start)) && /^[\s,]*$/.test(text.slice(m.end, piece.end));
    if (!rest.trim() || !mentions.some((m) => m.start >= start && m.end <= piece.end && said.has(m.entity) && whole(m))) continue;
    const kept = from > piece.start ? [makeSpan(text, piece.start, from)] : [];
    // with its apposition the source keeps the comma that closes it before the cue, as source-trim.ts has it
    const end = /^,\s*$/.test(text.slice(source.end, a.cue.start)) ? source.end + 1 : source.end;
    return { ...a, source: makeSpan(text, start, end), content: a.content.flatMap((p) => (p === piece ? kept : [p])) };
  }
  return a;
}
