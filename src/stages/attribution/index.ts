export { attributionStage } from './stage.ts';
export { extractAttributions, DEFAULT_EXTRACT_OPTIONS, type ExtractOptions, type RawAttribution } from './extract.ts';
export { loadAttributionModel, writeAttributionModel, DEFAULT_ATTRIBUTION_MODEL_PATH, type AttributionModel } from './model.ts';
export { resolveSpeaker } from './speaker.ts';
