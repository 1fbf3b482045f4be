/**
 * Longest alias match at a token position. A leading "the" is optional for every alias
 * (and consumed when present); aliases written with "the" ("the West") need it. A token
 * carrying a possessive ("Kyiv's", from tokenizers that do not split it) may end a match.
 */
import { caseMatches } from './caseRules.js';
import { fold, isArticle, keyOf, stripPossessive } from './normalize.js';
import type { AliasEntry, PhraseTable } from './phrases.js';
import type { ActorMatch } from './types.js';

interface Hit { start: number; end: number; entries: AliasEntry[]; possessive: boolean }

/** Entries at a node whose case rule accepts the text span start..end (inclusive). */
function accept(hit: Hit, tokens: readonly string[]): { ids: string[]; adjective: boolean } | null {
  const text = tokens.slice(hit.start, hit.end + 1).map(fold);
  if (hit.possessive) text[text.length - 1] = text[text.length - 1]!.replace(/'s$/i, '');
  const ok = hit.entries.filter((e) => caseMatches(e, text));
  if (!ok.length) return null;
  // A name beats an adjective of the same spelling; ids keep authoritative-first order.
  const names = ok.filter((e) => !e.adjective);
  const use = names.length ? names : ok;
  const ids: string[] = [];
  for (const e of use) for (const id of e.ids) if (!ids.includes(id)) ids.push(id);
  return { ids, adjective: !names.length };
}

/** Every alias phrase that starts at `start`, shortest first. Aliases are stored with the
 *  possessive split off ("kyiv 's allies"), so a text token "Kyiv's" is read as "Kyiv" + "'s":
 *  it can end a match (as "Kyiv") or continue one ("Kyiv's allies"). */
function phrasesFrom(table: PhraseTable, tokens: readonly string[], start: number): Hit[] {
  const first = keyOf(tokens[start]!);
  const max = table.longestFrom(stripPossessive(first) ?? first);
  const hits: Hit[] = [];
  let joined = '';
  for (let j = start; j < tokens.length && j - start < max; j++) {
    const key = j === start ? first : keyOf(tokens[j]!);
    const prefix = j === start ? '' : `${joined} `;
    const bare = stripPossessive(key);
    if (bare) {
      const entries = table.get(prefix + bare);
      if (entries) hits.push({ start, end: j, entries, possessive: true });
      joined = `${prefix}${bare} 's`;
      if (!table.continues(joined)) break;
      continue;
    }
    joined = prefix + key;
    const entries = table.get(joined);
    if (entries) hits.push({ start, end: j, entries, possessive: false });
    if (!table.continues(joined)) break;
  }
  return hits;
}

/** Longest accepted hit among `hits` (ordered by length) that beats `minLength`. */
function longest(hits: Hit[], tokens: readonly string[], i: number, minLength: number, article: boolean): ActorMatch | null {
  for (let h = hits.length - 1; h >= 0; h--) {
    const hit = hits[h]!;
    const length = hit.end - i + 1;
    if (length <= minLength) return null;
    const got = accept(hit, tokens);
    if (got) return { length, ids: got.ids, adjective: got.adjective, article };
  }
  return null;
}

export function matchAt(table: PhraseTable, tokens: readonly string[], i: number): ActorMatch | null {
  if (i < 0 || i >= tokens.length) return null;
  const leadingThe = isArticle(tokens[i]!);
  // Aliases that spell out "the" ("the West") are tried first so they win ties.
  const direct = longest(phrasesFrom(table, tokens, i), tokens, i, 0, leadingThe);
  if (!leadingThe || i + 1 >= tokens.length) return direct;
  const skipped = longest(phrasesFrom(table, tokens, i + 1), tokens, i, direct?.length ?? 0, true);
  return skipped ?? direct;
}
