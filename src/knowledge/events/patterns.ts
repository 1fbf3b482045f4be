import type { LexiconBlock, LexiconFile } from './lexicon-file.ts';
import { nounForms, verbForms, type IrregularVerbs } from './inflect.ts';
import type { PloverTarget } from './plover.ts';

/** CAMEO object patterns compiled for matching: word runs as sets of surface forms, indexed by a key word. */

/** A run of consecutive words; each word is the set of surface forms it may take. */
export type WordSeq = readonly ReadonlySet<string>[];
/** A pattern group: alternative word runs ("&CEASEFIRE" → "truce" | "cease fire" | …), with the forms they start and end with. */
export interface Group {
  readonly seqs: readonly WordSeq[];
  /** Every form the first word of some run can take: a token outside it starts no run (a cheap reject). */
  readonly first: ReadonlySet<string>;
  readonly last: ReadonlySet<string>;
}

export interface ObjectPattern {
  readonly post: readonly Group[];
  readonly pre: readonly Group[];
  readonly target: PloverTarget | null;
  /** Words the pattern needs: the more, the more specific. */
  readonly size: number;
}

/**
 * A block's object patterns indexed by a content word they need after the verb (the first group that is not a
 * preposition: "possibility" in "(OF &CEASEFIRE) POSSIBILITY" … "&CEASEFIRE" in "(OF &CEASEFIRE)"), so matching
 * looks at the few patterns whose key word stands after the verb instead of trying all of a block's hundreds.
 */
export interface PatternIndex {
  readonly byKeyWord: ReadonlyMap<string, readonly ObjectPattern[]>;
  /** Patterns with words before the verb only ("&MILITARY *"): few, tried every time. */
  readonly preOnly: readonly ObjectPattern[];
}

export const NO_PATTERNS: PatternIndex = { byKeyWord: new Map(), preOnly: [] };

const FUNCTION_WORDS = new Set(['to', 'of', 'in', 'on', 'with', 'for', 'from', 'by', 'at', 'against', 'as', 'into', 'over', 'about', 'the', 'a', 'an', 'out', 'up', 'off', 'down', 'back', 'away', 'and', 'its', 'their', 'his', 'her']);

export function isFunctionGroup(g: Group): boolean {
  return g.seqs.every((seq) => seq.length === 1 && [...seq[0]].some((f) => FUNCTION_WORDS.has(f)));
}

export function hasCodingPattern(index: PatternIndex): boolean {
  return index.preOnly.some((p) => p.target) || [...index.byKeyWord.values()].some((list) => list.some((p) => p.target));
}

export function indexPatterns(patterns: readonly ObjectPattern[]): PatternIndex {
  const byKeyWord = new Map<string, ObjectPattern[]>();
  const preOnly: ObjectPattern[] = [];
  for (const p of patterns) {
    if (p.post.length === 0) {
      preOnly.push(p);
      continue;
    }
    const key = p.post.find((g) => !isFunctionGroup(g)) ?? p.post[0];
    for (const f of key.first) {
      const list = byKeyWord.get(f);
      if (list) list.push(p);
      else byKeyWord.set(f, [p]);
    }
  }
  return { byKeyWord, preOnly };
}

/** Pattern words are matched in any noun or verb form; one shared Set per word keeps the 4,000 patterns small. */
export function formCache(irregular: IrregularVerbs): (word: string) => ReadonlySet<string> {
  const cache = new Map<string, ReadonlySet<string>>();
  return (word) => {
    let forms = cache.get(word);
    if (!forms) cache.set(word, (forms = new Set([...nounForms(word), ...verbForms(word, irregular)])));
    return forms;
  };
}

export function compilePattern(
  p: LexiconBlock['patterns'][number], synsets: LexiconFile['synsets'], toPlover: (code: string | null) => PloverTarget | null, anyForm: (w: string) => ReadonlySet<string>,
): ObjectPattern {
  const [post, code, pre = []] = p;
  const compileGroup = (g: string): Group => expandGroup(g, synsets, anyForm);
  const size = [...post, ...pre].reduce((n, g) => n + g.split(' ').length, 0);
  return { post: post.map(compileGroup), pre: pre.map(compileGroup), target: toPlover(code), size };
}

/** "peace &PROPOSAL" → every run of words it can stand for, each word with its singular and plural. */
function expandGroup(group: string, synsets: LexiconFile['synsets'], anyForm: (w: string) => ReadonlySet<string>): Group {
  let runs: string[][] = [[]];
  for (const word of group.split(' ')) {
    const alternatives = word.startsWith('&') ? (synsets[word.slice(1)] ?? []).map((m) => m.split(' ')) : word.split('/').map((w) => [w]);
    runs = runs.flatMap((run) => alternatives.map((alt) => [...run, ...alt]));
  }
  const seqs = runs.filter((r) => r.length > 0).map((run) => run.map(anyForm));
  const union = (pick: (seq: WordSeq) => ReadonlySet<string>): Set<string> => new Set(seqs.flatMap((seq) => [...pick(seq)]));
  return { seqs, first: union((seq) => seq[0]), last: union((seq) => seq[seq.length - 1]) };
}

