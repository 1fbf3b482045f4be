/** Output goes through one writer so commands can be tested in-process by capturing it. */
export interface CliIO {
  out(...lines: string[]): void;
  err(line: string): void;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly interactive: boolean;
  readonly stdin: NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
}

export const processIO: CliIO = {
  out: (...lines) => process.stdout.write(`${lines.join('\n')}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  interactive: Boolean(process.stderr.isTTY),
  stdin: process.stdin,
  env: process.env,
};

export function captureIO(stdin?: NodeJS.ReadableStream, env: NodeJS.ProcessEnv = {}): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (...l) => stdout.push(...l),
    err: (l) => stderr.push(l),
    interactive: false,
    stdin: stdin ?? (process.stdin as NodeJS.ReadableStream),
    env,
  };
}
