import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ParleyError } from '../../errors/catalogue.ts';
import { cleanMeta, type Outcome } from '../types.ts';
import { CONTENT_ELEMENTS, itemByline, itemLink, itemPublished, itemText, itemTitle, textOf, type XmlNode } from './fields.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  stopNodes: CONTENT_ELEMENTS.map((name) => `*.${name}`),
  isArray: (name) => name === 'item' || name === 'entry',
});

interface FeedShape {
  outlet?: string;
  items: XmlNode[];
}

/** RSS 2.0 keeps items in <channel>; Atom has <entry>s; RSS 1.0 puts <item>s beside <channel> in rdf:RDF. */
function feedShape(doc: XmlNode): FeedShape {
  const node = (v: unknown): XmlNode => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as XmlNode) : {});
  if ('rss' in doc) {
    const channel = node(node(doc.rss).channel);
    return { outlet: textOf(channel.title), items: (channel.item as XmlNode[]) ?? [] };
  }
  if ('feed' in doc) {
    const feed = node(doc.feed);
    return { outlet: textOf(feed.title), items: (feed.entry as XmlNode[]) ?? [] };
  }
  if ('rdf:RDF' in doc) {
    const rdf = node(doc['rdf:RDF']);
    return { outlet: textOf(node(rdf.channel).title), items: (rdf.item as XmlNode[]) ?? [] };
  }
  const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? 'nothing';
  throw new ParleyError('INPUT_UNSUPPORTED', `XML root <${root}> is not an RSS, Atom or RSS 1.0 feed`);
}

/**
 * One outcome per feed item, origin "feed.xml#3" (1-based, like JSONL line numbers). An item without text
 * is a failure of that item alone; items past maxFeedItems are reported once and not read.
 * Throws INPUT_MALFORMED for XML that is not well-formed, INPUT_EMPTY for a feed without items.
 */
export function readFeed(xml: string, origin: string, maxFeedItems: number): Outcome[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ParleyError('INPUT_MALFORMED', `XML line ${valid.err.line}: ${valid.err.msg}`);
  const { outlet, items } = feedShape(parseXml(xml));
  if (items.length === 0) throw new ParleyError('INPUT_EMPTY', 'the feed has no items');
  const outcomes: Outcome[] = items.slice(0, maxFeedItems).map((item, i) => {
    const itemOrigin = `${origin}#${i + 1}`;
    const text = itemText(item);
    if (!text) return { ok: false, origin: itemOrigin, error: new ParleyError('INPUT_EMPTY', 'the feed item has no text') };
    const meta = cleanMeta({ title: itemTitle(item), url: itemLink(item), outlet, published: itemPublished(item), byline: itemByline(item), origin: itemOrigin });
    return { ok: true, article: { text, meta } };
  });
  if (items.length > maxFeedItems) {
    const detail = `${items.length} items; only the first ${maxFeedItems} were read (maxFeedItems)`;
    outcomes.push({ ok: false, origin, error: new ParleyError('INPUT_TOO_LARGE', detail) });
  }
  return outcomes;
}

/** The parser also refuses some documents the validator passes (DOCTYPE entity limits); that is malformed input too. */
function parseXml(xml: string): XmlNode {
  try {
    return parser.parse(xml) as XmlNode;
  } catch (e) {
    throw new ParleyError('INPUT_MALFORMED', `XML: ${(e as Error).message}`);
  }
}
