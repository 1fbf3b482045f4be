import type { DomDocument } from './dom.ts';

type Json = Record<string, unknown>;

/** schema.org types that describe the article itself (not the site, a breadcrumb or a video on the page). */
const ARTICLE_TYPE = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Report|BlogPosting)$/;

export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  url?: string;
}

/**
 * The first article object in the page's JSON-LD blocks. Sites nest it in arrays and in "@graph"
 * (Yoast: {"@graph": [{"@type": "WebSite"}, {"@type": "NewsArticle", …}]}), so both are searched.
 * A block that is not valid JSON is skipped: it is the page's problem, not the article's.
 */
export function readJsonLdArticle(document: DomDocument): JsonLdArticle {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i].textContent ?? '');
    } catch {
      continue;
    }
    const article = findArticle(data, 0);
    if (article) return describe(article);
  }
  return {};
}

const MAX_DEPTH = 4;

function findArticle(value: unknown, depth: number): Json | undefined {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findArticle(v, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const obj = value as Json;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return obj;
  return findArticle(obj['@graph'], depth + 1);
}

function describe(article: Json): JsonLdArticle {
  return {
    headline: stringOf(article.headline),
    datePublished: stringOf(article.datePublished),
    author: namesOf(article.author),
    publisher: namesOf(article.publisher),
    url: stringOf(article.url),
  };
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** "author" may be a string, a Person, or a list of them: [{"name": "A"}, {"name": "B"}] → "A, B". */
function namesOf(value: unknown): string | undefined {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((v) => (typeof v === 'object' && v !== null ? stringOf((v as Json).name) : stringOf(v)))
    .filter((n): n is string => n !== undefined);
  return names.length ? names.join(', ') : undefined;
}
