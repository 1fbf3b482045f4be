import { isElement, TEXT_NODE, type DomNode } from './dom.ts';

/** Elements that start and end a run of text: each becomes (at least) one paragraph. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

/** Elements whose text is never article prose: code, styles, widgets. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'button',
  'select', 'textarea', 'input', 'head', 'title', 'meta', 'link',
]);

/** Collapses HTML white space but not U+00A0, which normalizeText folds later. */
const HTML_SPACE = /[ \t\n\r\f]+/g;

/**
 * Plain-text paragraphs of an element, one per block. Using blocks rather than `textContent` keeps
 * "…would resume.</p><p>Opposition leaders…" as two paragraphs instead of gluing them into
 * "resume.Opposition". A single <br> stays a line break inside a paragraph (an address, a verse);
 * "<br><br>", the way some outlets separate paragraphs, splits it.
 */
export function blockParagraphs(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const lines = buffer.replace(/ *\n */g, '\n');
    for (const part of lines.split(/\n{2,}/)) {
      const paragraph = part.trim();
      if (paragraph) paragraphs.push(paragraph);
    }
    buffer = '';
  };
  const walk = (node: DomNode): void => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.nodeType === TEXT_NODE) buffer += (child.nodeValue ?? '').replace(HTML_SPACE, ' ');
      if (!isElement(child)) continue;
      const tag = child.tagName.toLowerCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'br') {
        buffer += '\n';
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) flush();
      walk(child);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return paragraphs;
}

export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}
