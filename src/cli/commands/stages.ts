import type { Command } from 'commander';
import { DEFAULT_STAGES, defaultRegistry } from '../../stages/index.ts';
import type { CommandContext } from '../main.ts';

export function registerStages(program: Command, { io }: CommandContext): void {
  program
    .command('stages')
    .description('list the pipeline stages with what each requires and produces')
    .action(() => {
      const registry = defaultRegistry();
      for (const name of DEFAULT_STAGES) {
        const s = registry.get(name);
        io.out(`${s.name}@${s.version}  requires [${s.requires.join(', ')}] → produces [${s.produces.join(', ')}]\n    ${s.description}`);
      }
    });
}
