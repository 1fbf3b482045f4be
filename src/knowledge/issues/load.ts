import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Stance } from '../../doc/events.ts';
import { ParleyError } from '../../errors/catalogue.ts';
import { irregularVerbsFrom } from '../events/inflect.ts';
import { compilePhrase, DEFAULT_LEXICON_OPTIONS, type CompiledPhrase } from '../events/lexicon.ts';
import { compileIssues, type IssueFile, type IssueIndex } from './taxonomy.ts';

export type CueClass = Exclude<Stance, 'conditional' | 'unclear'> | 'condition';

export interface StanceCue extends CompiledPhrase {
  readonly cls: CueClass;
  readonly phrase: string;
}

/** What the positions stage reads from `context.knowledge.issues`. */
export interface IssueKnowledge {
  readonly index: IssueIndex;
  /** Stance and condition cues by the forms of their first word. */
  readonly cues: ReadonlyMap<string, readonly StanceCue[]>;
  readonly negators: ReadonlySet<string>;
}

interface StanceCueFile {
  readonly support: readonly string[];
  readonly oppose: readonly string[];
  readonly demand: readonly string[];
  readonly conditions: readonly string[];
  readonly negators: readonly string[];
}

export const DEFAULT_ISSUES_DATA_DIR = join(import.meta.dirname, '../../../data/issues');
const EVENTS_DATA_DIR = join(import.meta.dirname, '../../../data/events');

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new ParleyError('MODEL_INVALID', `${path}: ${(e as Error).message}`);
  }
}

export interface IssueKnowledgeOptions {
  readonly dir?: string;
  /** Replace the taxonomy (a user's own issues, or a test's). */
  readonly issues?: IssueFile;
}

export function loadIssueKnowledge(options: IssueKnowledgeOptions = {}): IssueKnowledge {
  const dir = options.dir ?? DEFAULT_ISSUES_DATA_DIR;
  const index = compileIssues(options.issues ?? readJson<IssueFile>(join(dir, 'issues.json')));
  const file = readJson<StanceCueFile>(join(dir, 'stance-cues.json'));
  const irregular = irregularVerbsFrom(readJson(join(EVENTS_DATA_DIR, 'irregular-verbs.json')));
  const cues = new Map<string, StanceCue[]>();
  const classes: Array<[CueClass, readonly string[]]> = [['support', file.support], ['oppose', file.oppose], ['demand', file.demand], ['condition', file.conditions]];
  for (const [cls, phrases] of classes) {
    for (const phrase of phrases) {
      const cue: StanceCue = { ...compilePhrase(phrase, irregular, DEFAULT_LEXICON_OPTIONS), cls, phrase };
      for (const f of cue.words[0]) cues.set(f, [...(cues.get(f) ?? []), cue]);
    }
  }
  return { index, cues, negators: new Set(file.negators) };
}

let shipped: IssueKnowledge | undefined;

export function shippedIssueKnowledge(): IssueKnowledge {
  shipped ??= loadIssueKnowledge();
  return shipped;
}
