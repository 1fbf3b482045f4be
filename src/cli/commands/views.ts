import type { Command } from 'commander';
import { PLOVER_TYPES, type PloverType } from '../../doc/events.ts';
import { ParleyError } from '../../errors/catalogue.ts';
import { toCsv, type CsvTable } from '../../export/csv.ts';
import { toPloverJsonl } from '../../export/plover-jsonl.ts';
import { filterEvents, findShifts, positionTimeline } from '../../export/views.ts';
import type { CommandContext } from '../main.ts';
import { addDbOption, isoDate } from '../options.ts';
import { withStore } from '../with-store.ts';

const who = (p: { span: { text: string }; actor?: { id: string; country: string; sector?: string } } | null) =>
  p ? `${p.actor ? `${p.actor.id} (${[p.actor.country, p.actor.sector].filter(Boolean).join(' ')})` : `"${p.span.text}"`}` : '-';

export function registerViews(program: Command, { io }: CommandContext): void {
  addDbOption(
    program
      .command('events')
      .description('PLOVER events in the store, oldest first')
      .option('--actor <name>', 'actor id, country code or name on the acting side')
      .option('--type <type>', `one of ${PLOVER_TYPES.join(', ')}`)
      .option('--since <date>', 'events dated on or after', isoDate('--since'))
      .option('--json', 'print as JSON lines'),
  ).action((flags: { db?: string; actor?: string; type?: string; since?: string; json?: boolean }) => {
    const type = flags.type?.toUpperCase();
    if (type && !(PLOVER_TYPES as readonly string[]).includes(type)) throw new ParleyError('USAGE', `--type must be one of ${PLOVER_TYPES.join(', ')}`);
    return withStore(flags, io, (store) => {
      const rows = filterEvents([...store.analyses()], { actor: flags.actor, type: type as PloverType | undefined, since: flags.since });
      for (const { docId, event: e } of rows) {
        io.out(flags.json ? JSON.stringify({ docId, ...e }) : `${e.date.value ?? '----------'}  ${e.type.padEnd(9)} ${who(e.actor)} → ${who(e.recipient)}  "${e.trigger.text}"${e.flags.negated ? ' [negated]' : ''}${e.flags.hypothetical ? ' [hypothetical]' : ''}  ${docId}`);
      }
      if (!flags.json) io.out(`${rows.length} event${rows.length === 1 ? '' : 's'}`);
    });
  });

  addDbOption(
    program
      .command('positions')
      .description("one actor's positions on issues as a timeline, oldest first")
      .requiredOption('--actor <name>', 'actor id, country code or name')
      .option('--issue <id>', 'issue id from data/issues/issues.json')
      .option('--json', 'print as JSON lines'),
  ).action((flags: { db?: string; actor: string; issue?: string; json?: boolean }) =>
    withStore(flags, io, (store) => {
      const rows = positionTimeline([...store.analyses()], { actor: flags.actor, issue: flags.issue });
      for (const { docId, date, position: p } of rows) {
        const conditions = p.conditions.length ? `\n    conditions: ${p.conditions.map((c) => `"${c.text}"`).join('; ')}` : '';
        io.out(flags.json ? JSON.stringify({ docId, day: date, ...p }) : `${date ?? '----------'}  ${p.actor.name}: ${p.stance} on ${p.issue}  (cue "${p.cue?.text ?? ''}", ${docId})${conditions}`);
      }
      if (!flags.json) io.out(`${rows.length} position${rows.length === 1 ? '' : 's'}`);
    }),
  );

  addDbOption(
    program
      .command('shifts')
      .description("where an actor's stance on an issue changed between two dates, with both pieces of evidence")
      .option('--actor <name>', 'actor id, country code or name')
      .option('--issue <id>', 'issue id')
      .option('--json', 'print as JSON lines'),
  ).action((flags: { db?: string; actor?: string; issue?: string; json?: boolean }) =>
    withStore(flags, io, (store) => {
      const shifts = findShifts([...store.analyses()], { actor: flags.actor, issue: flags.issue });
      for (const s of shifts) {
        io.out(flags.json ? JSON.stringify(s) : [
          `${s.actorName} on ${s.issue}: ${s.from.stance} (${s.from.date}) → ${s.to.stance} (${s.to.date})`,
          `    before: "${s.from.evidence.map((e) => e.text).join(' … ')}" (${s.from.docId})`,
          `    after:  "${s.to.evidence.map((e) => e.text).join(' … ')}" (${s.to.docId})`,
        ].join('\n'));
      }
      if (!flags.json) io.out(`${shifts.length} shift${shifts.length === 1 ? '' : 's'}`);
    }),
  );

  addDbOption(
    program
      .command('export')
      .argument('<format>', 'plover (PLOVER JSON Lines of events) | csv')
      .description('export the store: PLOVER JSONL, or CSV of events or positions')
      .option('--table <table>', 'for csv: events | positions', 'events')
      .option('--since <date>', 'articles published on or after', isoDate('--since'))
      .option('--until <date>', 'articles published on or before', isoDate('--until')),
  ).action((format: string, flags: { db?: string; table: string; since?: string; until?: string }) =>
    withStore(flags, io, (store) => {
      const analyses = [...store.analyses({ since: flags.since, until: flags.until })];
      if (format === 'plover') return io.out(toPloverJsonl(analyses).replace(/\n$/, ''));
      if (format !== 'csv') throw new ParleyError('USAGE', `export format must be plover or csv, not "${format}"`);
      if (flags.table !== 'events' && flags.table !== 'positions') throw new ParleyError('USAGE', '--table must be events or positions');
      io.out(toCsv(analyses, flags.table as CsvTable).replace(/\n$/, ''));
    }),
  );
}
