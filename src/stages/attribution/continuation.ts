import { posIndex, sentenceEnd } from '../../doc/tokens.ts';
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

/**
 * The role tagger reads a few sentences past its cue (window.ts), but a quotation runs as long as its speaker
 * talks: `said: "We have a situation … Thousands of shootings. And I'm saying, where is this? …"`. A content
 * that the window cut inside a quotation runs on to the quotation's end.
 */
export function finishCutQuotation(ctx: AttributionContext, contents: readonly Segment[], windowEnd: number): Segment[] {
  const last = contents.at(-1);
  if (!last || last.last !== windowEnd - 1) return [...contents];
  const r = ctx.quotes.region[last.last];
  if (r < 0 || ctx.quotes.regions[r].close <= last.last) return [...contents];
  return [...contents.slice(0, -1), { ...last, last: ctx.quotes.regions[r].close }];
}

/**
 * A quotation is its speaker's from its opening mark. When the cue stands outside it and the tagger began the
 * content inside it and ran it to the closing mark, the content starts at the mark, unless another cue
 * stands in between: `"You work hard. You pay your taxes. So why didn't he pay his?" the ad asks.` (tagged from
 * "So", or cut by the window) and `asks: "You work hard. …"`.
 */
export function fromQuotationStart(ctx: AttributionContext, cue: Segment, cues: readonly Segment[], contents: readonly Segment[]): Segment[] {
  const head = contents[0];
  if (!head) return [...contents];
  const r = ctx.quotes.region[head.first];
  if (r < 0) return [...contents];
  const { open, close } = ctx.quotes.regions[r];
  if (head.first === open || head.last !== close || (cue.last >= open && cue.first <= close)) return [...contents];
  if (cues.some((c) => c.first > open && c.first < head.first)) return [...contents];
  return [{ ...head, first: open }, ...contents.slice(1)];
}

/**
 * After a quotation and its cue, what follows the cue unquoted is the writer's narration, not more of the quote:
 * in `"He really does love us," Melanie said, and soon the balloons were dropping` or `"It's finished," she said of
 * the election` the content is the quotation alone. Only a second quotation continues it: `"…," he said, "…"`.
 */
export function quotationOnlyAfterCue(ctx: AttributionContext, cue: Segment, contents: readonly Segment[]): Segment[] {
  const { region, regions } = ctx.quotes;
  const lead = contents.find((s) => s.last < cue.first);
  if (!lead || !opensQuotation(ctx, lead) || regions[region[lead.first]].close !== lead.last) return [...contents];
  const kept = contents.filter((s) => s.first < cue.first || opensQuotation(ctx, s));
  return kept.length > 0 ? kept : [...contents];
}

/**
 * A speaker quoted with a cue goes on in the quotations that follow in the same paragraph with no cue of their own:
 * `"This is a disgusting day," said Rep. Ana Ruiz, head of the caucus. "He is a fraud. He started the lie."` gives Ruiz
 * both quotations (PolNeAR joins them as pieces of one content). Only after a content that is itself a quotation.
 */
export function followingQuotations(ctx: AttributionContext, cue: Segment, cues: readonly Segment[], contents: readonly Segment[]): Segment[] {
  const { tokens, quotes, paragraphOf } = ctx;
  const { region, regions } = quotes;
  const last = contents.at(-1);
  if (!last || !contents.some((s) => opensQuotation(ctx, s))) return [...contents];
  const out = [...contents];
  // from the end of the sentence the cue or the last piece is in
  let at = sentenceEnd(tokens, Math.max(cue.last, last.last));
  for (let k = 0; k < MAX_FOLLOWING_QUOTATIONS; k++) {
    const r = region[at];
    if (at >= tokens.length || r < 0 || regions[r].open !== at || !regions[r].closed || paragraphOf[at] !== paragraphOf[cue.first]) break;
    const end = sentenceEnd(tokens, regions[r].close);
    // a quotation with a cue in or after it in its sentence is someone's own statement
    if (cues.some((c) => c.first >= at && c.first < end)) break;
    out.push({ role: 'CON', first: at, last: regions[r].close });
    at = end;
  }
  return out;
}

/**
 * A quotation broken by its cue resumes after it in the same sentence, in lower case: in `"I love Larry," he said, but
 * "when it comes to energy …"` both quotations are the content. Only after a lead quotation that ends with a comma
 * inside its marks, when the second opens after a comma or "but", and not past another cue: in `"…," Kiedis said,
 * mentioning the album is "in the home stretch."` the second quotation is part of what he mentions.
 */
export function resumedQuotation(ctx: AttributionContext, cue: Segment, cues: readonly Segment[], contents: readonly Segment[]): Segment[] {
  const { tokens, quotes } = ctx;
  const { region, regions } = quotes;
  const lead = contents.find((s) => s.last < cue.first && opensQuotation(ctx, s));
  if (!lead || contents.some((s) => s.first > cue.last) || regions[region[lead.first]].close !== lead.last || tokens.words[lead.last - 1] !== ',') return [...contents];
  const end = sentenceEnd(tokens, cue.last);
  for (let at = cue.last + 1; at < end; at++) {
    const r = region[at];
    if (r < 0) continue;
    const joined = tokens.words[at - 1] === ',' || tokens.lower[at - 1] === 'but';
    // a word or two in quotation marks is the writer's scare quote: `whose book features "rebellious" people`
    if (regions[r].open !== at || !joined || regions[r].close - at <= MIN_RESUMED_WORDS || !/^\p{Ll}/u.test(tokens.words[at + 1] ?? '')) break;
    if (cues.some((c) => c.first > cue.last && c.first < at)) break;
    return [...contents, { role: 'CON', first: at, last: regions[r].close }];
  }
  return [...contents];
}

/** How many words a quotation resuming after its cue has at least. */
const MIN_RESUMED_WORDS = 3;

/** How many quotations in a row followingQuotations gives one speaker. */
const MAX_FOLLOWING_QUOTATIONS = 3;

/** Whether segment s starts at a quotation's opening mark. */
function opensQuotation(ctx: AttributionContext, s: Segment): boolean {
  const r = ctx.quotes.region[s.first];
  return r >= 0 && ctx.quotes.regions[r].open === s.first;
}
