import { parseHTML } from 'linkedom';

/**
 * The small part of the DOM that ingest uses. The project compiles without the "dom" lib (nothing else runs in
 * a browser), so linkedom's documents are typed here structurally.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument extends DomElement {
  readonly body: DomElement | null;
  readonly documentElement: DomElement;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/**
 * Parses a page or a fragment. A fragment ("<p>One</p><p>Two</p>" from a feed or a JSONL `html` field) is
 * wrapped in a document first, so that `body` always exists.
 */
export function parseDocument(html: string): DomDocument {
  const isPage = /<(?:html|body)[\s>]/i.test(html.slice(0, 4096)) || /^\s*<!doctype/i.test(html);
  const source = isPage ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as DomDocument;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}
