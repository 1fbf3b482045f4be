import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ParleyError } from '../../errors/catalogue.ts';
import { goldAttributions, type GoldAttribution } from './attributions.ts';
import { parseBrat } from './brat.ts';

export type PolnearSplit = 'train' | 'dev' | 'test';

export interface PolnearArticle {
  /** `<publisher>_<date>_<slug>`. */
  readonly name: string;
  /** The annotator whose .ann was read: the lexicographically first when several annotated the article. */
  readonly annotator: string;
  readonly text: string;
  readonly attributions: readonly GoldAttribution[];
  readonly skipped: number;
}

export interface LoadOptions {
  /** Read at most this many articles (in file-name order). */
  readonly limit?: number;
}

/** True when `dataDir` looks like a PolNeAR folder holding this split. */
export function hasPolnearSplit(dataDir: string, split: PolnearSplit): boolean {
  return existsSync(join(dataDir, split, 'text')) && existsSync(join(dataDir, split, 'attributions'));
}

/** Reads one split: each article's text with one annotator's attributions, in file-name order. */
export async function loadPolnearSplit(dataDir: string, split: PolnearSplit, options: LoadOptions = {}): Promise<PolnearArticle[]> {
  if (!hasPolnearSplit(dataDir, split)) {
    throw new ParleyError('DATA_NOT_FOUND', `${join(dataDir, split)} has no text/ and attributions/ folders`);
  }
  const annotations = await readdir(join(dataDir, split, 'attributions'));
  const firstAnnotator = new Map<string, string>();
  for (const file of annotations.filter((f) => f.endsWith('.ann')).sort()) {
    const m = /^(.*)_([0-9a-f]{4})\.ann$/.exec(file);
    if (m && !firstAnnotator.has(m[1])) firstAnnotator.set(m[1], m[2]);
  }
  const names = [...firstAnnotator.keys()].sort().slice(0, options.limit ?? Infinity);
  return Promise.all(
    names.map(async (name) => {
      const annotator = firstAnnotator.get(name)!;
      const [text, ann] = await Promise.all([
        readFile(join(dataDir, split, 'text', `${name}.txt`), 'utf8'),
        readFile(join(dataDir, split, 'attributions', `${name}_${annotator}.ann`), 'utf8'),
      ]);
      const { attributions, skipped } = goldAttributions(parseBrat(ann));
      return { name, annotator, text, attributions, skipped };
    }),
  );
}
