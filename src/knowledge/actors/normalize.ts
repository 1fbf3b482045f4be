/**
 * Token normalisation shared by alias indexing and matching. Aliases are tokenised the way
 * a PTB-style tokenizer (CoreNLP, as in PolNeAR) splits news text: "U.S." stays one token,
 * "Russia's" becomes "Russia" + "'s", hyphenated words stay whole.
 */

// Characters NFKD does not decompose, and typographic apostrophes/quotes/dashes.
const FOLD_MAP: Record<string, string> = {
  '’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'", '“': '"', '”': '"',
  'ß': 'ss', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ł': 'l', 'Ł': 'L',
  'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ı': 'i', '‐': '-', '‑': '-',
};
const FOLD_RE = /[’‘ʼ`´“”ßøØđĐłŁæÆœŒı‐‑]/g;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Fold diacritics and typographic apostrophes, keeping case: "Élysée" -> "Elysee",
 *  "Kyiv’s" -> "Kyiv's". */
export function fold(s: string): string {
  if (PLAIN_ASCII.test(s)) return s; // fast path: almost every token in English news
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(FOLD_RE, (c) => FOLD_MAP[c] ?? c);
}

/** Trie key of a token: folded and lower-cased. */
export function keyOf(token: string): string {
  return fold(token).toLowerCase();
}

export function isArticle(token: string): boolean {
  return token.length === 3 && token.toLowerCase() === 'the';
}

const ABBREV = /^(?:[A-Za-z]\.)+$|^(?:St|Mr|Mrs|Ms|Dr|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Adm|Sgt|Prof|No|Mt|Ft|Rev|Hon)\.$/;
const SIMPLE = /^[A-Za-z-]+(?: [A-Za-z-]+)*$/;
const LEADING = new Set(['"', '“', '‘', '(', '[', '{']);
const TRAILING = new Set(['"', '”', ')', ']', '}', ',', ';', ':', '!', '?']);
const APOSTROPHES = new Set(["'", '’']);

/** Split an alias into tokens as a tokenizer would split the same words in text. Character
 *  tests instead of regexes: this runs for ~35k aliases on every load. */
export function tokenizeAlias(alias: string): string[] {
  if (SIMPLE.test(alias)) return alias.split(' '); // fast path: most names are plain words
  const out: string[] = [];
  for (const raw of alias.trim().split(/\s+/)) {
    let a = 0, b = raw.length;
    while (a < b && LEADING.has(raw[a]!)) a++;
    while (b > a && TRAILING.has(raw[b - 1]!)) b--;
    let w = raw.slice(a, b);
    // A final period belongs to abbreviations ("U.S.", "St.") but not to a word.
    if (w.endsWith('.') && !ABBREV.test(w) && w.indexOf('.') === w.length - 1) w = w.slice(0, -1);
    const n = w.length;
    if (!n) continue;
    if (n > 2 && APOSTROPHES.has(w[n - 2]!) && (w[n - 1] === 's' || w[n - 1] === 'S')) out.push(w.slice(0, n - 2), w.slice(n - 2));
    else if (n > 1 && APOSTROPHES.has(w[n - 1]!) && (w[n - 2] === 's' || w[n - 2] === 'S')) out.push(w.slice(0, n - 1), w.slice(n - 1));
    else out.push(w);
  }
  return out;
}

/** An alias ready for indexing: `surface` is folded with case kept, `phrase` is the lookup
 *  key (space-joined lower-case token keys), `first` its first token key. */
export interface PreparedPhrase { surface: string; phrase: string; first: string; tokens: number }

export function preparePhrase(alias: string): PreparedPhrase | null {
  // Plain-word aliases need no tokenising or folding: no arrays allocated (GC was the
  // largest cost of loading ~35k aliases).
  const surface = SIMPLE.test(alias) ? alias : fold(tokenizeAlias(alias).join(' '));
  if (!surface) return null;
  const phrase = surface.toLowerCase();
  const space = phrase.indexOf(' ');
  let tokens = 1;
  for (let i = space; i >= 0; i = phrase.indexOf(' ', i + 1)) tokens++;
  return { surface, phrase, first: space < 0 ? phrase : phrase.slice(0, space), tokens };
}

/** Strip a possessive ending from a single text token ("Kyiv's" -> "Kyiv"), for tokenizers
 *  that do not split it off. Returns undefined when there is none. */
export function stripPossessive(key: string): string | undefined {
  if (key.length > 2 && key.endsWith("'s")) return key.slice(0, -2);
  return undefined;
}

/** One edit apart: a letter added, dropped, changed, or two neighbours swapped (optimal string alignment). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
