import type { TokenTable } from '../../doc/tokens.ts';
import type { CueClass, IssueKnowledge } from '../../knowledge/issues/load.ts';
import { findIssues, type IssueHit } from '../../knowledge/issues/taxonomy.ts';
import type { Clauses } from '../events/clauses.ts';
import { headFits, phraseAt } from '../events/match.ts';
import { modalityAt } from '../events/modality.ts';

/** A stance or condition cue in a sentence, token indices inclusive. */
export interface CueHit {
  readonly cls: CueClass;
  readonly first: number;
  readonly last: number;
  readonly negated: boolean;
}

/**
 * Sentence words for issue keywords: hyphenated tokens split and bare hyphens dropped, because the tokenizer
 * writes "no - fly" but "non-bloc", and a keyword should match both ways.
 */
export function sentenceWords(tokens: TokenTable, from: number, to: number): { words: string[]; token: number[] } {
  const words: string[] = [];
  const token: number[] = [];
  for (let i = from; i < to; i++) {
    const w = tokens.lower[i];
    // Most words hold no hyphen: taken whole, with no array from `split`.
    if (!w.includes('-')) {
      if (w) {
        words.push(w);
        token.push(i);
      }
      continue;
    }
    for (const part of w.split('-')) {
      if (!part) continue;
      words.push(part);
      token.push(i);
    }
  }
  return { words, token };
}

/** Could any keyword start at this word? A cheap first pass, so most sentences build no word list at all. */
function mayStartIssue(word: string, k: IssueKnowledge): boolean {
  return k.index.byWord.has(word) || k.index.byPrefix.has(word.slice(0, 4));
}

/** Issue mentions of a sentence as token ranges. */
export function issuesIn(tokens: TokenTable, from: number, to: number, k: IssueKnowledge): IssueHit[] {
  let any = false;
  for (let i = from; i < to && !any; i++) {
    const w = tokens.lower[i];
    any = w.includes('-') ? w.split('-').some((p) => mayStartIssue(p, k)) : mayStartIssue(w, k);
  }
  if (!any) return [];
  const { words, token } = sentenceWords(tokens, from, to);
  return findIssues(words, k.index).map((h) => ({ issue: h.issue, first: token[h.first], last: token[h.last] }));
}

/** Every stance and condition cue, the longest where two start at one token. */
export function cuesIn(tokens: TokenTable, from: number, to: number, clauses: Clauses, k: IssueKnowledge): CueHit[] {
  const out: CueHit[] = [];
  for (let i = from; i < to; i++) {
    // "ended the talks without agreeing on a ceasefire" reports an outcome, no stance for or against
    if (i > from && tokens.lower[i - 1] === 'without') continue;
    let best: CueHit | null = null;
    for (const cue of k.cues.get(tokens.lower[i]) ?? []) {
      if (!headFits(tokens, i, from, cue.pos)) continue;
      const last = phraseAt(tokens, cue, i, to);
      if (last < 0 || (best && last <= best.last)) continue;
      best = { cls: cue.cls, first: i, last, negated: modalityAt(tokens, i, clauses, from).negated || negatedAfter(tokens, last, to, k) };
    }
    if (best) {
      out.push(best);
      i = best.last;
    }
  }
  return out;
}

/** "must not", "should never": the negation follows the modal. */
function negatedAfter(tokens: TokenTable, last: number, to: number, k: IssueKnowledge): boolean {
  return last + 1 < to && k.negators.has(tokens.lower[last + 1]) && /^(must|should|can|may)$/.test(tokens.lower[last]);
}
