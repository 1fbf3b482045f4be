import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ERRORS, isParleyError, type ErrorCode } from '../errors/catalogue.ts';

/** The one error shape of the API: scripts match on `code` (from the catalogue); `message` is for people. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** The caller's mistakes are 4xx; a bug in a stage or a store that cannot be read is the server's (5xx). */
const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  USAGE: 400,
  INPUT_EMPTY: 400,
  INPUT_MALFORMED: 400,
  INPUT_BINARY: 400,
  INPUT_UNSUPPORTED: 400,
  INPUT_TOO_LARGE: 413,
  DOC_NOT_FOUND: 404,
  STORE_OPEN_FAILED: 503,
  STORE_SCHEMA_TOO_NEW: 503,
};

export function statusFor(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code] ?? 500;
}

export function errorBody(code: ErrorCode, message: string = ERRORS[code]): ErrorBody {
  return { error: { code, message } };
}

export function sendError(c: Context, code: ErrorCode, message?: string, status: ContentfulStatusCode = statusFor(code)): Response {
  return c.json(errorBody(code, message), status);
}

/**
 * Any thrown value as the API's error. Unexpected errors keep their details in the server log, not in the
 * response: a stack trace or SQL text tells a client nothing it can act on and may tell an attacker a lot.
 */
export function errorResponse(c: Context, error: unknown, log: (error: unknown) => void): Response {
  if (isParleyError(error)) {
    if (statusFor(error.code) >= 500) log(error);
    return sendError(c, error.code, error.message);
  }
  log(error);
  return sendError(c, 'INTERNAL');
}
