import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { ParleyError } from '../../errors/catalogue.ts';
import { evaluateCoref } from '../../eval/gum/coref.ts';
import { evaluateMentions } from '../../eval/ner/evaluate.ts';
import { readExpected, scoreSpeakers, speakerResolver } from '../../eval/corpus/speakers.ts';
import { createParley } from '../../engine/parley.ts';
import { readInputs } from '../../ingest/index.ts';
import { evaluatePetrarchUnitTests } from '../../eval/petrarch/unittest.ts';
import { evaluateActorCodes } from '../../eval/plover/evaluate-actors.ts';
import { evaluateEvents } from '../../eval/plover/evaluate-events.ts';
import { evaluateAttribution } from '../../eval/polnear/evaluate.ts';
import type { CommandContext } from '../main.ts';
import type { CliIO } from '../io.ts';
import { positiveInt } from '../options.ts';

/** Evaluation data is never shipped: every eval command takes its path and says clearly when it is missing. */
function dataPath(path: string, what: string): string {
  if (!existsSync(path)) throw new ParleyError('DATA_NOT_FOUND', `${what} not found at ${path}`);
  return path;
}

function print(io: CliIO, json: boolean | undefined, report: unknown, lines: () => string[]): void {
  io.out(json ? JSON.stringify(report) : lines().join('\n'));
}

const pct = (x: number) => `${(x * 100).toFixed(1)}`;

export function registerEval(program: Command, { io }: CommandContext): Command {
  const evalCmd = program.command('eval').description('measure accuracy on public gold data (paths to ../shared/data/…)');

  evalCmd
    .command('coref')
    .description('pronoun → antecedent accuracy on GUM news gold coreference')
    .requiredOption('--data <dir>', 'the gum-news folder')
    .option('--json', 'print the report as JSON')
    .action(async (flags: { data: string; json?: boolean }) => {
      const r = await evaluateCoref({ dataDir: dataPath(flags.data, 'GUM news data') });
      print(io, flags.json, r, () => [
        `GUM news, ${r.documents} documents`,
        `person pronouns   ${pct(r.personPronouns.accuracy)}%  (${r.personPronouns.correct}/${r.personPronouns.n})`,
        `all pronouns      ${pct(r.pronouns.accuracy)}%  (${r.pronouns.correct}/${r.pronouns.n})`,
        ...Object.entries(r.byPronoun).map(([w, t]) => `  ${w.padEnd(10)} ${t.correct}/${t.n}`),
      ]);
    });

  evalCmd
    .command('mentions')
    .description('name mention F1 per type against GUM gold and PolNeAR CoreNLP silver, next to compromise')
    .option('--gum <dir>', 'the gum-news folder')
    .option('--polnear <dir>', 'the polnear folder')
    .option('--split <split>', 'PolNeAR split: train | dev', 'dev')
    .option('--limit <n>', 'at most this many PolNeAR articles', positiveInt('--limit'))
    .option('--json', 'print the report as JSON')
    .action(async (flags: { gum?: string; polnear?: string; split: 'train' | 'dev'; limit?: number; json?: boolean }) => {
      if (!flags.gum && !flags.polnear) throw new ParleyError('USAGE', 'give --gum and/or --polnear');
      const r = await evaluateMentions({
        gumDir: flags.gum && dataPath(flags.gum, 'GUM news data'),
        polnearDir: flags.polnear && dataPath(flags.polnear, 'PolNeAR data'),
        split: flags.split,
        limit: flags.limit,
      });
      print(io, flags.json, r, () => {
        const out: string[] = [];
        for (const [name, part] of [['GUM news (gold)', r.gum], [`PolNeAR ${flags.split} (CoreNLP silver)`, r.polnear]] as const) {
          if (!part) continue;
          out.push(`${name}, ${part.documents} documents        parley P/R/F1        compromise P/R/F1`);
          for (const type of Object.keys(part.parley.byType)) {
            const p = part.parley.byType[type];
            const c = part.compromise.byType[type];
            out.push(`  ${type.padEnd(8)} ${[p.precision, p.recall, p.f1].map(pct).join(' / ').padEnd(24)} ${c ? [c.precision, c.recall, c.f1].map(pct).join(' / ') : '-'}`);
          }
          const pm = part.parley.micro;
          const cm = part.compromise.micro;
          out.push(`  micro    ${[pm.precision, pm.recall, pm.f1].map(pct).join(' / ').padEnd(24)} ${[cm.precision, cm.recall, cm.f1].map(pct).join(' / ')}`);
        }
        return out;
      });
    });
  evalCmd
    .command('attribution')
    .description('source, cue, content and linked-attribution P/R/F1 (exact and token overlap) on PolNeAR')
    .requiredOption('--data <dir>', 'the polnear folder')
    .option('--split <split>', 'train | dev | test', 'dev')
    .option('--limit <n>', 'at most this many articles', positiveInt('--limit'))
    .option('--json', 'print the report as JSON')
    .action(async (flags: { data: string; split: 'train' | 'dev' | 'test'; limit?: number; json?: boolean }) => {
      if (!['train', 'dev', 'test'].includes(flags.split)) throw new ParleyError('USAGE', '--split must be train, dev or test');
      const r = await evaluateAttribution({ dataDir: dataPath(flags.data, 'PolNeAR data'), split: flags.split, limit: flags.limit });
      print(io, flags.json, r, () => [
        `PolNeAR ${flags.split}: ${r.docs} articles, ${r.gold} gold and ${r.predicted} predicted attributions, ${Math.round(r.wordsPerSecond)} words/s`,
        '            exact P / R / F1        overlap P / R / F1',
        ...(['source', 'cue', 'content', 'linked'] as const).map((k) => {
          const { exact: e, overlap: o } = r[k];
          return `  ${k.padEnd(8)}  ${[e.p, e.r, e.f1].map(pct).join(' / ').padEnd(22)}  ${[o.p, o.r, o.f1].map(pct).join(' / ')}`;
        }),
      ]);
    });

  evalCmd
    .command('events')
    .description('PLOVER event type accuracy, macro-F1 and actor/recipient codes on the PLOVER gold standard records')
    .requiredOption('--gsr <jsonl>', 'the GSR JSON Lines file (e.g. ../shared/data/plover-gsr/dev.jsonl)')
    .option('--petrarch <dir>', 'also score the PETRARCH-2 unit-test sentences in this folder')
    .option('--json', 'print the report as JSON')
    .action(async (flags: { gsr: string; petrarch?: string; json?: boolean }) => {
      const r = await evaluateEvents({ gsrPath: dataPath(flags.gsr, 'PLOVER GSR file') });
      const summary = { typeAccuracy: r.typeAccuracy, macroF1: r.macroF1, actorCode: r.actorCode, recipientCode: r.recipientCode, n: r.n };
      const petrarch = flags.petrarch ? await evaluatePetrarchUnitTests({ dir: dataPath(flags.petrarch, 'PETRARCH-2 unit tests') }) : undefined;
      print(io, flags.json, petrarch ? { ...summary, petrarch } : summary, () => [
        `PLOVER GSR: ${r.n} sentences`,
        `  event type accuracy ${pct(r.typeAccuracy)}%   macro-F1 ${pct(r.macroF1)}%`,
        `  actor code ${pct(r.actorCode)}%   recipient code ${pct(r.recipientCode)}%`,
        ...Object.entries(r.perType).map(([type, t]) => `    ${type.padEnd(10)} F1 ${pct(t.f1)}  (n ${t.gold})`),
        ...(petrarch ? [`PETRARCH-2 unit tests: ${petrarch.n} sentences, CAMEO root ${pct(petrarch.rootMatch)}%, PLOVER type ${pct(petrarch.ploverTypeMatch)}%`] : []),
      ]);
    });

  evalCmd
    .command('actors')
    .description('country code and code+sector accuracy of the actor and recipient spans of PLOVER gold records')
    .requiredOption('--gsr <jsonl>', 'the GSR JSON Lines file')
    .option('--json', 'print {"code", "codeSector", "n"} as fractions')
    .action(async (flags: { gsr: string; json?: boolean }) => {
      const r = await evaluateActorCodes({ gsrPath: dataPath(flags.gsr, 'PLOVER GSR file') });
      print(io, flags.json, { code: r.code, codeSector: r.codeSector, n: r.n, nSector: r.nSector, uncovered: r.uncovered }, () => [
        `PLOVER GSR actor and recipient spans: ${r.n} (${r.nSector} with a sector, ${r.uncovered} not covered by any mention)`,
        `  code ${pct(r.code)}%   code+sector ${pct(r.codeSector)}%`,
      ]);
    });
  evalCmd
    .command('speakers')
    .description('statements and speakers on the sample corpus against its hand-written gold (corpus/expected.jsonl)')
    .option('--articles <dir>', 'the articles', 'corpus/articles')
    .option('--gold <jsonl>', 'the hand-written statements', 'corpus/expected.jsonl')
    .option('--json', 'print the report as JSON')
    .action(async (flags: { articles: string; gold: string; json?: boolean }) => {
      const parley = createParley();
      const analyses = [];
      for await (const item of readInputs([dataPath(flags.articles, 'sample articles')])) if (item.ok) analyses.push(parley.analyze(item.article.text, item.article.meta));
      const r = scoreSpeakers(analyses, readExpected(dataPath(flags.gold, 'statement gold')), speakerResolver());
      print(io, flags.json, r, () => [
        `${r.statements} hand-marked statements in ${analyses.length} articles`,
        `  found ${pct(r.found / r.statements)}%   speaker right ${pct(r.speakerCorrect / Math.max(1, r.speakerScored))}% of ${r.speakerScored}   type right ${pct(r.typeCorrect / Math.max(1, r.found))}%   co-speakers right ${r.coSpeakersCorrect} of ${r.coSpeakersScored}`,
        ...r.misses.slice(0, 15).map((m) => `  miss: "${m.content}" expected ${m.expected ?? '-'}, got ${m.predicted ?? 'nothing'}`),
      ]);
    });
  return evalCmd;
}
