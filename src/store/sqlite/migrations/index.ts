import { INITIAL_SCHEMA } from './001-initial.ts';

/** One schema step. `version` is written to PRAGMA user_version when `up` has run, in the same transaction. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly up: string;
}

/**
 * Every schema change, oldest first. Append only: a released migration is never edited, because stores in the
 * field have already run it; change the schema by adding the next version.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'documents, attributions, speaker keys, mentions, full-text indexes', up: INITIAL_SCHEMA },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
