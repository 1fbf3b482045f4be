import type { Mention } from '../../doc/layers.ts';
import { bodyStart } from '../../doc/dateline.ts';
import { makeSpan, type Span } from '../../doc/span.ts';
import type { RawAttribution } from './extract.ts';
import { isPassiveCue, QUOTED_AS, subjectNotSource } from './sourceless.ts';
import { TITLE_ABBREVIATIONS } from '../../knowledge/title-abbreviations.ts';
import { isTitleWord } from '../mentions/runs.ts';
import { TIME, TIME_BETWEEN } from './time-adjunct.ts';
import { correctTaggedSource } from './tagged-source.ts';

/**
 * Words that may stand between a subject and its cue: "Trump has repeatedly said", "he did not deny", a time
 * (after the comma closing an apposition too: "General Ana Ruiz, on Sunday rejected"), a short aside between commas
 * ("The defence ministry, for its part, claimed") and a relative clause between commas ("Egypt, which backs the
 * army, has called for").
 */
const BETWEEN = new RegExp(
  `^(?:\\s+|,\\s*(?:for (?:its|his|her|their) part|however|in turn|meanwhile|for now|in response|in a statement|(?:who|which)\\b[^,;:"“”]*)\\s*,|,\\s*(?=${TIME.source})|\\b(?:${TIME.source}|has|have|had|was|were|is|are|will|would|could|may|might|should|must|did|does|do|also|not|never|then|later|again|already|still|almost|often|once|first|now|n't|\\w+ly)\\b)*$`,
  'i',
);
/** A cue that opens with a participle: "asking", "comparing him to", "perhaps recognizing". */
const PARTICIPLE = /^(?:(?:\p{L}+ly|perhaps|also|even|then|again|still)\s+)?\p{L}+ing\b/u;
/**
 * Whether `gap` joins a subject to its cue (BETWEEN). A participle after a relative clause is not the relative's
 * antecedent's: in "he defended Sepp Blatter, the head of FIFA, who is under investigation, saying …" he says it.
 */
export const joinedToCue = (gap: string, cue: string): boolean => BETWEEN.test(gap) && !(PARTICIPLE.test(cue) && /,\s*(?:who|which)\b/i.test(gap));
/** A name after one of these is the object of a preposition, not the subject: "in a letter to Trump, … said". */
export const PREPOSITION = /\b(?:of|to|for|with|by|from|in|on|at|about|against|than|as)\s+$/i;

/**
 * Sources the taggers missed or misplaced, from the sentence's structure. A raising verb's or a passive's cue has
 * none before it (sourceless.ts).
 * A cue with no source takes, in turn:
 * the subject standing right before it ("Trump declared …", "he also warned" → he; a mention the mentions
 * stage found, joined to the cue by auxiliaries, adverbs or a short aside); a relative pronoun right before it;
 * for a participle after a comma ("Hillary Clinton, asking …"), the clause's subject; for a verb after "and",
 * the subject opening the sentence; or a mention that follows the cue and closes the sentence ("…, said Ruiz.").
 * A source tagged inside a modifier gives way to the subject it describes (subjectOverModifier).
 */
export function subjectSources(text: string, sentences: readonly Span[], mentions: readonly Mention[], found: readonly RawAttribution[]): RawAttribution[] {
  // "… said X and argued Y": a later cue the tagger gave the same wrong source is corrected the same way
  const corrected = new Map<string, Span>();
  const key = (s: Span) => `${s.start}:${s.end}`;
  return found.map((tagged) => {
    if (subjectNotSource(tagged.cue, tagged.source)) return { ...tagged, source: isPassiveCue(tagged.cue) ? passiveAgent(text, mentions, tagged) : null };
    const sentence = sentences.find((s) => s.start <= tagged.cue.start && tagged.cue.start < s.end);
    if (!sentence) return tagged;
    const a = subjectNotContent(text, sentence, mentions, correctTaggedSource(text, sentence, mentions, tagged));
    if (a.source) {
      const known = corrected.get(key(a.source));
      if (known) return { ...a, source: known };
      const b = subjectOverObject(text, sentence, mentions, subjectOverModifier(text, sentence, mentions, a));
      if (b.source !== a.source) corrected.set(key(a.source), b.source!);
      return b;
    }
    // the nearest mention joined to the cue by what BETWEEN allows (so not "its" inside ", for its part,")
    let best: Mention | undefined;
    for (const m of mentions) {
      if (m.end > a.cue.start || m.start < sentence.start || m.type === 'NORP' || !joinedToCue(text.slice(m.end, a.cue.start), a.cue.text)) continue;
      if (!best || m.end > best.end || (m.end === best.end && m.start < best.start)) best = m;
    }
    // "footage of Hillary Clinton asking …", "began with Noah commenting on …": a participle right after a
    // preposition's object is what that object does
    if (best && (!objectOfPreposition(text, sentence, best) || (PARTICIPLE.test(a.cue.text) && !text.slice(best.end, a.cue.start).trim()))) return { ...a, source: sourceSpan(text, best) };
    return relativeSubject(text, sentence, a) ?? participleSubject(text, sentence, mentions, a) ?? coordinatedSubject(text, sentence, mentions, a) ?? invertedSubject(text, sentence, mentions, a) ?? a;
  });
}

/**
 * Whether a mention is a preposition's object ("in a letter to Trump, … said"). "As" before a subject joined to its
 * cue opens a clause instead: "… as ECOWAS warns of …", "as Ana Ruiz said".
 */
function objectOfPreposition(text: string, sentence: Span, m: Mention): boolean {
  const before = text.slice(sentence.start, m.start);
  return PREPOSITION.test(before) && !/\bas\s+$/i.test(before);
}

/** How far after a passive cue its "by" may stand: "has been called a charlatan by fellow physicians". */
const MAX_AGENT_GAP = 60;

/**
 * The agent of a passive cue is its source: "Trump has been criticized by some of his rivals", "was called a charlatan
 * by fellow physicians". The words from "by" to the end of a mention that follows it, in the same clause.
 */
function passiveAgent(text: string, mentions: readonly Mention[], a: RawAttribution): Span | null {
  const by = /^[^,;:.!?"“”()]*?\bby\s+/i.exec(text.slice(a.cue.end, a.cue.end + MAX_AGENT_GAP));
  if (!by) return null;
  const from = a.cue.end + by[0].length;
  let agent: Mention | undefined;
  for (const m of mentions) {
    if (m.start < from || m.type === 'NORP') continue;
    // "by some of his rivals", "by fellow physicians", "by him"; not the "he" of "by an electorate he no longer knew"
    const gap = text.slice(from, m.start);
    if (!/^(?:[\w-]+\s+){0,3}$/.test(gap) || (m.form === 'pronoun' && gap && !/^(?:\w+\s+)?of\s+$/i.test(gap))) continue;
    if (!agent || m.start < agent.start || (m.start === agent.start && m.end > agent.end)) agent = m;
  }
  if (!agent) return null;
  const span = makeSpan(text, from, Math.max(agent.end, sourceSpan(text, agent).end));
  // the tagger may have read the agent as content ("criticized … some of his rivals for failing to …"): then leave it
  return a.content.some((p) => p.start < span.end && span.start < p.end) ? null : span;
}

/**
 * A content piece that is the cue's subject: the tagger reads "The ministry" in "The ministry late on Friday said
 * the border would reopen" as content when a time stands between it and the cue. A piece before the cue that
 * starts with a mention followed by nothing but a time before the cue, with the content going on after the cue, is
 * the source (kept if the tagger found another). Only a time, or no gap before "was quoted as saying": in "Sanders
 * was announced the winner" or "Trump has been criticized for …" the subject of a passive cue is what is reported on,
 * and PolNeAR marks it as content.
 */
function subjectNotContent(text: string, sentence: Span, mentions: readonly Mention[], a: RawAttribution): RawAttribution {
  if (!a.content.some((p) => p.start >= a.cue.end)) return a;
  for (const piece of a.content) {
    if (piece.start < sentence.start || piece.end > a.cue.start || /["“”]/.test(piece.text)) continue;
    const m = mentions.find((x) => x.start === piece.start && x.end <= piece.end && x.type !== 'NORP' && (TIME_BETWEEN.test(text.slice(x.end, a.cue.start)) || (QUOTED_AS.test(a.cue.text) && !text.slice(x.end, a.cue.start).trim())));
    if (m) return { ...a, content: a.content.filter((p) => p !== piece), source: a.source ?? sourceSpan(text, m) };
  }
  return a;
}

/** How many title words a source takes in before its name ("Former Vice President Joe Biden"). */
const MAX_TITLE_WORDS = 3;

/**
 * A name's span grown to take in its article, honorific and capitalised titles ("the Kremlin", "Mr. Trump",
 * "Sen. Ana Ruiz", "President Barack Obama"), which name spans leave out and annotators mark as part of a source.
 */
export function sourceSpan(text: string, m: Mention): Span {
  if (m.form !== 'name') return makeSpan(text, m.start, m.end);
  let start = m.start;
  for (let k = 0; k < MAX_TITLE_WORDS; k++) {
    const title = /\b([A-Z][\w.-]*)\s+$/.exec(text.slice(Math.max(0, start - 24), start));
    if (!title || !(isTitleWord(title[1].toLowerCase()) || TITLE_ABBREVIATIONS.has(title[1]))) break;
    start -= title[0].length;
  }
  const article = /\b(?:the|The)\s+$/.exec(text.slice(Math.max(0, start - 4), start));
  return makeSpan(text, article ? start - article[0].length : start, m.end);
}

/**
 * A cue right after a relative pronoun has it for a source, as PolNeAR marks it: "the department, which
 * reported 2,521 shootings", "voters who say the economy is rigged". Speaker resolution reads through it.
 */
function relativeSubject(text: string, sentence: Span, a: RawAttribution): RawAttribution | null {
  // "…, which is expected by the end of the year": what a passive cue's pronoun stands for is reported on, not speaking
  if (/^(?:is|was|are|were|be|been|being)\b/i.test(a.cue.text)) return null;
  const before = text.slice(sentence.start, a.cue.start);
  // "who’s called for": the cue may begin with the contracted auxiliary
  const m = (/^['’]/.test(a.cue.text) ? /\b(who|which)$/i.exec(before) : null) ?? /\b(who|which)\s+$/i.exec(before) ?? /\b(who|which)((?:\s+\w+)+?)\s*$/i.exec(before);
  if (!m || (m[2] && !BETWEEN.test(m[2]))) return null;
  const start = sentence.start + m.index;
  return { ...a, source: makeSpan(text, start, start + m[1].length) };
}

/**
 * A participle cue after a comma ("The committee filed a complaint Monday, claiming that …", "Trump praised
 * Putin, comparing him to Obama") reports what the clause's subject says.
 */
function participleSubject(text: string, sentence: Span, mentions: readonly Mention[], a: RawAttribution): RawAttribution | null {
  if (!PARTICIPLE.test(a.cue.text)) return null;
  const before = text.slice(sentence.start, a.cue.start);
  if (OPENING.test(before)) return withSubject(text, a, subjectAfterOpening(text, sentence, mentions, a.cue.end));
  // "Blige sings to Clinton before asking her": a participle after a subordinator belongs to the clause's subject
  if (!/(?:,|\b(?:before|after|while|when|by|without|since|upon))\s*$/i.test(before)) return null;
  return withSubject(text, a, clauseSubject(text, sentence, mentions, a.cue.start));
}

/** What may stand before a participle that opens its sentence: "After thanking the crowd, he …", "But while denouncing …". */
const OPENING = /^\s*(?:(?:but|and|yet|so)\s+)?(?:(?:after|before|despite|in|while|when|since|upon|by|without)\s+)?$/i;

/**
 * The subject of the clause an opening participle hangs on, the mention right after the comma closing the
 * participle's clause (with its article and titles): "After saying he was nervous to ask a question, the man said …",
 * "Conceding that a deal would take time, he …", "After talking about security, Mr. Netanyahu …". None when no
 * mention follows that comma.
 */
function subjectAfterOpening(text: string, sentence: Span, mentions: readonly Mention[], from: number): Mention | undefined {
  const comma = text.indexOf(',', from);
  if (comma < 0 || comma >= sentence.end) return undefined;
  let subject: Mention | undefined;
  for (const m of mentions) {
    if (m.start <= comma || m.end > sentence.end || m.type === 'NORP' || !/^,\s*$/.test(text.slice(comma, sourceSpan(text, m).start))) continue;
    if (!subject || m.end - m.start > subject.end - subject.start) subject = m;
  }
  return subject;
}

/**
 * A verb cue joined by "and" or "but" to an earlier verb shares the sentence's subject: "The council condemned the
 * test on Friday and pledged to impose sanctions", "McConnell embraced the nominee and said …", "His ex-wife agreed,
 * but also contended …". Only a subject that opens the sentence, or its main clause after an opening subordinate
 * clause, counts (a later name may be an object or belong to a subordinate clause), and inside a relative clause the
 * subject is its pronoun: "demonstrators, who have taken to the streets and called for …".
 */
function coordinatedSubject(text: string, sentence: Span, mentions: readonly Mention[], a: RawAttribution): RawAttribution | null {
  const before = text.slice(sentence.start, a.cue.start);
  if (PARTICIPLE.test(a.cue.text) || !/\b(?:and|but)\s+$/i.test(before.replace(ADVERBS_BEFORE_CUE, ''))) return null;
  const relative = /(?<!\b(?:in|of|to|for|with|by|from|on|at)\s+)\b(who|which)\b[^,;:—–"“”]*$/i.exec(before);
  if (relative) return { ...a, source: makeSpan(text, sentence.start + relative.index, sentence.start + relative.index + relative[1].length) };
  const from = bodyStart(text, sentence);
  // "When asked whom she supported, Ms. Sherry smiled and said …": the subject after an opening subordinate clause
  const subordinate = SUBORDINATE_OPENING.test(text.slice(from, a.cue.start));
  const subject = subordinate ? subjectAfterOpening(text, sentence, mentions, from) : clauseSubject(text, sentence, mentions, a.cue.start);
  if (!subject || subject.end > a.cue.start) return null;
  if (!subordinate && !opensSentence(text, from, subject)) return null;
  return /^['’]s?\b/.test(text.slice(subject.end, subject.end + 2)) ? null : withSubject(text, a, subject);
}

/** Whether a mention opens the sentence whose body starts at `from`, after a conjunction or "the" at most. */
const opensSentence = (text: string, from: number, m: Mention): boolean => /^\s*(?:(?:but|and|yet|still|however|instead),?\s+)?(?:the\s+)?$/i.test(text.slice(from, m.start));

/**
 * A participle cue after a comma reports what the clause's subject says, not its object, which the tagger often
 * takes for being nearest: "She compared Trump to Hillary Clinton, saying …", "Fiorina threw her support behind
 * Ted Cruz on Wednesday, saying …" are hers. Only when the subject opens the sentence and a verb phrase follows it.
 */
function subjectOverObject(text: string, sentence: Span, mentions: readonly Mention[], a: RawAttribution): RawAttribution {
  const source = a.source!;
  if (!PARTICIPLE.test(a.cue.text) || source.start > a.cue.start || !/,\s*$/.test(text.slice(sentence.start, a.cue.start))) return a;
  const from = bodyStart(text, sentence);
  const subject = clauseSubject(text, sentence, mentions, source.start);
  if (!subject || subject.end > source.start || !opensSentence(text, from, subject)) return a;
  return /^\s+[a-z][^,;:—–"“”]*$/.test(text.slice(subject.end, source.start)) ? { ...a, source: sourceSpan(text, subject) } : a;
}

/** A sentence that opens with a subordinate clause: "When asked …,", "After the vote,", "Although he lost,". */
const SUBORDINATE_OPENING = /^\s*(?:when|after|before|while|as|if|although|though|since|once|because|despite|following|asked)\b[^,;:"“”]*,/i;

/** Adverbs between "and" and its verb: "and then said", "and repeatedly called for", "and quickly denied". */
const ADVERBS_BEFORE_CUE = /(?:\b(?:also|then|later|again|has|have|had|\w+ly)\s+)+$/i;

/** A cue followed by its subject and nothing more: "…, noted NBC's Dante Chinni.", "…, said Batchelder." */
function invertedSubject(text: string, sentence: Span, mentions: readonly Mention[], a: RawAttribution): RawAttribution | null {
  // "to speak freely about his party's nominee": after a preposition stands the topic, not the speaker
  if (PREPOSITION.test(`${a.cue.text} `)) return null;
  const m = mentions.find((x) => x.start >= a.cue.end && x.end <= sentence.end && /^\s+$/.test(text.slice(a.cue.end, x.start)));
  if (!m) return null;
  // "…, noted NBC's Dante Chinni.": the possessor and the name it qualifies
  const owned = mentions.find((x) => x.start > m.end && x.end <= sentence.end && /^['’]s?\s+$/.test(text.slice(m.end, x.start)));
  const last = owned ?? m;
  if (!/^\s*[.!?]?["”’]?\s*$/.test(text.slice(last.end, sentence.end))) return null;
  const source = makeSpan(text, sourceSpan(text, m).start, last.end);
  // the tagger may have read the name as content: then the content is what the sentence says before the cue
  const content = a.content.filter((p) => p.end <= source.start || p.start >= source.end);
  const lead = /^(\s*)(.*?)[\s,]*$/s.exec(text.slice(sentence.start, a.cue.start))!;
  const from = sentence.start + lead[1].length;
  if (!content.length && !lead[2]) return null;
  return { ...a, source, content: content.length ? content : [makeSpan(text, from, from + lead[2].length)] };
}

/** The first mention of the sentence before `before` that is no object of a preposition and no dateline. */
function clauseSubject(text: string, sentence: Span, mentions: readonly Mention[], before: number): Mention | undefined {
  const from = bodyStart(text, sentence);
  let subject: Mention | undefined;
  for (const m of mentions) {
    if (m.start < from || m.end > before || m.type === 'NORP' || PREPOSITION.test(text.slice(from, m.start))) continue;
    if (!subject || m.start < subject.start || (m.start === subject.start && m.end > subject.end)) subject = m;
  }
  return subject;
}

const withSubject = (text: string, a: RawAttribution, m: Mention | undefined): RawAttribution | null => (m ? { ...a, source: sourceSpan(text, m) } : null);

/** The object of a preposition right before a source: "since returning to the [White House], said". */
const PREPOSITION_OBJECT = /\b(?:of|to|for|with|from|in|on|at|about|against|since|after|before)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?$/i;

/**
 * A source the tagger took from inside a modifier set off by commas is the subject the modifier describes:
 * in "US President Ana Ruiz, attending her first summit since returning to the White House, said …" Ruiz
 * speaks, not the White House. Only when the source is a preposition's object, the cue follows it after a
 * comma, and a mention ends at the sentence's first comma.
 */
function subjectOverModifier(text: string, sentence: Span, mentions: readonly Mention[], a: RawAttribution): RawAttribution {
  const source = a.source!;
  if (source.start > a.cue.start || !/^,?\s*$/.test(text.slice(source.end, a.cue.start)) || !text.slice(source.start, a.cue.start).includes(',')) return a;
  if (!PREPOSITION_OBJECT.test(text.slice(sentence.start, source.start))) return a;
  // the subject is the mention that ends at the sentence's first comma: "US President Ana Ruiz,"
  const comma = text.indexOf(',', sentence.start);
  if (comma < 0 || comma >= source.start) return a;
  let subject: Mention | undefined;
  for (const m of mentions) {
    if (m.start < sentence.start || m.end > comma || m.type === 'NORP' || text.slice(m.end, comma).trim() !== '') continue;
    if (!subject || m.end - m.start > subject.end - subject.start) subject = m;
  }
  return subject ? { ...a, source: sourceSpan(text, subject) } : a;
}

