import type { Command } from 'commander';
import { ParleyError } from '../../errors/catalogue.ts';
import { formatSummary } from '../format/summary.ts';
import type { CommandContext } from '../main.ts';
import { addDbOption, isoDate, positiveInt } from '../options.ts';
import { withStore } from '../with-store.ts';

export function registerQueries(program: Command, { io }: CommandContext): void {
  addDbOption(
    program
      .command('search')
      .argument('<query...>', 'words to find (full-text search over articles and quotes)')
      .description('full-text search over stored articles and quotes')
      .option('--scope <scope>', 'articles | quotes | all', 'all')
      .option('--limit <n>', 'most hits to print', positiveInt('--limit'), 20)
      .option('--json', 'print hits as JSON lines'),
  ).action((words: string[], flags: { db?: string; scope: 'articles' | 'quotes' | 'all'; limit: number; json?: boolean }) =>
    withStore(flags, io, (store) => {
      if (!['articles', 'quotes', 'all'].includes(flags.scope)) throw new ParleyError('USAGE', `--scope must be articles, quotes or all`);
      const hits = store.search(words.join(' '), { limit: flags.limit, scope: flags.scope });
      for (const hit of hits) io.out(flags.json ? JSON.stringify(hit) : `${hit.docId}  ${hit.kind.padEnd(9)} ${hit.title ?? ''}\n    ${hit.snippet}`);
      if (!flags.json) io.out(`${hits.length} hit${hits.length === 1 ? '' : 's'}`);
    }),
  );

  addDbOption(
    program
      .command('quotes')
      .description('statements in the store, newest first, by speaker however named (full name, surname, title, pronoun)')
      .option('--speaker <name>', 'speaker name, surname or actor id')
      .option('--since <date>', 'published on or after', isoDate('--since'))
      .option('--until <date>', 'published on or before', isoDate('--until'))
      .option('--limit <n>', 'most statements to print', positiveInt('--limit'), 50)
      .option('--json', 'print as JSON lines'),
  ).action((flags: { db?: string; speaker?: string; since?: string; until?: string; limit: number; json?: boolean }) =>
    withStore(flags, io, (store) => {
      const rows = store.quotes({ speaker: flags.speaker, since: flags.since, until: flags.until, limit: flags.limit });
      for (const q of rows) {
        if (flags.json) io.out(JSON.stringify(q));
        else io.out(`${q.published?.slice(0, 10) ?? '----------'}  ${q.speaker ?? '(unknown)'} [${q.type}, "${q.cue}"] ${q.title ?? q.docId}\n    ${q.content}`);
      }
      if (!flags.json) io.out(`${rows.length} statement${rows.length === 1 ? '' : 's'}`);
    }),
  );

  addDbOption(
    program
      .command('show')
      .argument('<doc-id>', 'document id (from ingest, search or quotes)')
      .description('print one stored document: summary, or the full schema object with --json')
      .option('--json', 'print the schema object'),
  ).action((id: string, flags: { db?: string; json?: boolean }) =>
    withStore(flags, io, (store) => {
      const analysis = store.get(id);
      if (!analysis) throw new ParleyError('DOC_NOT_FOUND', id);
      io.out(flags.json ? JSON.stringify(analysis, null, 2) : formatSummary(analysis).join('\n'));
    }),
  );
}
