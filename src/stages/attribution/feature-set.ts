import type { FeatureTable, TemplateSpec } from '../../learn/feature-table.ts';
import type { FeatureSequence } from '../../learn/perceptron.ts';

/**
 * Atom ids of whole columns, computed once per document (`atomIds`): the role tagger featurises a window
 * per cue, and without this would look the same words up again for every cue.
 */
export type AtomIdCache = Map<readonly string[], Int32Array>;

/** Atom values by kind, each array indexed by document token. */
export type AtomColumns = Readonly<Record<string, readonly string[]>>;

/** How far a template may look from its token; the featuriser pads each sequence by this much. */
const REACH = 2;
const EDGE_BEFORE = '^';
const EDGE_AFTER = '$';

/**
 * A named list of templates over atom kinds ("w-1|w" reads the word one to the left and the word here).
 * Templates are parsed once; featurising a token range then costs one vocabulary look-up per atom and
 * one hash probe per template.
 */
export class FeatureSet {
  readonly kinds: readonly string[];
  readonly templates: readonly TemplateSpec[];
  get size(): number {
    return this.parts.length;
  }
  private readonly parts: ReadonlyArray<ReadonlyArray<{ kind: number; offset: number }>>;

  constructor(
    readonly version: string,
    kinds: readonly string[],
    names: readonly string[],
  ) {
    this.kinds = kinds;
    this.parts = names.map((name) =>
      name.split('|').map((part) => {
        const m = /^([a-z0-9]+?)([+-]\d)?$/.exec(part);
        const kind = m ? kinds.indexOf(m[1]) : -1;
        const offset = m?.[2] ? Number(m[2]) : 0;
        if (kind < 0 || Math.abs(offset) > REACH) throw new Error(`bad template part "${part}" in "${name}"`);
        return { kind, offset };
      }),
    );
    this.templates = names.map((name, t) => ({ name, kinds: this.parts[t].map((p) => p.kind) }));
  }

  /** Fills `cache` with the ids of every column of `columns` under `table`. */
  cacheAtomIds(columns: AtomColumns, table: FeatureTable, cache: AtomIdCache): void {
    this.kinds.forEach((kind, k) => {
      const values = columns[kind];
      if (values && !cache.has(values)) cache.set(values, Int32Array.from(values, (v) => table.atomId(k, v)));
    });
  }

  /**
   * The feature rows of tokens [first, end) for templates [from, to) (all by default); neighbours outside
   * the range read as ^ and $. Only the atom kinds those templates read need to be in `columns`.
   */
  featurize(
    columns: AtomColumns,
    table: FeatureTable,
    first: number,
    end: number,
    from = 0,
    to = this.parts.length,
    idCache?: AtomIdCache,
  ): FeatureSequence {
    const n = end - first;
    const width = n + 2 * REACH;
    const ids = new Int32Array(this.kinds.length * width);
    const used = new Uint8Array(this.kinds.length);
    for (let t = from; t < to; t++) for (const p of this.parts[t]) used[p.kind] = 1;
    for (let k = 0; k < this.kinds.length; k++) {
      if (!used[k]) continue;
      const values = columns[this.kinds[k]];
      const cached = idCache?.get(values);
      if (cached) {
        const before = table.atomId(k, EDGE_BEFORE);
        const after = table.atomId(k, EDGE_AFTER);
        for (let j = 0; j < width; j++) {
          const at = first - REACH + j;
          ids[k * width + j] = at < first ? before : at >= end ? after : cached[at];
        }
        continue;
      }
      for (let j = 0; j < width; j++) {
        const at = first - REACH + j;
        ids[k * width + j] = table.atomId(k, at < first ? EDGE_BEFORE : at >= end ? EDGE_AFTER : values[at]);
      }
    }
    const perToken = to - from;
    const rows = new Int32Array(n * perToken);
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const base = i * perToken;
      const at = i + REACH;
      for (let t = from; t < to; t++) {
        const parts = this.parts[t];
        const a = ids[parts[0].kind * width + at + parts[0].offset];
        rows[base + t - from] = parts.length === 1 ? table.row(t, a) : table.row(t, a, ids[parts[1].kind * width + at + parts[1].offset]);
      }
      offsets[i + 1] = base + perToken;
    }
    return { length: n, offsets, rows };
  }
}
