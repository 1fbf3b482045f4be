import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchCorpus {
  texts: string[];
  bytes: number;
  words: number;
  uniqueTexts: number;
  from: string;
}

/**
 * Real-shaped news text of at least `minBytes`: PolNeAR's train and dev articles when ../shared is beside the
 * repo (read in place, never copied), else the bundled sample corpus; cycled until the size is reached.
 */
export function benchCorpus(minBytes: number, polnearDir: string, sampleDir: string): BenchCorpus {
  const sources = [join(polnearDir, 'train', 'text'), join(polnearDir, 'dev', 'text')].filter(existsSync);
  const unique = sources.length ? sources.flatMap(readTexts) : sampleTexts(sampleDir);
  if (!unique.length) throw new Error('no benchmark text found');
  const texts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const t = unique[i % unique.length];
    texts.push(t);
    bytes += Buffer.byteLength(t);
  }
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  return { texts, bytes, words, uniqueTexts: Math.min(unique.length, texts.length), from: sources.length ? 'PolNeAR train+dev' : 'sample corpus' };
}

function readTexts(dir: string): string[] {
  return readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

function sampleTexts(dir: string): string[] {
  const path = join(dir, 'articles.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
}
