import { toIsoDate } from '../dates.ts';
import type { DomDocument } from './dom.ts';
import { readJsonLdArticle } from './json-ld.ts';

export interface PageMetadata {
  title?: string;
  byline?: string;
  published?: string;
  outlet?: string;
  url?: string;
}

/**
 * Dates that name the publication explicitly come before generic ones: a bare <meta name="date"> is as often
 * the last-modified or crawl date, so JSON-LD datePublished outranks it.
 */
const EXPLICIT_DATE_KEYS = ['article:published_time', 'og:published_time', 'datepublished'];
const GENERIC_DATE_KEYS = ['date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'pubdate', 'parsely-pub-date', 'publish-date', 'sailthru.date'];
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'byline', 'parsely-author', 'sailthru.author'];

/** Metadata the page declares about itself, read before readability rewrites the document. */
export function readPageMetadata(document: DomDocument): PageMetadata & { titleTag?: string } {
  const meta = metaTags(document);
  const jsonLd = readJsonLdArticle(document);
  const first = (keys: readonly string[], accept: (v: string) => boolean = () => true) =>
    keys.map((k) => meta.get(k)).find((v): v is string => v !== undefined && accept(v));
  const date = (keys: readonly string[]) => keys.map((k) => toIsoDate(meta.get(k))).find(Boolean);
  const timeInArticle = document.querySelector('article time[datetime]')?.getAttribute('datetime');
  return {
    title: meta.get('og:title') ?? meta.get('twitter:title'),
    titleTag: clean(document.querySelector('head title')?.textContent) ?? jsonLd.headline,
    // article:author is often a profile URL ("https://example.org/staff/jroe"), which is no byline.
    byline: first(AUTHOR_KEYS, (v) => !/^https?:\/\//.test(v)) ?? jsonLd.author,
    published: date(EXPLICIT_DATE_KEYS) ?? toIsoDate(jsonLd.datePublished) ?? date(GENERIC_DATE_KEYS) ?? toIsoDate(timeInArticle),
    outlet: meta.get('og:site_name') ?? jsonLd.publisher,
    url: meta.get('og:url') ?? clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? jsonLd.url,
  };
}

/** <meta> and itemprop values by lower-cased key (property, name or itemprop); the first of each key wins. */
function metaTags(document: DomDocument): Map<string, string> {
  const out = new Map<string, string>();
  const elements = document.querySelectorAll('meta, [itemprop]');
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    const value = clean(el.getAttribute('content') ?? el.getAttribute('datetime'));
    if (key && value && !out.has(key.toLowerCase())) out.set(key.toLowerCase(), value);
  }
  return out;
}

function clean(value: string | null | undefined): string | undefined {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v || undefined;
}
