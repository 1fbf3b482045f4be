import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../errors/catalogue.ts';
import type { Knowledge } from '../../pipeline/knowledge.ts';
import { defaultKnowledge, mentionPipeline } from '../gum/analyse.ts';
import { loadGum } from '../gum/coref.ts';
import { goldNames, ourNames, prf, scoreNames, type Counts, type GoldName, type Predicted, type Prf } from '../gum/mentions.ts';
import { compromiseNames } from './compromise.ts';
import { readCoreNlpMentions } from './corenlp.ts';

export interface MentionEvalOptions {
  /** gum-news folder (dep/*.conllu): gold named entities. */
  gumDir?: string;
  /** polnear folder: CoreNLP 4-class NER as silver. */
  polnearDir?: string;
  split?: 'train' | 'dev';
  /** At most this many PolNeAR articles (in file-name order). */
  limit?: number;
  knowledge?: Knowledge;
}

export interface SystemScores {
  byType: Record<string, Prf>;
  /** Over PERSON, ORG and GPE (NORP against CoreNLP's MISC is reported but not averaged in). */
  micro: Prf;
}

export interface MentionEvalReport {
  gum?: { documents: number; parley: SystemScores; compromise: SystemScores };
  polnear?: { split: string; documents: number; parley: SystemScores; compromise: SystemScores };
}

/**
 * Name-mention detection and typing, scored by exact character span, for Parley and for compromise on
 * the same texts. Against GUM (gold) see gum/mentions.ts for the type mapping. Against PolNeAR the
 * reference is CoreNLP's 4-class NER (silver, not gold): PERSON → PERSON, ORGANIZATION → ORG,
 * LOCATION → GPE, MISC → NORP (MISC also covers events and products, so NORP recall against it is low
 * by construction; its precision says how often our NORP words are CoreNLP MISC).
 */
export async function evaluateMentions(opts: MentionEvalOptions): Promise<MentionEvalReport> {
  const analyse = mentionPipeline(opts.knowledge ?? (await defaultKnowledge()));
  const report: MentionEvalReport = {};
  if (opts.gumDir) {
    const docs = loadGum(opts.gumDir);
    const ours: Record<string, Counts> = {};
    const peer: Record<string, Counts> = {};
    for (const d of docs) {
      const gold = goldNames(d);
      scoreNames(gold, ourNames(analyse(d.text, { published: d.date }).get('mentions')), ours);
      scoreNames(gold, compromiseNames(d.text), peer);
    }
    report.gum = { documents: docs.length, parley: summarise(ours), compromise: summarise(peer) };
  }
  if (opts.polnearDir) {
    const split = opts.split ?? 'dev';
    const dir = join(opts.polnearDir, split);
    if (!existsSync(join(dir, 'corenlp'))) throw new ParleyError('DATA_NOT_FOUND', `${dir}/corenlp (expected the polnear folder)`);
    const names = readdirSync(join(dir, 'corenlp')).filter((f) => f.endsWith('.txt.xml.gz')).sort().slice(0, opts.limit ?? Infinity);
    const ours: Record<string, Counts> = {};
    const peer: Record<string, Counts> = {};
    let documents = 0;
    for (const f of names) {
      const article = f.replace(/\.txt\.xml\.gz$/, '');
      const textPath = join(dir, 'text', `${article}.txt`);
      if (!existsSync(textPath)) continue;
      const text = readFileSync(textPath, 'utf8');
      const silver = asGold(readCoreNlpMentions(join(dir, 'corenlp', f)));
      const date = /_(\d{4}-\d{2}-\d{2})_/.exec(article)?.[1];
      const mentions = analyse(text, { published: date }).get('mentions');
      scoreNames(silver, mentions.filter((m) => m.form === 'name' && m.type !== 'COLLECTIVE'), ours);
      scoreNames(silver, compromiseNames(text), peer);
      documents++;
    }
    report.polnear = { split, documents, parley: summarise(ours), compromise: summarise(peer) };
  }
  return report;
}

function asGold(silver: readonly Predicted[]): GoldName[] {
  return silver.map((s) => ({ type: s.type as GoldName['type'], spans: [[s.start, s.end]] }));
}

function summarise(counts: Record<string, Counts>): SystemScores {
  const byType: Record<string, Prf> = {};
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const [type, c] of Object.entries(counts)) {
    byType[type] = prf(c);
    if (type === 'PERSON' || type === 'ORG' || type === 'GPE') {
      micro.tp += c.tp;
      micro.fp += c.fp;
      micro.fn += c.fn;
    }
  }
  return { byType, micro: prf(micro) };
}
