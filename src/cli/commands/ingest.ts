import type { Command } from 'commander';
import { createParley, type Parley } from '../../engine/parley.ts';
import { describeError, EXIT } from '../exit.ts';
import { readInputs } from '../../ingest/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import { addInputOptions, ingestOptions, type InputFlags } from '../ingest-options.ts';
import type { CommandContext } from '../main.ts';
import type { CliIO } from '../io.ts';
import { addActorsOption, addDbOption, dbPath } from '../options.ts';
import { progress } from '../progress.ts';

export interface IngestSummary {
  inserted: number;
  duplicate: number;
  updated: number;
  failed: Array<{ origin: string; reason: string }>;
}

export function registerIngest(program: Command, { io, setExitCode }: CommandContext): void {
  const cmd = program
    .command('ingest')
    .argument('<paths...>', 'files, directories, or - for standard input')
    .description('analyse articles and store them; inputs that fail are reported and skipped');
  addInputOptions(cmd);
  addDbOption(cmd);
  addActorsOption(cmd).action(async (paths: string[], flags: InputFlags & { db?: string; actors?: string[] }) => {
    const store = openStore(dbPath(flags, io));
    try {
      const parley = createParley({ actorsFiles: flags.actors });
      const summary = await ingestInto(store, parley, paths, flags, io);
      printSummary(summary, io);
      if (summary.failed.length) setExitCode(EXIT.INPUT);
    } finally {
      store.close();
    }
  });
}

/** Each document is analysed, then stored in its own transaction: a failure or a kill loses at most the one in flight. */
export async function ingestInto(store: Store, parley: Parley, paths: string[], flags: InputFlags, io: CliIO): Promise<IngestSummary> {
  const summary: IngestSummary = { inserted: 0, duplicate: 0, updated: 0, failed: [] };
  const bar = progress(io, 'ingest');
  try {
    for await (const item of readInputs(paths, ingestOptions(flags, io))) {
      if (!item.ok) {
        summary.failed.push({ origin: item.origin, reason: `${item.code}: ${item.message}` });
        continue;
      }
      const origin = item.article.meta.origin ?? '?';
      try {
        const result = store.put(parley.analyze(item.article.text, item.article.meta));
        summary[result.status]++;
      } catch (error) {
        summary.failed.push({ origin, reason: describeError(error).replace(/^error /, '') });
      }
      bar.tick(origin);
    }
  } finally {
    bar.stop();
  }
  return summary;
}

function printSummary(s: IngestSummary, io: CliIO): void {
  io.out(`ingested ${s.inserted}, duplicate ${s.duplicate}, updated ${s.updated}, failed ${s.failed.length}`);
  for (const f of s.failed) io.err(`  failed ${f.origin}: ${f.reason}`);
}
