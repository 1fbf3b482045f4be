import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';
import { registerActors } from './actors.ts';
import { registerAnalyze } from './analyze.ts';
import { registerDemo } from './demo.ts';
import { registerEval } from './eval.ts';
import { registerIngest } from './ingest.ts';
import { registerQueries } from './query.ts';
import { registerServe } from './serve.ts';
import { registerStages } from './stages.ts';
import { registerTrain } from './train.ts';
import { registerViews } from './views.ts';

export function registerCommands(program: Command, context: CommandContext): void {
  registerAnalyze(program, context);
  registerIngest(program, context);
  registerQueries(program, context);
  registerServe(program, context);
  registerDemo(program, context);
  registerStages(program, context);
  registerEval(program, context);
  registerActors(program, context);
  registerViews(program, context);
  registerTrain(program, context);
}
