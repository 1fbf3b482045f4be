import type { Attribution } from '../../doc/layers.ts';
import type { Span } from '../../doc/span.ts';
import { fragmentsOverlap, MatchCounter, maximumMatching, normalizeFragments, sameFragments, type Fragments, type PRF } from '../metrics.ts';
import type { GoldAttribution } from './attributions.ts';
import { loadPolnearSplit, type PolnearSplit } from './corpus.ts';
import { defaultAnalyser } from './analyser.ts';

export interface ExactAndOverlap {
  readonly exact: PRF;
  readonly overlap: PRF;
}

export interface AttributionEvalReport {
  readonly source: ExactAndOverlap;
  readonly cue: ExactAndOverlap;
  readonly content: ExactAndOverlap;
  readonly linked: ExactAndOverlap;
  readonly docs: number;
  readonly gold: number;
  readonly predicted: number;
  readonly wordsPerSecond: number;
}

export interface EvaluateAttributionOptions {
  readonly dataDir: string;
  readonly split: PolnearSplit;
  /** The system under test; defaults to the default pipeline, or segment + the attribution extractor. */
  readonly analyse?: (text: string) => readonly Attribution[];
  readonly limit?: number;
}

/** One attribution as three normalised spans (content = all content fragments; source may be null). */
interface Triple {
  readonly source: Fragments | null;
  readonly cue: Fragments;
  readonly content: Fragments;
}

const ROLES = ['source', 'cue', 'content'] as const;

/** Scores attributions against PolNeAR gold; see docs/evaluation.md for the definitions. */
export async function evaluateAttribution(opts: EvaluateAttributionOptions): Promise<AttributionEvalReport> {
  const articles = await loadPolnearSplit(opts.dataDir, opts.split, { limit: opts.limit });
  const analyse = opts.analyse ?? defaultAnalyser();
  const counter = new MatchCounter();
  let gold = 0;
  let predicted = 0;
  let words = 0;
  let ms = 0;
  for (const article of articles) {
    const began = performance.now();
    const output = analyse(article.text);
    ms += performance.now() - began;
    words += article.text.split(/\s+/).filter(Boolean).length;
    const g = article.attributions.map((a) => goldTriple(article.text, a));
    const p = output.map((a) => predictedTriple(article.text, a));
    gold += g.length;
    predicted += p.length;
    scoreDocument(counter, p, g);
  }
  const pair = (key: string): ExactAndOverlap => ({ exact: counter.prf(`${key}/exact`), overlap: counter.prf(`${key}/overlap`) });
  return {
    source: pair('source'),
    cue: pair('cue'),
    content: pair('content'),
    linked: pair('linked'),
    docs: articles.length,
    gold,
    predicted,
    wordsPerSecond: ms > 0 ? Math.round((words * 1000) / ms) : 0,
  };
}

export function scoreDocument(counter: MatchCounter, p: readonly Triple[], g: readonly Triple[]): void {
  for (const [mode, same] of [['exact', sameFragments], ['overlap', fragmentsOverlap]] as const) {
    for (const role of ROLES) {
      const ps = p.flatMap((t) => (t[role] ? [t[role]!] : []));
      const gs = g.flatMap((t) => (t[role] ? [t[role]!] : []));
      counter.add(`${role}/${mode}`, maximumMatching(ps, gs, same), ps.length, gs.length);
    }
    const sourceAgrees = (a: Fragments | null, b: Fragments | null) => (a === null || b === null ? a === b : same(a, b));
    const linked = maximumMatching(p, g, (x, y) => same(x.cue, y.cue) && same(x.content, y.content) && sourceAgrees(x.source, y.source));
    counter.add(`linked/${mode}`, linked, p.length, g.length);
  }
}

export function goldTriple(text: string, a: GoldAttribution): Triple {
  return {
    source: a.source ? normalizeFragments(text, a.source) : null,
    cue: normalizeFragments(text, a.cue),
    content: normalizeFragments(text, a.contents.flat()),
  };
}

function fragmentsOf(spans: readonly Span[]): Array<[number, number]> {
  return spans.map((s) => [s.start, s.end]);
}

export function predictedTriple(text: string, a: Pick<Attribution, 'source' | 'cue' | 'content'>): Triple {
  return {
    source: a.source ? normalizeFragments(text, fragmentsOf([a.source])) : null,
    cue: normalizeFragments(text, fragmentsOf([a.cue])),
    content: normalizeFragments(text, fragmentsOf(a.content)),
  };
}
