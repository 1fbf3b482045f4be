import type { Span } from '../../doc/span.ts';

/**
 * Cues whose grammatical subject is not who holds the view, so no subject rule may make it the source.
 *
 * A raising verb: "Trump seems to think the vote is rigged", "the measure is expected to pass". The writer infers the
 * view, and PolNeAR leaves such a source empty (train: 188 of 227 "seem" and "appear" cues and 50 of 52 "be expected"
 * ones).
 */
const RAISING = /^(?:\w+\s+)?(?:seems?|seemed|appears?|appeared|(?:is|are|was|were)\s+expected)\b/i;

/** Participles that name the subject's state of mind ("were frustrated", "is convinced"): the subject holds the view. */
const EXPERIENCER_PARTICIPLES = `convinced determined incensed frustrated dedicated concerned worried alarmed angered disappointed pleased
  encouraged unsettled focused committed intended prepared opposed inclined persuaded satisfied surprised shocked outraged troubled
  disturbed relieved delighted interested unconvinced resigned puzzled confused divided split tired assured startled embittered
  excited impressed thrilled irritated intrigued attracted mystified unified aligned devoted annoyed dismayed heartened emboldened
  energized enraged infuriated horrified terrified scared frightened embarrassed offended exhausted`
  .split(/\s+/)
  .join('|');

/**
 * A passive: "Mr. Quiros was accused of …", "peacekeepers have sometimes been blamed for …", "Reagan was once
 * asked …". Its subject is who the report is about; the reporter is the agent after "by", or no one (PolNeAR train:
 * 332 passive cues with no source against 104 with their subject as source, most of those states of mind, listed here
 * as adjectives: "were frustrated", "is convinced", "are tired of").
 */
const ADVERB = '(?:\\w+ly|also|once|often|sometimes|always|already|again|even|long|never|not|still|just)\\s+';
const PASSIVE = new RegExp(
  `^(?:\\w+\\s+)?(?:${ADVERB})*(?:is|are|was|were|been|be|being)\\s+(?:${ADVERB})*(?!(?:${EXPERIENCER_PARTICIPLES})\\b)\\w+(?:ed|en|wn)\\b`,
  'i',
);

/** "Zelensky was quoted as saying": a passive whose subject is the speaker, not what is reported on. */
export const QUOTED_AS = /\bquoted\s+as\b/i;

/** Whether `cue` is a passive (not "was quoted as"), whose agent after "by" may speak: "was criticized by his rivals". */
export const isPassiveCue = (cue: Span): boolean => PASSIVE.test(cue.text) && !QUOTED_AS.test(cue.text);

/** Whether the subject of `cue` cannot be its source; a source found after a passive cue (its agent) may stay. */
export function subjectNotSource(cue: Span, source: Span | null): boolean {
  if (RAISING.test(cue.text)) return true;
  return isPassiveCue(cue) && !(source && source.start > cue.start);
}
