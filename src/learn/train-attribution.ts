import type { Doc } from '../doc/document.ts';
import { loadPolnearSplit, type PolnearArticle } from '../eval/polnear/corpus.ts';
import { docWithStages } from '../eval/polnear/segmented.ts';
import type { GoldAttribution } from '../eval/polnear/attributions.ts';
import { tokenAtoms, type TokenAtoms } from '../stages/attribution/atoms.ts';
import { attributionContext, type AttributionContext } from '../stages/attribution/context.ts';
import { findCues } from '../stages/attribution/extract.ts';
import { CUE_FEATURES, ROLE_FEATURES, cueColumns } from '../stages/attribution/features.ts';
import { RoleFeaturizer } from '../stages/attribution/role-features.ts';
import { writeAttributionModel } from '../stages/attribution/model.ts';
import { CUE_TAGS, ROLE_TAGS, tagsFromRanges, type RoleRange, type Segment } from '../stages/attribution/tags.ts';
import { cueWindow } from '../stages/attribution/window.ts';
import { FeatureTable } from './feature-table.ts';
import { pruneModel, type ModelMeta } from './model-file.ts';
import { trainSequenceModel, type SequenceExample } from './train-sequence.ts';

export interface TrainAttributionOptions {
  /** A PolNeAR folder (train/ is read). */
  readonly dataDir: string;
  /** Where to write the model file. */
  readonly out: string;
  readonly seed?: number;
  readonly epochs?: number;
  /** Features seen fewer times than this in train get no weights. */
  readonly minCount?: number;
  /** Features whose largest averaged weight is below this are left out of the file. */
  readonly minWeight?: number;
  /** Train on at most this many articles (quick runs and tests). */
  readonly limit?: number;
  readonly log?: (line: string) => void;
}

export interface TrainReport {
  readonly out: string;
  readonly articles: number;
  readonly cueFeatures: number;
  readonly roleFeatures: number;
  readonly cueErrorsPerEpoch: number[];
  readonly roleErrorsPerEpoch: number[];
  readonly seconds: number;
}

export const TRAINING_DEFAULTS = { seed: 1, epochs: 25, minCount: 2, minWeight: 12 } as const;

function ranges(a: GoldAttribution, withCue: boolean): RoleRange[] {
  const out: RoleRange[] = [];
  for (const [start, end] of a.source ?? []) out.push({ role: 'SRC', start, end });
  if (withCue) for (const [start, end] of a.cue) out.push({ role: 'CUE', start, end });
  for (const content of a.contents) for (const [start, end] of content) out.push({ role: 'CON', start, end });
  return out;
}

/** Every gold span of an article as role ranges (pass-1 gold). */
export function goldRanges(article: PolnearArticle): RoleRange[] {
  return article.attributions.flatMap((a) => ranges(a, true));
}

/** Pass-1 training sequences (one per paragraph) of one segmented article. */
export function cueExamples(doc: Doc, article: PolnearArticle, cueTable: FeatureTable): SequenceExample[] {
  const ctx = attributionContext(doc);
  const columns = cueColumns(tokenAtoms(ctx));
  const tags = tagsFromRanges(ctx.tokens, goldRanges(article), CUE_TAGS);
  return ctx.paragraphRanges.map(([first, end]) => ({ seq: CUE_FEATURES.featurize(columns, cueTable, first, end), gold: tags.slice(first, end) }));
}

/**
 * Pass-2 training sequences: one per gold attribution, over its cue's window. The other cues the role
 * tagger is told about are the ones pass 1 finds (`predictedCues`), as at analysis time, not the gold ones:
 * trained on gold, it would learn that every neighbouring cue is known and over-extend content when pass 1
 * misses one.
 */
export function roleExamples(doc: Doc, article: PolnearArticle, roleTable: FeatureTable, predictedCues: (ctx: AttributionContext, atoms: TokenAtoms) => Segment[]): SequenceExample[] {
  const ctx = attributionContext(doc);
  const atoms = tokenAtoms(ctx);
  const predicted = predictedCues(ctx, atoms);
  const featurizer = new RoleFeaturizer(ctx, atoms, roleTable);
  const cueSegments: Segment[] = [];
  for (const a of article.attributions) {
    const cueTags = tagsFromRanges(ctx.tokens, a.cue.map(([start, end]) => ({ role: 'CUE', start, end })), CUE_TAGS);
    let first = -1;
    let last = -1;
    cueTags.forEach((t, i) => {
      if (t === 0) return;
      if (first < 0) first = i;
      last = i;
    });
    cueSegments.push({ role: 'CUE', first, last });
  }
  const roles: SequenceExample[] = [];
  article.attributions.forEach((a, k) => {
    const cue = cueSegments[k];
    if (cue.first < 0) return;
    const [first, end] = cueWindow(ctx, cue);
    const gold = tagsFromRanges(ctx.tokens, ranges(a, false), ROLE_TAGS).slice(first, end);
    const others = predicted.filter((p) => p.last < cue.first || p.first > cue.last);
    roles.push({ seq: featurizer.sequence(cue, [cue, ...others], first, end), gold });
  });
  // Cues pass 1 finds where the annotator marked none teach the role tagger to find no content for them,
  // which is what drops them at analysis time (a cue without content is no attribution).
  const gold = cueSegments.filter((c) => c.first >= 0);
  for (const p of predicted) {
    if (gold.some((g) => g.first <= p.last && p.first <= g.last)) continue;
    const [first, end] = cueWindow(ctx, p);
    roles.push({ seq: featurizer.sequence(p, predicted, first, end), gold: new Int32Array(end - first) });
  }
  return roles;
}

/**
 * Trains both taggers on PolNeAR train: pass 1 (cues, over paragraphs) on every paragraph; pass 2 (source
 * and content given a cue) on each gold attribution's cue window. Writes one model file with provenance.
 */
export async function trainAttribution(opts: TrainAttributionOptions): Promise<TrainReport> {
  const began = Date.now();
  const seed = opts.seed ?? TRAINING_DEFAULTS.seed;
  const epochs = opts.epochs ?? TRAINING_DEFAULTS.epochs;
  const minCount = opts.minCount ?? TRAINING_DEFAULTS.minCount;
  const minWeight = opts.minWeight ?? TRAINING_DEFAULTS.minWeight;
  const log = opts.log ?? (() => {});
  const articles = await loadPolnearSplit(opts.dataDir, 'train', { limit: opts.limit });
  const cueTable = new FeatureTable(CUE_FEATURES.kinds, CUE_FEATURES.templates, true);
  const roleTable = new FeatureTable(ROLE_FEATURES.kinds, ROLE_FEATURES.templates, true);
  const docs = articles.map((a) => docWithStages(a.text));
  const cueSequences = articles.flatMap((a, i) => cueExamples(docs[i], a, cueTable));
  log(`featurised ${articles.length} articles`);
  const meta = (version: string): ModelMeta => ({
    data: `PolNeAR v1.0.0 train split (${articles.length} articles, lexicographically first annotator per article)`,
    command: `parley train attribution --data <polnear> --seed ${seed} --epochs ${epochs}`,
    seed,
    date: new Date().toISOString().slice(0, 10),
    featureSetVersion: version,
    epochs,
    minCount,
    minWeight,
  });
  const train = (table: FeatureTable, examples: SequenceExample[], tags: readonly string[], name: string) => {
    log(`pass ${name}`);
    const t = trainSequenceModel(table, examples, { tags, epochs, seed, minCount, log });
    return { ...t, model: pruneModel(meta(name === 'cues' ? CUE_FEATURES.version : ROLE_FEATURES.version), tags, t.table, t.weights, t.transitions, minWeight) };
  };
  const cues = train(cueTable, cueSequences, CUE_TAGS, 'cues');
  const passOne = { cues: cues.model, roles: cues.model };
  const predict = (ctx: AttributionContext, atoms: TokenAtoms) => findCues(ctx, atoms, passOne, new Float64Array(ctx.tokens.length));
  const roleSequences = articles.flatMap((a, i) => roleExamples(docs[i], a, roleTable, predict));
  const roles = train(roleTable, roleSequences, ROLE_TAGS, 'roles');
  writeAttributionModel(opts.out, { cues: cues.model, roles: roles.model });
  log(`wrote ${opts.out}: ${cues.model.table.size} cue features, ${roles.model.table.size} role features`);
  return {
    out: opts.out,
    articles: articles.length,
    cueFeatures: cues.model.table.size,
    roleFeatures: roles.model.table.size,
    cueErrorsPerEpoch: cues.errorsPerEpoch,
    roleErrorsPerEpoch: roles.errorsPerEpoch,
    seconds: (Date.now() - began) / 1000,
  };
}
