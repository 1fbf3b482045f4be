/**
 * Turns what a person types into an FTS5 query that cannot be a syntax error. FTS5 gives meaning to quotes,
 * AND/OR/NOT/NEAR, `*`, `^`, `:`, `-`, parentheses; a search box must not. So every word becomes a quoted
 * string ("NOT" searches for the word not), a balanced "quoted phrase" stays a phrase, a stray quote is
 * dropped, and a trailing `*` (sanction*) stays a prefix search because people expect it.
 * Terms are ANDed, as in a web search box.
 */
export function toFtsQuery(input: string, maxTerms = MAX_QUERY_TERMS): string | null {
  const terms: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (const m of input.matchAll(pattern)) {
    const term = m[1] !== undefined ? phrase(m[1]) : word(m[2]);
    if (term) terms.push(term);
    if (terms.length >= maxTerms) break;
  }
  return terms.length ? terms.join(' ') : null;
}

/** A long pasted paragraph would make an AND of hundreds of terms: cap it (it could only match itself). */
export const MAX_QUERY_TERMS = 32;

function phrase(body: string): string | null {
  return hasWordCharacter(body) ? `"${body.trim()}"` : null;
}

function word(raw: string): string | null {
  const prefix = /[\p{L}\p{N}]\*+$/u.test(raw);
  const body = raw.replace(/\*+$/, '').replace(/"/g, ' ').trim();
  if (!hasWordCharacter(body)) return null;
  return prefix ? `"${body}"*` : `"${body}"`;
}

/** A term of punctuation only ("-", "&") tokenises to nothing, and an empty phrase is a query error in FTS5. */
function hasWordCharacter(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}
