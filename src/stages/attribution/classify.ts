import type { AttributionType } from '../../doc/layers.ts';
import { posIndex } from '../../doc/tokens.ts';
import type { AttributionContext } from './context.ts';
import { QuoteState } from './quotes.ts';
import { cueEntry, isBeliefLemma } from './lexicon.ts';
import type { Segment } from './tags.ts';

/**
 * The attribution type from the cue and the quotation marks in the content:
 * - according-to: the cue is "according to";
 * - direct: every word of the content is inside quotation marks (`"We will respond," Lavrov said`);
 * - mixed: some are (`Lavrov said foreign troops would be "legitimate targets"`);
 * - belief: unquoted content of a cognition verb ("Moscow believes…", "Kyiv wants…", "they fear…");
 * - indirect: other unquoted reported speech ("He warned that…").
 */
export function attributionType(ctx: AttributionContext, cue: Segment, contents: readonly Segment[]): AttributionType {
  let lemma: string | undefined;
  // The tagger already judged these tokens a cue, so the lexicon is read whatever POS wink gave them.
  for (let i = cue.first; i <= cue.last && !lemma; i++) lemma = cueEntry(ctx.tokens.lower[i])?.lemma;
  if (lemma === 'according') return 'according-to';
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
  return lemma && isBeliefLemma(lemma) ? 'belief' : 'indirect';
}

const PUNCT = posIndex('PUNCT');
