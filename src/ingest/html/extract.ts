import { Readability } from '@mozilla/readability';
import { ParleyError } from '../../errors/catalogue.ts';
import { toIsoDate } from '../dates.ts';
import { cleanMeta, type RawArticle } from '../types.ts';
import { blockParagraphs, joinParagraphs } from './blocks.ts';
import { parseDocument, type DomDocument, type DomNode } from './dom.ts';
import { readPageMetadata } from './metadata.ts';

interface ReadabilityResult {
  paragraphs: string[];
  title?: string;
  byline?: string;
  outlet?: string;
  published?: string;
}

/**
 * A web page to an article: the main text found by Mozilla's Readability (so the nav bar, "Sign up for our
 * newsletter" and the footer stay out), as block paragraphs, with the metadata the page declares.
 * Throws INPUT_EMPTY when no prose is found at all.
 */
export function extractHtml(html: string, origin: string): RawArticle {
  const document = parseDocument(html);
  const page = readPageMetadata(document); // first: readability rewrites the document it reads
  const found = runReadability(withoutBoilerplate(document));
  let paragraphs = found.paragraphs;
  // Readability gives up on pages with no clear main block (a bare list of <p>s); their <p>s are the text.
  if (paragraphs.length === 0) paragraphs = bodyParagraphs(withoutBoilerplate(parseDocument(html)));
  const title = page.title ?? page.titleTag ?? found.title;
  const byline = page.byline ?? found.byline;
  paragraphs = withoutHeadlineAndByline(paragraphs, [title, page.titleTag, found.title], byline);
  if (paragraphs.length === 0) throw new ParleyError('INPUT_EMPTY', 'no article text in the HTML');
  return {
    text: joinParagraphs(paragraphs),
    meta: cleanMeta({ title, url: page.url, outlet: page.outlet ?? found.outlet, published: page.published ?? found.published, byline, origin }),
  };
}

/** How far into the body a repeated headline or a byline line is looked for. */
const HEAD_PARAGRAPHS = 3;
/** "By Marta Quell", "BY MARTA J. QUELL, Political Editor"; not "By noon, crowds had gathered." (no name, a full stop). */
const BYLINE_LINE = /^[Bb][Yy]\s+\p{Lu}[^!?"“”]{0,80}(?<!\.)$/u;

/**
 * Drops the headline and the byline line that open many article bodies ("Coalition talks stall" /
 * "By Marta Quell"). The same story from a feed or a JSONL export has neither, and the document id hashes
 * the text, so keeping them would make one story two documents. The title stays in meta.title.
 */
export function withoutHeadlineAndByline(paragraphs: readonly string[], titles: readonly (string | undefined)[], byline: string | undefined): string[] {
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.:|–—-]+$/, '').trim();
  const titleKeys = new Set(titles.filter((t): t is string => Boolean(t)).map(key));
  const bylineKey = byline ? key(byline) : undefined;
  const isHead = (p: string) => titleKeys.has(key(p)) || BYLINE_LINE.test(p) || (bylineKey !== undefined && key(p) === bylineKey);
  let skip = 0;
  while (skip < Math.min(HEAD_PARAGRAPHS, paragraphs.length - 1) && isHead(paragraphs[skip])) skip++;
  return paragraphs.slice(skip);
}

/** An HTML fragment (a feed item's content) to plain paragraphs, with no main-content heuristics: short is fine. */
export function htmlFragmentText(html: string): string {
  const body = parseDocument(html).body;
  return body ? joinParagraphs(blockParagraphs(body)) : '';
}

/**
 * Elements that are never the story, removed before readability scores the page: on a short page it may
 * otherwise keep a <nav>'s "Home World Sport" as the first paragraph. Asides go too: a pull quote repeats a
 * sentence of the body, and would count as a second attribution.
 */
const BOILERPLATE = 'nav, aside, form, [role="navigation"], [role="complementary"], [role="menu"], [role="search"], [aria-hidden="true"]';

function withoutBoilerplate(document: DomDocument): DomDocument {
  const found = document.querySelectorAll(BOILERPLATE);
  for (let i = found.length - 1; i >= 0; i--) found[i].remove();
  return document;
}

function runReadability(document: DomDocument): ReadabilityResult {
  let result: ReturnType<Readability<DomNode>['parse']>;
  try {
    result = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  } catch {
    return { paragraphs: [] }; // a page readability cannot handle still has its <p>s
  }
  if (!result) return { paragraphs: [] };
  return {
    paragraphs: result.content ? blockParagraphs(result.content) : [],
    title: result.title ?? undefined,
    byline: result.byline ?? undefined,
    outlet: result.siteName ?? undefined,
    published: toIsoDate(result.publishedTime),
  };
}

function bodyParagraphs(document: DomDocument): string[] {
  const ps = document.querySelectorAll('body p');
  const out: string[] = [];
  for (let i = 0; i < ps.length; i++) out.push(...blockParagraphs(ps[i]));
  return out;
}
