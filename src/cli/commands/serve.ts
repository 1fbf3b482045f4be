import type { Command } from 'commander';
import { createParley } from '../../engine/parley.ts';
import { createApp, serve } from '../../server/index.ts';
import { openStore } from '../../store/index.ts';
import type { CommandContext } from '../main.ts';
import type { CliIO } from '../io.ts';
import { addDbOption, dbPath, positiveInt } from '../options.ts';

export function registerServe(program: Command, { io }: CommandContext): void {
  addDbOption(
    program
      .command('serve')
      .description('HTTP JSON API over the store (documents, search, quotes, speakers, analyze)')
      .option('--port <n>', 'port', positiveInt('--port'), 8787)
      .option('--host <host>', 'interface to listen on', '127.0.0.1'),
  ).action((flags: { db?: string; port: number; host: string }) => serveStore(dbPath(flags, io), flags, io));
}

/** Serves until SIGINT/SIGTERM, then closes the server and the store. */
export async function serveStore(path: string, flags: { port: number; host: string }, io: CliIO): Promise<void> {
  const store = openStore(path);
  const parley = createParley();
  const server = await serve(createApp({ store, analyze: (text, meta) => parley.analyze(text, meta) }), flags);
  io.out(`Parley API on ${server.url}/api (store ${path}); Ctrl-C stops`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  store.close();
}
