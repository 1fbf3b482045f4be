import { isParleyError, type ErrorCode } from '../errors/catalogue.ts';

/** Exit statuses, documented in the README: scripts can tell a bad input from a bad call. */
export const EXIT = {
  OK: 0,
  /** Bad input, or a batch in which at least one input failed (the others were still processed). */
  INPUT: 1,
  /** The command was called wrongly (unknown option, missing argument). */
  USAGE: 2,
  /** A bug or an environment failure (store cannot be opened, …). */
  INTERNAL: 3,
} as const;

const USAGE_CODES: ReadonlySet<ErrorCode> = new Set(['USAGE', 'STAGE_UNKNOWN', 'STAGE_MISSING_REQUIREMENT']);
const INTERNAL_CODES: ReadonlySet<ErrorCode> = new Set(['STORE_OPEN_FAILED', 'STORE_SCHEMA_TOO_NEW', 'MODEL_INVALID']);

export function exitCodeFor(error: unknown): number {
  if (!isParleyError(error)) return EXIT.INTERNAL;
  if (USAGE_CODES.has(error.code)) return EXIT.USAGE;
  if (INTERNAL_CODES.has(error.code)) return EXIT.INTERNAL;
  return EXIT.INPUT;
}

/** One line a person can act on, with the stable code first so it can also be grepped: "error INPUT_EMPTY: …". */
export function describeError(error: unknown): string {
  if (isParleyError(error)) return `error ${error.code}: ${error.message}`;
  return `error INTERNAL: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
