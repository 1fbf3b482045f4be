/** Decodes the five XML entities and numeric references; anything else ("&nbsp;") is left for the HTML parser. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return codePoint(parseInt(lower.slice(2), 16), whole);
    if (lower.startsWith('#')) return codePoint(parseInt(lower.slice(1), 10), whole);
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[lower] ?? whole;
  });
}

function codePoint(n: number, fallback: string): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback;
}

/**
 * The content of a feed element, from its raw XML. Feeds carry HTML two ways, often mixed: escaped
 * ("&lt;p&gt;Talks resumed&lt;/p&gt;") and in CDATA ("<![CDATA[<p>Talks resumed</p>]]>"). Escaped parts are
 * decoded once; CDATA is taken literally.
 */
export function unwrapXmlContent(raw: string): string {
  let out = '';
  let at = 0;
  for (const m of raw.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)) {
    out += decodeXmlEntities(raw.slice(at, m.index)) + m[1];
    at = (m.index ?? 0) + m[0].length;
  }
  return out + decodeXmlEntities(raw.slice(at));
}
