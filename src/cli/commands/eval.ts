import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { ParleyError } from '../../errors/catalogue.ts';
import { evaluateCoref } from '../../eval/gum/coref.ts';
import { evaluateMentions } from '../../eval/ner/evaluate.ts';
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
  return evalCmd;
}
