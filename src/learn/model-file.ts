import { readFileSync, writeFileSync } from 'node:fs';
import { ParleyError } from '../errors/catalogue.ts';
import { FeatureTable, type TemplateSpec } from './feature-table.ts';

export const LINEAR_MODEL_FORMAT = 'parley.linear-sequence-model/1';

/** Where a model came from: enough to retrain it and to refuse a model built for other features. */
export interface ModelMeta {
  /** The training data, as a name and split ("PolNeAR v1.0.0 train, first annotator per article"). */
  readonly data: string;
  readonly command: string;
  readonly seed: number;
  /** ISO date of training. */
  readonly date: string;
  /** Bumped whenever the featuriser changes what a feature string means. */
  readonly featureSetVersion: string;
  readonly [extra: string]: unknown;
}

/** A trained linear sequence model, ready to score: feature table, row-major weights, transitions. */
export interface LinearSequenceModel {
  readonly meta: ModelMeta;
  readonly tags: readonly string[];
  readonly table: FeatureTable;
  /** rows × tags. */
  readonly weights: Float32Array;
  /** (tags + 1) × tags; the last row is the start state. */
  readonly transitions: Float64Array;
}

export interface ModelFile {
  format: string;
  meta: ModelMeta;
  tags: string[];
  kinds: string[];
  templates: TemplateSpec[];
  features: string[];
  /** Base64 of the little-endian Float32 weights, rows × tags. */
  weights: string;
  transitions: number[];
}

/**
 * Keeps the features whose largest weight magnitude reaches `minWeight`: most of a perceptron's features
 * were touched once or twice and end near zero, and dropping them shrinks the file several-fold.
 */
export function pruneModel(
  meta: ModelMeta,
  tags: readonly string[],
  table: FeatureTable,
  weights: Float64Array,
  transitions: Float64Array,
  minWeight: number,
): LinearSequenceModel {
  const T = tags.length;
  const keptNames: string[] = [];
  const kept: number[] = [];
  for (let row = 0; row < table.size; row++) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(weights[row * T + t]));
    if (max >= minWeight) {
      keptNames.push(table.name(row));
      kept.push(row);
    }
  }
  const packed = new Float32Array(kept.length * T);
  kept.forEach((row, i) => packed.set(weights.subarray(row * T, row * T + T), i * T));
  return { meta, tags, table: FeatureTable.fromNames(table.kinds, table.templates, keptNames), weights: packed, transitions: Float64Array.from(transitions) };
}

/** The JSON form of a model (what a model file holds, alone or as one part of a larger file). */
export function encodeLinearModel(model: LinearSequenceModel): ModelFile {
  const names: string[] = [];
  for (let row = 0; row < model.table.size; row++) names.push(model.table.name(row));
  return {
    format: LINEAR_MODEL_FORMAT,
    meta: model.meta,
    tags: [...model.tags],
    kinds: [...model.table.kinds],
    templates: [...model.table.templates],
    features: names,
    weights: Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength).toString('base64'),
    transitions: [...model.transitions].map((x) => Math.round(x * 1e4) / 1e4),
  };
}

export interface ExpectedModel {
  readonly featureSetVersion: string;
  readonly templates: readonly TemplateSpec[];
  readonly tags: readonly string[];
}

/** Checks a decoded JSON model against the featuriser and tags that will use it, and unpacks it. */
export function decodeLinearModel(file: ModelFile, expected: ExpectedModel, where: string): LinearSequenceModel {
  if (file?.format !== LINEAR_MODEL_FORMAT) throw new ParleyError('MODEL_INVALID', `${where}: format ${String(file?.format)}`);
  if (file.meta?.featureSetVersion !== expected.featureSetVersion || JSON.stringify(file.templates) !== JSON.stringify(expected.templates)) {
    throw new ParleyError('MODEL_INVALID', `${where}: built for feature set ${file.meta?.featureSetVersion}, this code uses ${expected.featureSetVersion}`);
  }
  if (file.tags.join(' ') !== expected.tags.join(' ')) throw new ParleyError('MODEL_INVALID', `${where}: tags ${file.tags.join(' ')}`);
  const bytes = Buffer.from(file.weights, 'base64');
  const weights = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (weights.length !== file.features.length * file.tags.length) {
    throw new ParleyError('MODEL_INVALID', `${where}: ${weights.length} weights for ${file.features.length} features × ${file.tags.length} tags`);
  }
  return {
    meta: file.meta,
    tags: file.tags,
    table: FeatureTable.fromNames(file.kinds, file.templates, file.features),
    weights,
    transitions: Float64Array.from(file.transitions),
  };
}

/** Writes any JSON model file. */
export function writeModelFile(path: string, content: unknown): void {
  writeFileSync(path, JSON.stringify(content));
}

/** Reads a JSON model file; a missing or unparsable file is MODEL_INVALID. */
export function readModelFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ParleyError('MODEL_INVALID', `${path}: ${(e as Error).message}`);
  }
}
