import type { Command } from 'commander';
import { createParley } from '../../engine/parley.ts';
import { ParleyError } from '../../errors/catalogue.ts';
import { readInputs } from '../../ingest/index.ts';
import { EXIT } from '../exit.ts';
import { formatSummary } from '../format/summary.ts';
import { addInputOptions, ingestOptions, type InputFlags } from '../ingest-options.ts';
import type { CommandContext } from '../main.ts';
import { addActorsOption } from '../options.ts';

interface AnalyzeFlags extends InputFlags {
  json?: boolean;
  jsonl?: boolean;
  actors?: string[];
}

export function registerAnalyze(program: Command, { io, setExitCode }: CommandContext): void {
  const cmd = program
    .command('analyze')
    .argument('<path>', 'a file, a directory, or - for standard input')
    .description('analyse articles and print who said what (nothing is stored)')
    .option('--json', 'print the schema object (parley.analysis/1) of one document')
    .option('--jsonl', 'print one schema object per line, for any number of documents');
  addInputOptions(cmd);
  addActorsOption(cmd).action(async (path: string, flags: AnalyzeFlags) => {
    if (flags.json && flags.jsonl) throw new ParleyError('USAGE', 'choose one of --json and --jsonl');
    const parley = createParley({ actorsFiles: flags.actors });
    const results = [];
    let failed = 0;
    for await (const item of readInputs([path], ingestOptions(flags, io))) {
      if (!item.ok) {
        io.err(`error ${item.code}: ${item.message} (${item.origin}; skipped)`);
        setExitCode(EXIT.INPUT);
        failed++;
        continue;
      }
      const analysis = parley.analyze(item.article.text, item.article.meta);
      if (flags.jsonl) io.out(JSON.stringify(analysis));
      else if (!flags.json) io.out([...formatSummary(analysis), ''].join('\n'));
      else results.push(analysis);
    }
    if (flags.json && !(failed > 0 && results.length === 0)) {
      if (results.length !== 1) {
        throw new ParleyError('USAGE', `--json prints one document but the input holds ${results.length}; use --jsonl`);
      }
      io.out(JSON.stringify(results[0], null, 2));
    }
  });
}
