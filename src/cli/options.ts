import type { Command } from 'commander';
import { ParleyError } from '../errors/catalogue.ts';
import type { CliIO } from './io.ts';

/** The store path: --db, else $PARLEY_DB, else ./parley.db. */
export function addDbOption(cmd: Command): Command {
  return cmd.option('--db <path>', 'SQLite store (default: $PARLEY_DB or ./parley.db)');
}

export function dbPath(opts: { db?: string }, io: CliIO): string {
  return opts.db ?? io.env.PARLEY_DB ?? 'parley.db';
}

export function addActorsOption(cmd: Command): Command {
  return cmd.option('--actors <file...>', 'extra actor files (JSON array of actor records, see docs/actors.md)');
}

export function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new ParleyError('USAGE', `${name} must be a positive whole number, not "${value}"`);
    return n;
  };
}

/** Accepts YYYY-MM-DD (and full ISO date-times); anything else is a usage error rather than a silent no-match. */
export function isoDate(name: string) {
  return (value: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
      throw new ParleyError('USAGE', `${name} must be a date like 2026-03-14, not "${value}"`);
    }
    return value;
  };
}
