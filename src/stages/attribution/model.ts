import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ParleyError } from '../../errors/catalogue.ts';
import { decodeLinearModel, encodeLinearModel, readModelFile, writeModelFile, type LinearSequenceModel, type ModelFile } from '../../learn/model-file.ts';
import { CUE_FEATURES, ROLE_FEATURES } from './features.ts';
import { CUE_TAGS, ROLE_TAGS } from './tags.ts';

/** The two taggers of the extractor: cues over paragraphs, then source and content once per cue. */
export interface AttributionModel {
  readonly cues: LinearSequenceModel;
  readonly roles: LinearSequenceModel;
}

export const ATTRIBUTION_MODEL_FORMAT = 'parley.attribution-model/1';

/** data/models/attribution.json in the repository (four folders above this one). */
export const DEFAULT_ATTRIBUTION_MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'models', 'attribution.json');

interface AttributionModelFile {
  format: string;
  cues: ModelFile;
  roles: ModelFile;
}

export function writeAttributionModel(path: string, model: AttributionModel): void {
  const file: AttributionModelFile = { format: ATTRIBUTION_MODEL_FORMAT, cues: encodeLinearModel(model.cues), roles: encodeLinearModel(model.roles) };
  writeModelFile(path, file);
}

let cached: AttributionModel | undefined;

/** Reads a model file (the shipped one by default, cached) and checks it fits this featuriser and tag set. */
export function loadAttributionModel(path?: string): AttributionModel {
  if (!path && cached) return cached;
  const where = path ?? DEFAULT_ATTRIBUTION_MODEL_PATH;
  if (!existsSync(where)) throw new ParleyError('MODEL_INVALID', `${where} does not exist (train it with: parley train attribution --data <polnear>)`);
  const file = readModelFile(where) as AttributionModelFile;
  if (file?.format !== ATTRIBUTION_MODEL_FORMAT) throw new ParleyError('MODEL_INVALID', `${where}: format ${String(file?.format)}`);
  const model: AttributionModel = {
    cues: decodeLinearModel(file.cues, { featureSetVersion: CUE_FEATURES.version, templates: CUE_FEATURES.templates, tags: CUE_TAGS }, `${where} (cues)`),
    roles: decodeLinearModel(file.roles, { featureSetVersion: ROLE_FEATURES.version, templates: ROLE_FEATURES.templates, tags: ROLE_TAGS }, `${where} (roles)`),
  };
  if (!path) cached = model;
  return model;
}
