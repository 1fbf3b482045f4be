/**
 * One catalogue of error codes, as spaCy keeps its `Errors` class: a code is a stable public contract
 * (scripts match on it), the message is for people and may improve over time.
 *
 * Two kinds of trouble, as in unified/vfile:
 * - misuse of the API or CLI (a missing file, a pipeline built without a prerequisite) throws a ParleyError;
 * - problems in the *content* of an article (an unbalanced quote mark) become positioned diagnostics on the
 *   document (see src/doc/diagnostics.ts) and never throw.
 */
export const ERRORS = {
  // Input: what a user hands to ingest / analyze.
  INPUT_NOT_FOUND: 'No such file or directory',
  INPUT_UNREADABLE: 'The input cannot be read (permissions or I/O error)',
  INPUT_EMPTY: 'The input holds no text',
  INPUT_BINARY: 'The input looks binary (NUL bytes or invalid UTF-8), not text',
  INPUT_TOO_LARGE: 'The input is larger than the configured limit',
  INPUT_MALFORMED: 'The input is not well-formed for its format',
  INPUT_TOO_MANY_FILES: 'More files than the configured limit',
  INPUT_UNSUPPORTED: 'The input format is not supported',
  // Documents and spans: programming errors in a stage.
  SPAN_OUT_OF_BOUNDS: 'A span lies outside the document text',
  SPAN_TEXT_MISMATCH: 'A span text does not equal the text it points at',
  LAYER_EXISTS: 'The document already has this layer (documents are immutable)',
  // Pipeline construction.
  STAGE_UNKNOWN: 'No stage is registered under this name',
  STAGE_DUPLICATE: 'A stage with this name is already registered',
  STAGE_MISSING_REQUIREMENT: 'A stage requires a layer that no earlier stage produces',
  PIPELINE_FROZEN: 'The pipeline is frozen; configure a new one',
  STAGE_OUTPUT_INVALID: 'A stage did not produce what it declared',
  // Knowledge and models.
  ACTORS_FILE_INVALID: 'The actors file is not valid',
  MODEL_INVALID: 'The model file is missing or not valid',
  // Store.
  STORE_OPEN_FAILED: 'The store cannot be opened',
  STORE_SCHEMA_TOO_NEW: 'The store was written by a newer Parley',
  DOC_NOT_FOUND: 'No document with this id',
  ACTOR_NOT_FOUND: 'No actor in the knowledge base matches this name',
  // Usage.
  USAGE: 'The command was called wrongly',
  DATA_NOT_FOUND: 'The evaluation or training data folder is missing or incomplete',
  STORE_RECORD_INVALID: 'The record is not a valid Analysis and was not stored',
  INTERNAL: 'An unexpected internal error (a bug: please report it)',
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class ParleyError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, detail?: string, details: Record<string, unknown> = {}) {
    super(detail ? `${ERRORS[code]}: ${detail}` : ERRORS[code]);
    this.name = 'ParleyError';
    this.code = code;
    this.details = details;
  }

  toJSON(): { code: ErrorCode; message: string; details: Record<string, unknown> } {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export function isParleyError(e: unknown): e is ParleyError {
  return e instanceof ParleyError;
}
