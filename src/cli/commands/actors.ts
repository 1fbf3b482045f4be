import type { Command } from 'commander';
import { loadActorBase } from '../../knowledge/actors/index.ts';
import type { ActorRecord } from '../../knowledge/actors/types.ts';
import { ParleyError } from '../../errors/catalogue.ts';
import type { CommandContext } from '../main.ts';
import { addActorsOption, addDbOption, isoDate, positiveInt } from '../options.ts';
import { withStore } from '../with-store.ts';

const MAX_MATCHES_SHOWN = 5;

export function registerActors(program: Command, { io }: CommandContext): void {
  addDbOption(
    program
      .command('actors')
      .description('actors named in the stored articles, most mentioned first, with their codes')
      .option('--limit <n>', 'most actors to print', positiveInt('--limit'), 50)
      .option('--json', 'print as JSON lines'),
  ).action((flags: { db?: string; limit: number; json?: boolean }) =>
    withStore(flags, io, (store) => {
      for (const a of store.actors({ limit: flags.limit })) {
        io.out(flags.json ? JSON.stringify(a) : `${String(a.mentions).padStart(5)}  ${a.name.padEnd(34)} ${[a.country, a.sector].filter(Boolean).join(' ').padEnd(8)} ${a.actorId} (${a.documents} article${a.documents === 1 ? '' : 's'})`);
      }
    }),
  );

  addActorsOption(
    program
      .command('actor')
      .argument('<name>', 'a name, alias or actor id ("Lavrov", "the Kremlin", "NATO")')
      .description('one actor from the knowledge base: code, aliases and dated roles')
      .option('--on <date>', 'show the role that holds on this date', isoDate('--on'))
      .option('--json', 'print the record as JSON'),
  ).action((name: string, flags: { on?: string; json?: boolean; actors?: string[] }) => {
    const base = loadActorBase({ extraFiles: flags.actors });
    const ids = base.get(name) ? [name] : base.search(name);
    if (!ids.length) throw new ParleyError('ACTOR_NOT_FOUND', name);
    const record = base.get(ids[0])!;
    if (flags.json) return io.out(JSON.stringify({ ...record, on: flags.on ?? null, code: base.code(record.id, flags.on) ?? null }, null, 2));
    io.out(...describe(record, base.code(record.id, flags.on)));
    if (ids.length > 1) io.out(`also matching: ${ids.slice(1, 1 + MAX_MATCHES_SHOWN).join(', ')}${ids.length > 1 + MAX_MATCHES_SHOWN ? ', …' : ''}`);
  });
}

function describe(r: ActorRecord, code: { country: string; sector?: string; title?: string } | undefined): string[] {
  const lines = [`${r.name}  [${r.id}]  ${r.kind}${r.wikidata ? `  wikidata ${r.wikidata}` : ''}`];
  if (code) lines.push(`code: ${[code.country, code.sector].filter(Boolean).join(' ')}${code.title ? ` — ${code.title}` : ''}`);
  if (r.aliases.length) lines.push(`aliases: ${r.aliases.join('; ')}`);
  if (r.adjectives?.length) lines.push(`adjectives: ${r.adjectives.join('; ')}`);
  for (const role of r.roles ?? []) {
    lines.push(`  ${role.title} (${[role.country, role.sector].filter(Boolean).join(' ')}) ${role.start ?? '…'} – ${role.end ?? (role.start ? 'present' : '…')}${role.approximate ? ' (approx.)' : ''}`);
  }
  return lines;
}
