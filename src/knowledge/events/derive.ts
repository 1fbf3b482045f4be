import type { CameoBlock, CameoDictionary, CameoVerb } from './cameo-format.ts';
import type { LexiconBlock, LexiconFile } from './lexicon-file.ts';

/**
 * A parsed PETRARCH verb dictionary in Parley's lexicon layout: verbs as "wire +tap|wiretapped=090" strings,
 * patterns as [post groups, code, pre groups?], duplicates and no-op patterns dropped.
 */
export function toLexiconFile(dict: CameoDictionary, about: string): LexiconFile {
  return { format: 'parley.event-lexicon/1', about, synsets: dict.synsets, blocks: dict.blocks.map(compactBlock).filter((b) => b.verbs.length > 0) };
}

/** "wire +tap|wiretapped=090": words, the inflecting word marked when it is not the first, forms, own code. */
export function verbString(v: CameoVerb): string {
  const words = v.words.map((w, i) => (i === v.verbIndex && i > 0 ? '+' + w : w)).join(' ');
  const forms = v.forms.length ? '|' + v.forms.join('|') : '';
  const code = v.code === undefined ? '' : '=' + (v.code ?? '-');
  return words + forms + code;
}

function compactBlock(block: CameoBlock): LexiconBlock {
  const anyCode = block.code !== null || block.verbs.some((v) => v.code);
  const seen = new Set<string>();
  const patterns: LexiconBlock['patterns'][number][] = [];
  for (const p of block.patterns) {
    if (p.code === null && !anyCode) continue; // "codes nothing" under verbs that code nothing anyway
    const key = JSON.stringify([p.pre, p.post]);
    if (seen.has(key)) continue; // the file repeats patterns under several source verbs
    seen.add(key);
    patterns.push(p.pre.length ? [p.post, p.code, p.pre] : [p.post, p.code]);
  }
  return { label: block.label, code: block.code, verbs: block.verbs.map(verbString), patterns };
}
