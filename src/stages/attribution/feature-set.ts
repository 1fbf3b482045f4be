import type { FeatureTable, TemplateSpec } from '../../learn/feature-table.ts';
import type { FeatureSequence } from '../../learn/perceptron.ts';
import type { ScoreTable } from '../../learn/score-table.ts';

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
  private grid = new Int32Array(0);

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

  /** Fills `cache` with the ids of every column of `columns` under `table`, for tokens [first, end) (all by default). */
  cacheAtomIds(columns: AtomColumns, table: FeatureTable, cache: AtomIdCache, first = 0, end?: number): void {
    this.kinds.forEach((kind, k) => {
      const values = columns[kind];
      if (!values) return;
      let ids = cache.get(values);
      if (!ids) cache.set(values, (ids = new Int32Array(values.length)));
      atomIdsOf(values, table, k, first, end ?? values.length, ids, first);
    });
  }

  /**
   * The feature rows of tokens [first, end) for templates [from, to) (all by default); neighbours outside
   * the range read as ^ and $. Only the atom kinds those templates read need to be in `columns`. Columns
   * found in `idCache` must hold the ids of tokens [first, end) already (`cacheAtomIds`).
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
    const { ids, atA, atB } = this.atomGrid(columns, table, first, end, from, to, idCache);
    const perToken = to - from;
    const rows = new Int32Array(n * perToken);
    const offsets = new Int32Array(n + 1);
    for (let i = 1; i <= n; i++) offsets[i] = i * perToken;
    // Token by token: the order in which a growing table numbers new features (the model file's order).
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < perToken; j++) {
        const b = atB[j];
        rows[i * perToken + j] = b < 0 ? table.row(from + j, ids[atA[j] + i]) : table.row(from + j, ids[atA[j] + i], ids[b + i]);
      }
    }
    return { length: n, offsets, rows };
  }

  /**
   * The emission scores (n × tags) of tokens [first, end) under templates [from, to): the same numbers as
   * `emissionScores(featurize(…))`, bit for bit (each token adds its templates' weights in template order),
   * without the rows in between. What analysis uses; training needs the rows.
   */
  score(columns: AtomColumns, scores: ScoreTable, first: number, end: number, from = 0, to = this.parts.length, idCache?: AtomIdCache): Float64Array {
    const n = end - first;
    const { ids, atA, atB } = this.atomGrid(columns, scores.table, first, end, from, to, idCache);
    const out = new Float64Array(n * scores.tagCount);
    for (let j = 0; j < to - from; j++) scores.add(from + j, ids, atA[j], atB[j], n, out);
    return out;
  }

  /**
   * The atom ids of tokens [first, end) padded by REACH on each side (kinds × width), and where each
   * template's one or two atoms sit in it for the range's first token (atB -1: no second atom).
   */
  private atomGrid(
    columns: AtomColumns,
    table: FeatureTable,
    first: number,
    end: number,
    from: number,
    to: number,
    idCache?: AtomIdCache,
  ): { ids: Int32Array; atA: Int32Array; atB: Int32Array } {
    const n = end - first;
    const width = n + 2 * REACH;
    // One buffer reused from call to call (a role pass asks for a grid per cue): each call reads it before the next.
    if (this.grid.length < this.kinds.length * width) this.grid = new Int32Array(2 * this.kinds.length * width);
    const ids = this.grid;
    const used = new Uint8Array(this.kinds.length);
    for (let t = from; t < to; t++) for (const p of this.parts[t]) used[p.kind] = 1;
    for (let k = 0; k < this.kinds.length; k++) {
      if (!used[k]) continue;
      const values = columns[this.kinds[k]];
      const row = k * width;
      ids.fill(table.atomId(k, EDGE_BEFORE), row, row + REACH);
      const cached = idCache?.get(values);
      if (cached) ids.set(cached.subarray(first, end), row + REACH);
      else atomIdsOf(values, table, k, first, end, ids, row + REACH);
      ids.fill(table.atomId(k, EDGE_AFTER), row + REACH + n, row + width);
    }
    const atA = new Int32Array(to - from);
    const atB = new Int32Array(to - from).fill(-1);
    for (let j = 0; j < to - from; j++) {
      const [a, b] = this.parts[from + j];
      atA[j] = a.kind * width + REACH + a.offset;
      if (b) atB[j] = b.kind * width + REACH + b.offset;
    }
    return { ids, atA, atB };
  }
}

/**
 * Writes the ids of values[first .. end) into out[at ..]. A column repeats itself a lot ("-", "mid", one
 * cue word over a whole window), so a value equal to the previous one reuses its id instead of a Map look-up.
 */
function atomIdsOf(values: readonly string[], table: FeatureTable, kind: number, first: number, end: number, out: Int32Array, at: number): void {
  let last: string | null = null;
  let id = -1;
  for (let i = first; i < end; i++) {
    const v = values[i];
    if (v !== last) {
      last = v;
      id = table.atomId(kind, v);
    }
    out[at + i - first] = id;
  }
}
