import { nounForms } from '../events/inflect.ts';

/** data/issues/issues.json: what a user edits to add an issue (docs/events.md). */
export interface IssueFile {
  readonly format: 'parley.issues/1';
  readonly issues: ReadonlyArray<{ id: string; label: string; keywords: readonly string[]; examples?: readonly string[] }>;
}

/** One keyword word: an exact form set, or a prefix ("peacekeep*"). */
type KeyWord = { readonly forms: ReadonlySet<string> } | { readonly prefix: string };

interface Keyword {
  readonly issue: string;
  readonly words: readonly KeyWord[];
}

export interface IssueIndex {
  readonly issues: ReadonlyMap<string, { id: string; label: string }>;
  /** Keywords by the exact forms of their first word. */
  readonly byWord: ReadonlyMap<string, readonly Keyword[]>;
  /** Keywords whose first word is a prefix, by its first four letters. */
  readonly byPrefix: ReadonlyMap<string, readonly Keyword[]>;
}

export interface IssueHit {
  readonly issue: string;
  /** Indices into the word list the hit was found in (inclusive). */
  readonly first: number;
  readonly last: number;
}

const PREFIX_KEY = 4;
/** Words a keyword phrase may skip: "Ukraine's NATO bid" for "ukraine nato bid", "the alliance". */
const SKIPPABLE = new Set(["'s", 'the', 'a', 'an', "'"]);

/** Keywords are split at spaces and hyphens, as sentence words are (see sentenceWords): "no-fly zone" → no fly zone. */
export function splitWords(s: string): string[] {
  return s.toLowerCase().split(/[\s-]+/).filter(Boolean);
}

function keyWord(w: string): KeyWord {
  return w.endsWith('*') && w.length > PREFIX_KEY ? { prefix: w.slice(0, -1) } : { forms: new Set(nounForms(w.replace(/\*$/, ''))) };
}

export function compileIssues(file: IssueFile): IssueIndex {
  const issues = new Map<string, { id: string; label: string }>();
  const byWord = new Map<string, Keyword[]>();
  const byPrefix = new Map<string, Keyword[]>();
  for (const issue of file.issues) {
    issues.set(issue.id, { id: issue.id, label: issue.label });
    for (const phrase of issue.keywords) {
      const words = splitWords(phrase).map(keyWord);
      if (words.length === 0) continue;
      const kw: Keyword = { issue: issue.id, words };
      const head = words[0];
      if ('prefix' in head) push(byPrefix, head.prefix.slice(0, PREFIX_KEY), kw);
      else for (const f of head.forms) push(byWord, f, kw);
    }
  }
  return { issues, byWord, byPrefix };
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

const fits = (w: KeyWord, word: string): boolean => ('prefix' in w ? word.startsWith(w.prefix) : w.forms.has(word));

/** Every keyword found in `words`, longest first where two overlap at the same start. */
export function findIssues(words: readonly string[], index: IssueIndex): IssueHit[] {
  const hits: IssueHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = [...(index.byWord.get(words[i]) ?? []), ...(index.byPrefix.get(words[i].slice(0, PREFIX_KEY)) ?? [])];
    let best: IssueHit | null = null;
    for (const kw of candidates) {
      const last = keywordAt(words, i, kw);
      if (last >= 0 && (!best || last > best.last)) best = { issue: kw.issue, first: i, last };
    }
    if (best) {
      hits.push(best);
      i = best.last;
    }
  }
  return hits;
}

function keywordAt(words: readonly string[], i: number, kw: Keyword): number {
  if (!fits(kw.words[0], words[i])) return -1;
  let at = i;
  for (let k = 1; k < kw.words.length; k++) {
    let j = at + 1;
    if (j < words.length && SKIPPABLE.has(words[j]) && !fits(kw.words[k], words[j])) j++;
    if (j >= words.length || !fits(kw.words[k], words[j])) return -1;
    at = j;
  }
  return at;
}
