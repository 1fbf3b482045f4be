/**
 * A reader for the PETRARCH/TABARI verb-dictionary format (CAMEO.2.0.txt and the unit-test toy dictionaries;
 * ../shared/data/dictionaries/FORMAT.md §3). Pure: text in, plain data out. scripts/build-event-lexicon.ts
 * uses it to derive data/events/lexicon.json; the PETRARCH regression harness reads the toy file with it.
 */

/** One verb line: "REJECT", "DECLINE [120]", "+RULE_OUT", "WIRE_+TAP {WIRETAPPED …}". */
export interface CameoVerb {
  /** Lower-case words of the phrase ("rule", "out"). */
  readonly words: readonly string[];
  /** Which word inflects (the one the file marks with "+", else the first). */
  readonly verbIndex: number;
  /** The line's own code; undefined = the block default; null = codes nothing. */
  readonly code?: string | null;
  /** Extra surface forms of the verb word given in braces ("sped", "speeding"). */
  readonly forms: readonly string[];
}

/** "- * &PROPOSAL [120]": words before and after the verb; each group is a run of consecutive words. */
export interface CameoPattern {
  /** Groups before the verb, in text order; each group is words joined by spaces ("&MILITARY"). */
  readonly pre: readonly string[];
  /** Groups after the verb ("possibility", "of", "&CEASEFIRE"). A word "&NAME" stands for a synset. */
  readonly post: readonly string[];
  readonly code: string | null;
}

export interface CameoBlock {
  readonly label: string;
  readonly code: string | null;
  readonly verbs: readonly CameoVerb[];
  readonly patterns: readonly CameoPattern[];
}

export interface CameoDictionary {
  /** Synset name (without "&", upper case) → member phrases, lower case, words joined by spaces. */
  readonly synsets: Readonly<Record<string, readonly string[]>>;
  readonly blocks: readonly CameoBlock[];
}

const HEADER = /^---\s+(\S+)\s+\[([^\]]*)\]/;
const CODE_AT_END = /\[([^\]]*)\]\s*$/;

/** "[042:043]" → "042" (the source-side code); "[:110]" → "110"; "[---]" → null. */
export function parseCode(raw: string): string | null {
  const parts = raw.trim().split(':').map((p) => p.trim());
  const code = parts.find((p) => /^\d+$/.test(p));
  return code ?? null;
}

export function parseCameoVerbs(text: string): CameoDictionary {
  const synsets: Record<string, string[]> = {};
  const blocks: Array<{ label: string; code: string | null; verbs: CameoVerb[]; patterns: CameoPattern[] }> = [];
  let synset: string[] | null = null;
  for (const rawLine of text.split('\n')) {
    if (rawLine.trim() === '') {
      synset = null; // a blank line ends a synset; a comment-only line inside one does not
      continue;
    }
    const line = rawLine.replace(/#.*$/, '').trimEnd();
    if (line.trim() === '') continue;
    const header = HEADER.exec(line);
    if (header) {
      synset = null;
      blocks.push({ label: header[1], code: parseCode(header[2]), verbs: [], patterns: [] });
      continue;
    }
    const trimmed = line.trim();
    if (trimmed.startsWith('&')) {
      synset = [];
      synsets[trimmed.slice(1).replace(/_$/, '').toUpperCase()] = synset;
      continue;
    }
    if (synset && trimmed.startsWith('+')) {
      synset.push(phraseWords(trimmed.slice(1)).join(' '));
      continue;
    }
    const block = blocks[blocks.length - 1];
    if (!block || trimmed.startsWith('~')) continue;
    if (trimmed.startsWith('-')) {
      const pattern = parsePattern(trimmed.slice(1));
      if (pattern) block.patterns.push(pattern);
      continue;
    }
    const verb = parseVerbLine(trimmed);
    if (verb) block.verbs.push(verb);
  }
  return { synsets, blocks };
}

/** "RULE_OUT_" → ["rule", "out"]: underscores join words, a trailing one (no plural) is dropped. */
function phraseWords(raw: string): string[] {
  return raw.replace(/\+/g, '').toLowerCase().split('_').filter((w) => w !== '');
}

function parseVerbLine(line: string): CameoVerb | null {
  const codeMatch = CODE_AT_END.exec(line);
  let rest = codeMatch ? line.slice(0, codeMatch.index) : line;
  const braces = /\{([^}]*)\}/.exec(rest);
  rest = rest.replace(/\{[^}]*\}/, '').trim();
  if (!rest || /\s/.test(rest)) return null; // a verb line is one token; anything else is not one
  const pieces = rest.split('_').filter((p) => p !== '');
  let verbIndex = pieces.findIndex((p) => p.startsWith('+'));
  if (verbIndex < 0) verbIndex = 0;
  const words = pieces.map((p) => p.replace(/\+/g, '').toLowerCase());
  const forms = braces
    ? braces[1].split(/[\s,]+/).filter(Boolean).map((f) => {
        const fw = f.split('_').filter((p) => p !== '');
        const at = fw.findIndex((p) => p.startsWith('+'));
        return (fw[at >= 0 ? at : 0] ?? '').replace(/\+/g, '').toLowerCase();
      }).filter(Boolean)
    : [];
  const verb: CameoVerb = { words, verbIndex, forms };
  return codeMatch ? { ...verb, code: parseCode(codeMatch[1]) } : verb;
}

/** Pattern body after the dash: "[pre] * [post] (PREP noun) [code]". Actor markers ($ + ^ %) are dropped. */
export function parsePattern(body: string): CameoPattern | null {
  const codeMatch = CODE_AT_END.exec(body);
  if (!codeMatch) return null;
  const code = parseCode(codeMatch[1]);
  const text = body.slice(0, codeMatch.index);
  const star = text.indexOf('*');
  if (star < 0) return null;
  return { pre: groups(text.slice(0, star)), post: groups(text.slice(star + 1)), code };
}

/** "{HARSH RIPOSTES} (OF &FIGHT)" → ["harsh ripostes", "of", "&FIGHT"]. */
function groups(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\{([^}]*)\}|([^\s(){}]+)/g)) {
    if (m[1] !== undefined) {
      const words = m[1].split(/[\s_]+/).map(cleanWord).filter(Boolean);
      if (words.length) out.push(words.join(' '));
    } else {
      const word = cleanWord(m[2]);
      if (word) out.push(word.includes('_') ? word.split('_').filter(Boolean).join(' ') : word);
    }
  }
  return out;
}

function cleanWord(w: string): string {
  if (/^[$+^%.!]+$/.test(w)) return '';
  if (w.startsWith('&')) return '&' + w.slice(1).replace(/_$/, '').toUpperCase();
  return w.replace(/[$^%]/g, '').replace(/_$/, '').toLowerCase();
}
