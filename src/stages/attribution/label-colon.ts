import type { RuleAttribution } from './rules.ts';

/** The label as source, the colon as cue, the words after it up to `last` as content. */
export function labelAttribution(first: number, colon: number, last: number): RuleAttribution {
  return { cue: { role: 'CUE', first: colon, last: colon }, source: { role: 'SRC', first, last: colon - 1 }, contents: [{ role: 'CON', first: colon + 1, last }] };
}
