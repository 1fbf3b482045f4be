import { nounForms, verbForms, type IrregularVerbs } from './inflect.ts';
import type { WordSeq } from './patterns.ts';

/** A phrase in the curated syntax ("v:call for", "legitimate n:target", "v:face * n:consequence") as word-form sets and gaps. */
export interface CompiledPhrase {
  readonly words: WordSeq;
  readonly gaps: readonly number[];
  readonly pos: 'verb' | 'noun' | 'phrase';
}

export function compilePhrase(phrase: string, irregular: IrregularVerbs, o: { readonly maxParticleGap: number; readonly maxPhraseGap: number }): CompiledPhrase {
  const words: Set<string>[] = [];
  const gaps: number[] = [];
  let pendingGap = 0;
  let previousWasVerb = false;
  for (const token of phrase.split(' ')) {
    if (token === '*') {
      pendingGap = o.maxPhraseGap;
      continue;
    }
    const forms = new Set<string>();
    for (const alt of token.split('/')) {
      if (alt.startsWith('v:')) verbForms(alt.slice(2), irregular).forEach((f) => forms.add(f));
      else if (alt.startsWith('n:')) nounForms(alt.slice(2)).forEach((f) => forms.add(f));
      else forms.add(alt);
    }
    gaps.push(words.length === 0 ? 0 : Math.max(pendingGap, previousWasVerb ? o.maxParticleGap : 0));
    words.push(forms);
    previousWasVerb = token.startsWith('v:');
    pendingGap = 0;
  }
  const head = phrase.split(' ')[0];
  return { words, gaps, pos: head.startsWith('v:') ? 'verb' : head.startsWith('n:') ? 'noun' : 'phrase' };
}

