import { PLOVER_TYPES, type PloverType, type QuadClass } from '../../doc/events.ts';
import type { CameoPloverFile } from './lexicon-file.ts';

/** What a lexicon hit codes: a PLOVER type with mode and contexts, and the CAMEO code it came from. */
export interface PloverTarget {
  readonly type: PloverType;
  readonly mode: string | null;
  readonly context: readonly string[];
  readonly cameo: string | null;
}

export interface PloverScaleFile {
  readonly types: Readonly<Record<string, { quad: number; score: number; cameoRoot: string; modes?: Record<string, number> }>>;
  readonly contexts: readonly string[];
  readonly contextAliases: Readonly<Record<string, string>>;
}

export interface PloverScale {
  quad(type: PloverType): QuadClass;
  /** Mode-level score when the manual gives one, else the type's. */
  score(type: PloverType, mode: string | null): number;
  /** Two-digit CAMEO root that stands for a PLOVER type when no CAMEO code fired ("13" for THREATEN). */
  cameoRoot(type: PloverType): string;
  /** A context label in PLOVER 2.0 vocabulary, or null ("democracy" → "pro_democracy", "resource" → null). */
  context(label: string): string | null;
}

const TYPE_SET = new Set<string>(PLOVER_TYPES);

export function isPloverType(s: string): s is PloverType {
  return TYPE_SET.has(s);
}

export function ploverScale(file: PloverScaleFile): PloverScale {
  const contexts = new Set(file.contexts);
  return {
    quad: (type) => file.types[type].quad as QuadClass,
    score: (type, mode) => file.types[type].modes?.[mode ?? ''] ?? file.types[type].score,
    cameoRoot: (type) => file.types[type].cameoRoot,
    context(label) {
      const l = file.contextAliases[label] ?? label;
      return contexts.has(l) ? l : null;
    },
  };
}

/**
 * CAMEO code → PLOVER, through the CAMEO2PLOVER table with two documented extensions:
 * - 02x "appeal" ("asked for aid", "urged talks") is coded as the parallel 10x REQUEST: PLOVER 2.0 defines REQUEST
 *   as asking, demanding, calling for, so an appeal is one (the table leaves 02 out with the statements of 01);
 * - a code missing from the table falls back to its three-digit parent, then to the root's "0" code.
 * 01x (statements) and unknown roots code nothing.
 */
export function cameoToPlover(mapping: CameoPloverFile, scale: PloverScale): (code: string | null) => PloverTarget | null {
  const cache = new Map<string, PloverTarget | null>();
  const lookup = (code: string): PloverTarget | null => {
    const key = code.startsWith('02') ? '10' + code.slice(2) : code;
    for (const candidate of [key, key.slice(0, 3), key.slice(0, 2) + '0']) {
      const row = mapping.codes[candidate];
      if (!row || !isPloverType(row[0])) continue;
      const context = row[2].map((c) => scale.context(c)).filter((c): c is string => c !== null);
      return { type: row[0], mode: row[1], context, cameo: code };
    }
    return null;
  };
  return (code) => {
    if (code === null) return null;
    if (!cache.has(code)) cache.set(code, lookup(code));
    return cache.get(code)!;
  };
}
