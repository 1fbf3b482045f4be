import type { AttributionType } from '../../doc/layers.ts';
import type { Span } from '../../doc/span.ts';
import { posIndex, tokenAtOrAfter } from '../../doc/tokens.ts';
import type { AttributionContext } from './context.ts';
import { QuoteState } from './quotes.ts';
import { cueEntry, isBeliefLemma } from './lexicon.ts';
import type { Segment } from './tags.ts';
import { turnAt } from './transcript.ts';

/**
 * The attribution type from the cue and the quotation marks in the content:
 * - according-to: the cue is "according to";
 * - direct: every word of the content is inside quotation marks (`"We will respond," Lavrov said`);
 * - mixed: some are (`Lavrov said foreign troops would be "legitimate targets"`);
 * - belief: unquoted content of a cognition verb ("Moscow believes…", "Kyiv wants…", "they fear…") or of a state
 *   of mind ("Beijing is convinced that…", "the ministry is confident the talks…");
 * - indirect: other unquoted reported speech ("He warned that…").
 */
export function attributionType(ctx: AttributionContext, cue: Segment, contents: readonly Segment[]): AttributionType {
  let lemma: string | undefined;
  // The tagger already judged these tokens a cue, so the lexicon is read whatever POS wink gave them.
  for (let i = cue.first; i <= cue.last && !lemma; i++) lemma = cueEntry(ctx.tokens.lower[i])?.lemma;
  if (lemma === 'according') return 'according-to';
  if (isTurnColon(ctx, cue)) return 'direct';
  let quoted = 0;
  let words = 0;
  for (const c of contents) {
    for (let i = c.first; i <= c.last; i++) {
      if (ctx.tokens.pos[i] === PUNCT) continue;
      words++;
      if (ctx.quotes.state[i] !== QuoteState.Outside) quoted++;
    }
  }
  if (words > 0 && quoted === words) return 'direct';
  if (quoted > 0) return 'mixed';
  if (lemma) return isBeliefLemma(lemma) ? 'belief' : 'indirect';
  for (let i = cue.first; i <= cue.last; i++) if (STATES_OF_MIND.has(ctx.tokens.lower[i])) return 'belief';
  return 'indirect';
}

/**
 * A transcript turn's colon ("RUSU: We have conveyed our position …"): what follows is the speaker's own words, as a
 * quotation is, though no marks enclose it.
 */
function isTurnColon(ctx: AttributionContext, cue: Segment): boolean {
  if (cue.first !== cue.last || ctx.tokens.words[cue.first] !== ':') return false;
  return turnAt(ctx, ctx.paragraphRanges[ctx.paragraphOf[cue.first]][0], cue.first + 1)?.colon === cue.first;
}

/**
 * The type of an attribution given by character spans, as the source and content rules after the extractor leave
 * them: a rule that moves words between content and source can make a "mixed" content direct (`"We prefer
 * dialogue," the ministry's spokeswoman, Lin Jiayi, said` once the description goes to the source).
 */
export function attributionTypeOfSpans(ctx: AttributionContext, cue: Span, contents: readonly Span[]): AttributionType {
  const segment = (s: Span): Segment => ({ role: 'CON', first: tokenAtOrAfter(ctx.tokens, s.start), last: tokenAtOrAfter(ctx.tokens, s.end) - 1 });
  return attributionType(ctx, segment(cue), contents.map(segment));
}

/**
 * Adjectives and participles that report a state of mind rather than words said: "is convinced that…", "remain
 * sceptical the deal…". Only the type reads them: the tagger's cue lexicon is part of the trained model's features.
 */
const STATES_OF_MIND = new Set(
  'convinced confident certain sure sceptical skeptical optimistic pessimistic hopeful afraid aware concerned determined eager keen willing unwilling reluctant'.split(' '),
);

const PUNCT = posIndex('PUNCT');
