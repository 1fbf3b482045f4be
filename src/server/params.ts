import type { Context } from 'hono';
import { ParleyError } from '../errors/catalogue.ts';

/**
 * Query parameters, read strictly: `limit=abc` is a 400, not a silent default. Ranges (limit ≤ max, dates that
 * exist) are checked by the store, which throws USAGE too, so the rules live in one place.
 * An empty value (`?since=`) counts as absent, as HTML forms send empty fields.
 */
export function textParam(c: Context, name: string): string | undefined {
  const value = c.req.query(name);
  return value === undefined || value.trim() === '' ? undefined : value;
}

export function intParam(c: Context, name: string): number | undefined {
  const value = textParam(c, name);
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value.trim())) throw new ParleyError('USAGE', `${name} must be a whole number, not ${JSON.stringify(value)}`);
  return Number(value);
}

export function choiceParam<T extends string>(c: Context, name: string, choices: readonly T[]): T | undefined {
  const value = textParam(c, name);
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) throw new ParleyError('USAGE', `${name} must be one of ${choices.join(', ')}, not ${JSON.stringify(value)}`);
  return value as T;
}
