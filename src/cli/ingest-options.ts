import type { Command } from 'commander';
import type { IngestOptions } from '../ingest/index.ts';
import type { CliIO } from './io.ts';
import { isoDate, positiveInt } from './options.ts';

/** Options shared by `analyze` and `ingest`: overrides and the input limits, each a named flag with a finite default. */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .option('--pub-date <date>', 'publication date for every input (overrides what the input says)', isoDate('--pub-date'))
    .option('--outlet <name>', 'outlet for every input (overrides what the input says)')
    .option('--format <format>', 'auto | text | html | jsonl | feed', 'auto')
    .option('--max-bytes <n>', 'largest document accepted, in bytes (default 5 MiB)', positiveInt('--max-bytes'))
    .option('--max-line-bytes <n>', 'longest JSONL line accepted, in bytes (default 10 MiB)', positiveInt('--max-line-bytes'))
    .option('--max-files <n>', 'most files read from directories (default 100000)', positiveInt('--max-files'));
}

export interface InputFlags {
  pubDate?: string;
  outlet?: string;
  format?: string;
  maxBytes?: number;
  maxLineBytes?: number;
  maxFiles?: number;
}

export function ingestOptions(flags: InputFlags, io: CliIO): IngestOptions {
  const limits: IngestOptions['limits'] = {};
  if (flags.maxBytes) limits.maxDocumentBytes = flags.maxBytes;
  if (flags.maxLineBytes) limits.maxJsonlLineBytes = flags.maxLineBytes;
  if (flags.maxFiles) limits.maxFiles = flags.maxFiles;
  return {
    limits,
    pubDate: flags.pubDate,
    outlet: flags.outlet,
    stdin: io.stdin,
    format: (flags.format ?? 'auto') as IngestOptions['format'],
  };
}
