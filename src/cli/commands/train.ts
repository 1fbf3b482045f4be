import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ParleyError } from '../../errors/catalogue.ts';
import { TRAINING_DEFAULTS, trainAttribution } from '../../learn/train-attribution.ts';
import type { CommandContext } from '../main.ts';
import { positiveInt } from '../options.ts';

const SHIPPED_MODEL = fileURLToPath(new URL('../../../data/models/attribution.json', import.meta.url));

export function registerTrain(program: Command, { io }: CommandContext): void {
  const train = program.command('train').description('train the learned models (deterministic with --seed)');
  train
    .command('attribution')
    .description('train the attribution cue and role taggers on the PolNeAR train split')
    .requiredOption('--data <dir>', 'the polnear folder')
    .option('--out <file>', 'model file to write', SHIPPED_MODEL)
    .option('--seed <n>', 'shuffling seed', positiveInt('--seed'), TRAINING_DEFAULTS.seed)
    .option('--epochs <n>', 'passes over the data', positiveInt('--epochs'), TRAINING_DEFAULTS.epochs)
    .option('--limit <n>', 'train on at most this many articles (quick runs)', positiveInt('--limit'))
    .action(async (flags: { data: string; out: string; seed: number; epochs: number; limit?: number }) => {
      if (!existsSync(flags.data)) throw new ParleyError('DATA_NOT_FOUND', `PolNeAR data not found at ${flags.data}`);
      const report = await trainAttribution({ dataDir: flags.data, out: flags.out, seed: flags.seed, epochs: flags.epochs, limit: flags.limit, log: (l) => io.err(l) });
      io.out(`wrote ${report.out}: ${report.articles} articles, ${report.cueFeatures} cue and ${report.roleFeatures} role features, ${report.seconds.toFixed(0)} s`);
    });
}
