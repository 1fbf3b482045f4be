import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { createParley } from '../../engine/parley.ts';
import { openStore } from '../../store/index.ts';
import type { CommandContext } from '../main.ts';
import { dbPath, positiveInt } from '../options.ts';
import { ingestInto } from './ingest.ts';
import { serveStore } from './serve.ts';

export const SAMPLE_CORPUS = fileURLToPath(new URL('../../../corpus/articles/', import.meta.url));
const TOP_SPEAKERS = 8;

export function registerDemo(program: Command, { io, setExitCode }: CommandContext): void {
  program
    .command('demo')
    .description('ingest the bundled sample corpus, print what Parley found, then serve the API')
    .option('--db <path>', 'store to fill (default: $PARLEY_DB or ./parley.db)')
    .option('--no-serve', 'stop after the summary')
    .option('--port <n>', 'port for the API', positiveInt('--port'), 8787)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(async (flags: { db?: string; serve: boolean; port: number; host: string }) => {
      const path = dbPath(flags, io);
      const store = openStore(path);
      try {
        const summary = await ingestInto(store, createParley(), [SAMPLE_CORPUS], {}, io);
        io.out(`Sample corpus → ${path}: ingested ${summary.inserted}, already stored ${summary.duplicate}, updated ${summary.updated}, failed ${summary.failed.length}`);
        for (const f of summary.failed) io.err(`  failed ${f.origin}: ${f.reason}`);
        if (summary.failed.length) setExitCode(1);
        const stats = store.stats();
        io.out(`${stats.documents} documents, ${stats.attributions} attributions, ${stats.mentions} mentions in the store`, '', 'Most quoted speakers');
        const speakers = store.speakers({ limit: TOP_SPEAKERS });
        for (const s of speakers) io.out(`  ${String(s.count).padStart(3)}  ${s.name}${s.actorId ? ` [${s.actorId}]` : ''} in ${s.documents} article(s)`);
        const top = speakers[0];
        if (top) {
          io.out('', `Newest statements by ${top.name} (parley quotes --speaker "${top.name}")`);
          for (const q of store.quotes({ speaker: top.name, limit: 3 })) io.out(`  ${q.published?.slice(0, 10) ?? ''} [${q.type}] ${q.content.slice(0, 120)}`);
        }
        io.out('', 'Try: parley search ceasefire · parley quotes --speaker Lavrov · parley show <id>');
      } finally {
        store.close();
      }
      if (flags.serve) await serveStore(path, flags, io);
    });
}
