import { toIsoDate } from '../dates.ts';
import { htmlFragmentText } from '../html/extract.ts';
import { unwrapXmlContent } from './xml-text.ts';

export type XmlNode = Record<string, unknown>;

/** Elements whose raw XML the parser keeps (stop nodes), because they carry markup we extract ourselves. */
export const CONTENT_ELEMENTS = ['content:encoded', 'content', 'description', 'summary'] as const;

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : ([] as unknown[]).concat(value);
}

/** The text of an element that may be a string, {"#text": …, "@_type": …}, or a list of those. */
export function textOf(value: unknown): string | undefined {
  for (const v of list(value)) {
    const raw = typeof v === 'object' && v !== null ? (v as XmlNode)['#text'] : v;
    const s = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    if (s) return s;
  }
  return undefined;
}

/** Article text: content:encoded (the full post) before content, then the description or summary teaser. */
export function itemText(item: XmlNode): string {
  for (const key of CONTENT_ELEMENTS) {
    for (const v of list(item[key])) {
      const node = typeof v === 'object' && v !== null ? (v as XmlNode) : { '#text': v };
      const raw = typeof node['#text'] === 'string' ? node['#text'] : '';
      const text = contentText(raw, String(node['@_type'] ?? 'html'));
      if (text) return text;
    }
  }
  return '';
}

function contentText(raw: string, type: string): string {
  if (!raw.trim()) return '';
  if (type.includes('xhtml')) return htmlFragmentText(raw);
  if (type === 'text' || type === 'text/plain') return unwrapXmlContent(raw).trim();
  return htmlFragmentText(unwrapXmlContent(raw));
}

/** Atom's <link rel="alternate" href> (or one without rel), RSS's <link>text</link>, RSS 1.0's rdf:about. */
export function itemLink(item: XmlNode): string | undefined {
  for (const v of list(item.link)) {
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v !== 'object' || v === null) continue;
    const link = v as XmlNode;
    const rel = link['@_rel'];
    if ((rel === undefined || rel === 'alternate') && typeof link['@_href'] === 'string') return link['@_href'];
    if (textOf(link)) return textOf(link);
  }
  const guid = list(item.guid)[0];
  const permalink = typeof guid === 'object' && guid !== null && (guid as XmlNode)['@_isPermaLink'] === 'false' ? undefined : textOf(guid);
  if (permalink && /^https?:\/\//.test(permalink)) return permalink;
  const about = item['@_rdf:about'];
  return typeof about === 'string' ? about : undefined;
}

export function itemPublished(item: XmlNode): string | undefined {
  for (const key of ['pubDate', 'published', 'dc:date', 'updated']) {
    const date = toIsoDate(textOf(item[key]));
    if (date) return date;
  }
  return undefined;
}

/**
 * The author's name. RSS 2.0 <author> is an e-mail address, "jroe@example.org (Jane Roe)", so the name in
 * parentheses is taken and a bare address skipped in favour of dc:creator; Atom's <author> holds <name>.
 */
export function itemByline(item: XmlNode): string | undefined {
  for (const v of [...list(item.author), ...list(item['dc:creator'])]) {
    const raw = typeof v === 'object' && v !== null && 'name' in v ? textOf((v as XmlNode).name) : textOf(v);
    if (!raw) continue;
    const named = /\(([^)]+)\)\s*$/.exec(raw)?.[1]?.trim();
    if (named) return named;
    if (!/^\S+@\S+$/.test(raw)) return raw;
  }
  return undefined;
}

export function itemTitle(item: XmlNode): string | undefined {
  const title = textOf(item.title);
  const type = list(item.title).map((v) => (typeof v === 'object' && v !== null ? (v as XmlNode)['@_type'] : undefined))[0];
  return title && (type === 'html' || type === 'xhtml') ? htmlFragmentText(title) : title;
}
