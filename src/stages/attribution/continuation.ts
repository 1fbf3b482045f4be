import { posIndex } from '../../doc/tokens.ts';
import type { AttributionContext } from './context.ts';
import type { Segment } from './tags.ts';

const PUNCT = posIndex('PUNCT');

/**
 * A quotation that runs over several paragraphs is written with no closing mark at the end of each paragraph
 * and an opening mark at the start of the next. When a content runs to the end of such an unclosed
 * quotation (give or take its final full stop), the continued quotations that follow are the same speaker's
 * words and join the content, one segment per paragraph (the way PolNeAR annotates them).
 */
export function continueQuotedContent(ctx: AttributionContext, contents: readonly Segment[]): Segment[] {
  const out = [...contents];
  const last = out.at(-1);
  if (!last) return out;
  const { regions, region } = ctx.quotes;
  let r = region[last.last];
  if (r < 0 || regions[r].closed) return out;
  for (let i = last.last + 1; i <= regions[r].close; i++) if (ctx.tokens.pos[i] !== PUNCT) return out;
  out[out.length - 1] = { ...last, last: regions[r].close };
  while (!regions[r].closed) {
    const next = regions[r + 1];
    if (!next?.continues) break;
    if (!out.some((s) => s.first <= next.open && s.last >= next.open)) out.push({ role: 'CON', first: next.open, last: next.close });
    r++;
  }
  return out;
}
