/**
 * loadActorBase: merge the three layers into one ActorBase.
 *   1. data/actors/curated.json   hand-curated, authoritative
 *   2. user files (--actors FILE)  JSON arrays of ActorRecord; replace curated on the same id
 *   3. data/actors/phoenix-*.json  generated from the dictionaries; a generated record is
 *      dropped when an authoritative record has its id, its name, or one of its multi-word
 *      aliases (same actor, older data), and loses any alias an authoritative record uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDataDir } from '../dataDir.js';
import { KnowledgeBase, type StoredRecord } from './base.js';
import { isCompactRow, readGeneratedRows, type CompactRow } from './generated.js';
import { oneEditApart, preparePhrase, type PreparedPhrase } from './normalize.js';
import { PhraseTable } from './phrases.js';
import type { ActorBase, ActorRecord } from './types.js';
import { ActorsFileError, validateRecords } from './validate.js';

export interface LoadActorOptions {
  /** The repository's data/ directory (default: found from this module's location). */
  dataDir?: string;
  /** User actor files (--actors FILE): JSON arrays of ActorRecord. */
  extraFiles?: string[];
  /** Include the generated Phoenix layer (default true; false gives a lean curated-only base). */
  generated?: boolean;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ActorsFileError(file, `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ActorsFileError(file, `not valid JSON: ${(e as Error).message}`);
  }
}

/** curated.json groups records in named sections ({"states": [...], "persons": [...]}). */
function readCurated(file: string): ActorRecord[] {
  const data = readJson(file);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ActorsFileError(file, 'expected an object of record sections');
  const all = Object.values(data).filter(Array.isArray).flat();
  return validateRecords(all, file).map((r) => ({ ...r, source: 'curated' as const }));
}

/** Parties and armed groups often have common-word names: match them only as capitalised. */
function isTitled(kind: string | undefined): boolean {
  return kind === 'party' || kind === 'group';
}

function indexAuthoritative(table: PhraseTable, r: ActorRecord): void {
  for (const alias of [r.name, ...r.aliases]) {
    const p = preparePhrase(alias);
    if (p) table.insert(p, r.id, false, true, isTitled(r.kind));
  }
  for (const adj of r.adjectives ?? []) {
    const p = preparePhrase(adj);
    if (p) table.insert(p, r.id, true, true);
  }
}

/**
 * The dictionaries list a country's misspellings among its regions ("Phillippines", "Philipines" beside
 * "Bohol"): those one letter off the curated name are the state itself, so "the Phillippines military" is the
 * Philippines' military and not a place of that name.
 */
function indexMisspellings(table: PhraseTable, state: ActorRecord, aliases: readonly string[]): void {
  const name = state.name.toLowerCase();
  for (const alias of aliases.map((a) => a.toLowerCase())) {
    // a letter more or less at the end makes an adjective, not a misspelling: "Russian", "Philippine"
    if (!oneEditApart(alias, name) || alias.startsWith(name) || name.startsWith(alias)) continue;
    const p = preparePhrase(alias);
    if (p) table.insert(p, state.id, false, true, false);
  }
}

/** Index a generated row unless an authoritative record already names the same actor.
 *  One-word aliases of generated persons and states are not indexed: in the dictionaries
 *  those are bare surnames or city names, too loose to match on their own. */
const pending: PreparedPhrase[] = []; // reused across rows: fewer short-lived arrays

function indexGenerated(table: PhraseTable, row: CompactRow): boolean {
  const loose = row.k === 'person' || row.k === 'state';
  const phrases = pending;
  phrases.length = 0;
  const count = 1 + (row.a?.length ?? 0);
  for (let n = 0; n < count; n++) {
    const alias = n === 0 ? row.n : row.a![n - 1]!;
    if (loose && !alias.includes(' ') && (row.k === 'person' || n > 0)) continue;
    const p = preparePhrase(alias);
    if (!p) continue;
    if ((n === 0 || p.tokens > 1) && table.hasAuthoritative(p.phrase)) return false;
    phrases.push(p);
  }
  for (const p of phrases) table.insert(p, row.id, false, false, isTitled(row.k));
  return true;
}

function addPlaces(places: Map<string, string>, names: string[], country: string): void {
  for (const name of names) {
    const key = preparePhrase(name)?.phrase;
    if (key && !places.has(key)) places.set(key, country);
  }
}

export function loadActorBase(options: LoadActorOptions = {}): ActorBase {
  const dataDir = options.dataDir ?? findDataDir();
  const actorsDir = join(dataDir, 'actors');
  const records = new Map<string, StoredRecord>();
  for (const r of readCurated(join(actorsDir, 'curated.json'))) records.set(r.id, r);
  for (const file of options.extraFiles ?? []) {
    for (const r of validateRecords(readJson(file), file)) records.set(r.id, { ...r, source: 'user' });
  }
  const table = new PhraseTable();
  const places = new Map<string, string>();
  for (const r of records.values() as IterableIterator<ActorRecord>) {
    indexAuthoritative(table, r);
    if (r.kind === 'state') addPlaces(places, [r.name, ...r.aliases], r.country);
  }
  if (options.generated !== false) {
    for (const row of readGeneratedRows(actorsDir)) {
      if (row.k === 'state') {
        addPlaces(places, [row.n, ...(row.a ?? [])], row.c);
        const state = records.get(row.id);
        if (state && !isCompactRow(state) && state.kind === 'state') indexMisspellings(table, state, row.a ?? []);
      }
      if (records.has(row.id) || !indexGenerated(table, row)) continue;
      records.set(row.id, row);
    }
  }
  return new KnowledgeBase(records, table, places);
}
