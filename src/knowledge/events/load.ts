import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../errors/catalogue.ts';
import { compileLexicon, DEFAULT_LEXICON_OPTIONS, type EventLexicon, type LexiconOptions } from './lexicon.ts';
import type { CameoPloverFile, CuratedFile, LexiconFile } from './lexicon-file.ts';
import { irregularVerbsFrom } from './inflect.ts';
import { cameoToPlover, ploverScale, type PloverScale, type PloverScaleFile, type PloverTarget } from './plover.ts';

/** What the events stage reads from `context.knowledge.events`. */
export interface EventKnowledge {
  readonly lexicon: EventLexicon;
  readonly scale: PloverScale;
  readonly toPlover: (code: string | null) => PloverTarget | null;
}

export const DEFAULT_EVENTS_DATA_DIR = join(import.meta.dirname, '../../../data/events');

export interface EventKnowledgeOptions {
  /** Folder with lexicon.json, curated.json, cameo-plover.json, plover.json, irregular-verbs.json. */
  readonly dir?: string;
  /** Replace the CAMEO verb lexicon (the PETRARCH regression harness loads the toy dictionary here). */
  readonly cameo?: LexiconFile;
  /** Replace the hand-curated entries (tests use an empty set to see the CAMEO lexicon alone). */
  readonly curated?: CuratedFile;
  /** Replace the CAMEO→PLOVER mapping (the regression harness keeps every toy code). */
  readonly toPlover?: (code: string | null) => PloverTarget | null;
  readonly lexicon?: Partial<LexiconOptions>;
}

function readJson<T>(dir: string, name: string): T {
  const path = join(dir, name);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new ParleyError('MODEL_INVALID', `${path}: ${(e as Error).message}`);
  }
}

/** Loads and indexes the event knowledge (~100 ms); do it once and pass it through the stage context. */
export function loadEventKnowledge(options: EventKnowledgeOptions = {}): EventKnowledge {
  const dir = options.dir ?? DEFAULT_EVENTS_DATA_DIR;
  const scale = ploverScale(readJson<PloverScaleFile>(dir, 'plover.json'));
  const toPlover = options.toPlover ?? cameoToPlover(readJson<CameoPloverFile>(dir, 'cameo-plover.json'), scale);
  const lexicon = compileLexicon(
    {
      cameo: options.cameo ?? readJson<LexiconFile>(dir, 'lexicon.json'),
      curated: options.curated ?? readJson<CuratedFile>(dir, 'curated.json'),
      irregular: irregularVerbsFrom(readJson(dir, 'irregular-verbs.json')),
      toPlover,
    },
    { ...DEFAULT_LEXICON_OPTIONS, ...options.lexicon },
  );
  return { lexicon, scale, toPlover };
}

let shipped: EventKnowledge | undefined;

/** The shipped knowledge, loaded on first use: what a stage falls back to when its context carries none. */
export function shippedEventKnowledge(): EventKnowledge {
  shipped ??= loadEventKnowledge();
  return shipped;
}

/** A curated file with no entries: the CAMEO lexicon on its own. */
export const EMPTY_CURATED: CuratedFile = { format: 'parley.event-curated/1', entries: [], bareVerbsIgnored: [], contextWords: {} };
