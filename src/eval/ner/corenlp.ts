import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Predicted } from '../gum/mentions.ts';

/**
 * Silver entity mentions from PolNeAR's automatic Stanford CoreNLP files (4-class CoNLL NER). Only the
 * token elements are read, by a small pattern over each `<token>` block: the files also hold parse trees
 * and coreference, which a full XML parse would build for nothing. Consecutive tokens with one label form
 * one mention, as CoreNLP's IO tags do; offsets are the text file's.
 */
export const CORENLP_TYPES: Readonly<Record<string, string>> = {
  PERSON: 'PERSON', ORGANIZATION: 'ORG', LOCATION: 'GPE', MISC: 'NORP',
};

const TOKEN = /<token id="\d+">[\s\S]*?<CharacterOffsetBegin>(\d+)<\/CharacterOffsetBegin>\s*<CharacterOffsetEnd>(\d+)<\/CharacterOffsetEnd>[\s\S]*?<NER>([^<]*)<\/NER>/g;
const SENTENCE = /<sentence id="\d+">/g;

export function readCoreNlpMentions(path: string): Predicted[] {
  const xml = gunzipSync(readFileSync(path)).toString('utf8');
  return coreNlpMentions(xml);
}

export function coreNlpMentions(xml: string): Predicted[] {
  const sentenceStarts: number[] = [];
  for (const m of xml.matchAll(SENTENCE)) sentenceStarts.push(m.index ?? 0);
  const out: { type: string; start: number; end: number; sentence: number }[] = [];
  let s = 0;
  let previous: string | undefined; // label of the previous token, as in IO tagging
  let previousSentence = -1;
  for (const m of xml.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    while (s + 1 < sentenceStarts.length && sentenceStarts[s + 1] < at) s++;
    const type = CORENLP_TYPES[m[3]];
    const continues = type !== undefined && type === previous && s === previousSentence;
    previous = type;
    previousSentence = s;
    if (!type) continue;
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (continues) out[out.length - 1].end = end;
    else out.push({ type, start, end, sentence: s });
  }
  return out.map(({ type, start, end }) => ({ type, start, end }));
}
