import { Command, CommanderError } from 'commander';
import { describeError, EXIT, exitCodeFor } from './exit.ts';
import { processIO, type CliIO } from './io.ts';
import { registerCommands } from './commands/index.ts';

export interface CommandContext {
  readonly io: CliIO;
  /** Commands report partial failure (a batch with skipped inputs) without throwing. */
  setExitCode(code: number): void;
}

export function buildProgram(context: CommandContext): Command {
  const program = new Command('parley')
    .description('Reads political news and statements: who said what, with offsets into the text.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => context.io.out(s.replace(/\n$/, '')),
      writeErr: (s) => context.io.err(s.replace(/\n$/, '')),
    });
  registerCommands(program, context);
  return program;
}

/** Runs the CLI and returns the exit status instead of exiting, so tests can call it in-process. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  let exitCode: number = EXIT.OK;
  const context: CommandContext = { io, setExitCode: (code) => (exitCode = Math.max(exitCode, code)) };
  const program = buildProgram(context);
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    io.err(describeError(error));
    return exitCodeFor(error);
  }
}
