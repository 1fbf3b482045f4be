import { ParleyError } from '../errors/catalogue.ts';

/** Page sizes every store honours; a server or CLI may pass its own (still finite) values. */
export interface StoreLimits {
  /** Rows returned when a query gives no `limit`. */
  readonly defaultPageSize: number;
  /** The largest `limit` accepted: beyond it one request could pull the whole store into memory. */
  readonly maxPageSize: number;
}

export const DEFAULT_STORE_LIMITS: StoreLimits = { defaultPageSize: 50, maxPageSize: 500 };

/** A missing limit is the default; a limit outside [1, max] is a usage error rather than a silent clamp. */
export function pageSize(limit: number | undefined, limits: StoreLimits): number {
  if (limit === undefined) return limits.defaultPageSize;
  if (!Number.isInteger(limit) || limit < 1 || limit > limits.maxPageSize) {
    throw new ParleyError('USAGE', `limit must be a whole number from 1 to ${limits.maxPageSize}, not ${limit}`);
  }
  return limit;
}

export function pageOffset(offset: number | undefined): number {
  if (offset === undefined) return 0;
  if (!Number.isSafeInteger(offset) || offset < 0) throw new ParleyError('USAGE', `offset must be a whole number ≥ 0, not ${offset}`);
  return offset;
}
