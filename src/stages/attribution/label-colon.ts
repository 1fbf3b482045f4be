import type { RuleAttribution } from './rules.ts';

/**
 * A paragraph opened by a label and a colon, as titles ("Lavrov: Western troops …") and printed transcripts
 * ("WALLACE: Will she be there?") attribute: the colon's token when at most `maxWords` words from `first`, each
 * matching `word`, stand before it; -1 when the paragraph does not open so. Tokens up to `end` are read.
 */
export function colonAfterLabel(words: readonly string[], first: number, end: number, maxWords: number, word: RegExp): number {
  let i = first;
  while (i < end && i - first < maxWords && word.test(words[i])) i++;
  return i > first && words[i] === ':' ? i : -1;
}

/** The label as source, the colon as cue, the words after it up to `last` as content. */
export function labelAttribution(first: number, colon: number, last: number): RuleAttribution {
  return { cue: { role: 'CUE', first: colon, last: colon }, source: { role: 'SRC', first, last: colon - 1 }, contents: [{ role: 'CON', first: colon + 1, last }] };
}
