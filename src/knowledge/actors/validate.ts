import { ParleyError } from '../../errors/catalogue.ts';
/**
 * Validation of actor files (curated.json and user --actors files). A bad file stops loading
 * with an ActorsFileError that names the file, the record and the problem, so a user can fix
 * it without reading code.
 */
import type { ActorKind, ActorRecord, ActorRole } from './types.js';

/** A ParleyError, so the CLI prints its code and exits 1 like any other bad input. */
export class ActorsFileError extends ParleyError {
  constructor(readonly file: string, problem: string) {
    super('ACTORS_FILE_INVALID', `${file}: ${problem}`, { file });
    this.name = 'ActorsFileError';
  }
}

const KINDS = new Set<ActorKind>(['person', 'state', 'government', 'organisation', 'collective', 'group', 'party']);
const CODE = /^[A-Z]{3}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Check = (v: unknown) => string | null; // null = fine, else the problem

const str: Check = (v) => (typeof v === 'string' && v.trim() ? null : 'must be a non-empty string');
const code: Check = (v) => (typeof v === 'string' && CODE.test(v) ? null : `must be a 3-letter upper-case code, got ${JSON.stringify(v)}`);
const strList: Check = (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim()) ? null : 'must be an array of non-empty strings');
const day: Check = (v) => (typeof v === 'string' && DAY.test(v) && !Number.isNaN(Date.parse(v)) ? null : `must be an ISO date YYYY-MM-DD, got ${JSON.stringify(v)}`);

const RECORD_FIELDS: Record<string, [Check, boolean]> = {
  id: [str, true],
  name: [str, true],
  kind: [(v) => (KINDS.has(v as ActorKind) ? null : `must be one of ${[...KINDS].join(', ')}, got ${JSON.stringify(v)}`), true],
  country: [code, true],
  sector: [code, false],
  aliases: [strList, true],
  adjectives: [strList, false],
  wikidata: [(v) => (typeof v === 'string' && /^Q\d+$/.test(v) ? null : `must look like Q123, got ${JSON.stringify(v)}`), false],
  gender: [(v) => (v === 'm' || v === 'f' ? null : `must be "m" or "f", got ${JSON.stringify(v)}`), false],
  roles: [(v) => (Array.isArray(v) ? null : 'must be an array'), false],
  ambiguous: [strList, false],
  cameo: [(v) => (typeof v === 'string' && /^[A-Z]{3,}$/.test(v) ? null : 'must be upper-case letters'), false],
};

const ROLE_FIELDS: Record<string, [Check, boolean]> = {
  title: [(v) => (typeof v === 'string' ? null : 'must be a string'), true],
  country: [code, true],
  sector: [(v) => (v === '' ? null : code(v)), true],
  start: [day, false],
  end: [(v) => (v === null ? null : day(v)), false],
  org: [str, false],
  approximate: [(v) => (typeof v === 'boolean' ? null : 'must be true or false'), false],
};

function checkFields(obj: Record<string, unknown>, fields: Record<string, [Check, boolean]>): string | null {
  for (const [name, [check, required]] of Object.entries(fields)) {
    if (obj[name] === undefined) {
      if (required) return `missing "${name}"`;
      continue;
    }
    const problem = check(obj[name]);
    if (problem) return `"${name}" ${problem}`;
  }
  for (const name of Object.keys(obj)) if (!(name in fields) && name !== 'source') return `unknown field "${name}"`;
  return null;
}

function checkRole(role: unknown): string | null {
  if (!role || typeof role !== 'object' || Array.isArray(role)) return 'must be an object';
  const r = role as ActorRole;
  const problem = checkFields(r as unknown as Record<string, unknown>, ROLE_FIELDS);
  if (problem) return problem;
  if (r.start && r.end && r.start > r.end) return `start ${r.start} is after end ${r.end}`;
  return null;
}

/** Validate parsed JSON as an array of ActorRecord; throws ActorsFileError on the first problem. */
export function validateRecords(data: unknown, file: string): ActorRecord[] {
  if (!Array.isArray(data)) throw new ActorsFileError(file, 'expected a JSON array of actor records');
  const seen = new Set<string>();
  data.forEach((rec, n) => {
    const where = `record ${n + 1}${rec && typeof rec === 'object' && 'id' in rec ? ` (id ${JSON.stringify((rec as { id: unknown }).id)})` : ''}`;
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new ActorsFileError(file, `${where}: must be an object`);
    const problem = checkFields(rec as Record<string, unknown>, RECORD_FIELDS);
    if (problem) throw new ActorsFileError(file, `${where}: ${problem}`);
    const r = rec as ActorRecord;
    r.roles?.forEach((role, k) => {
      const p = checkRole(role);
      if (p) throw new ActorsFileError(file, `${where}: role ${k + 1}: ${p}`);
    });
    if (seen.has(r.id)) throw new ActorsFileError(file, `${where}: duplicate id`);
    seen.add(r.id);
  });
  return data as ActorRecord[];
}
