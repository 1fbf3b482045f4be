/** A feature template: its name in feature strings ("w-1|w") and the atom kind each of its one or two parts reads. */
export interface TemplateSpec {
  readonly name: string;
  readonly kinds: readonly number[];
}

const EMPTY = -1;

/**
 * Feature strings ("w=said", "w-1|w=he|said") to weight rows, looked up by integers in the hot loop.
 * Each atom kind (word, POS, …) has a vocabulary of strings; a document's atoms are turned into ids once
 * (one Map look-up per token and kind), and every template is then an open-addressing hash probe on
 * (template, id, id) with no string built. The same table serves training (growing) and inference (frozen),
 * so the two cannot disagree on what a feature is; the model file stores the feature strings.
 */
export class FeatureTable {
  private readonly vocab: Map<string, number>[];
  private readonly atoms: string[][];
  /** Open addressing, one slot = [template, a, b, row] side by side so a probe touches one cache line. */
  private slots = new Int32Array(4 * 1024).fill(EMPTY);
  private mask = 1023;
  /** Single-atom templates skip the hash: row by atom id, per template. */
  private readonly direct: Int32Array[];
  private readonly rowKeys: number[] = [];
  private readonly arity: Uint8Array;
  private growing: boolean;

  constructor(
    readonly kinds: readonly string[],
    readonly templates: readonly TemplateSpec[],
    growing = false,
  ) {
    this.vocab = kinds.map(() => new Map());
    this.atoms = kinds.map(() => []);
    this.arity = Uint8Array.from(templates, (t) => t.kinds.length);
    this.direct = templates.map(() => new Int32Array(0));
    this.growing = growing;
  }

  get size(): number {
    return this.rowKeys.length / 3;
  }

  /** How many atom values of a kind the table knows (atom ids run from 0 to this). */
  vocabularySize(kind: number): number {
    return this.atoms[kind].length;
  }

  /** The template of a row and its atom ids (b is 0 for a single-atom template). */
  rowKey(row: number): { t: number; a: number; b: number } {
    return { t: this.rowKeys[3 * row], a: this.rowKeys[3 * row + 1], b: this.rowKeys[3 * row + 2] };
  }

  /** False while training adds features; a frozen table's atoms and rows never change again. */
  get frozen(): boolean {
    return !this.growing;
  }

  freeze(): this {
    this.growing = false;
    return this;
  }

  /** The id of an atom value of one kind; -1 when a frozen table never saw it. */
  atomId(kind: number, value: string): number {
    const found = this.vocab[kind].get(value);
    if (found !== undefined || !this.growing) return found ?? -1;
    const id = this.atoms[kind].length;
    this.vocab[kind].set(value, id);
    this.atoms[kind].push(value);
    return id;
  }

  /** The row of template `t` over atom ids a (and b for pairs); -1 when unknown or when an atom is unknown. */
  row(t: number, a: number, b = 0): number {
    if (a < 0) return -1;
    if (this.arity[t] === 1) {
      const direct = this.direct[t];
      if (a < direct.length && direct[a] >= 0) return direct[a];
      return this.growing ? this.addRow(t, a, 0) : -1;
    }
    if (b < 0) return -1;
    const slots = this.slots;
    let slot = hash(t, a, b) & this.mask;
    for (;;) {
      const k = slot << 2;
      if (slots[k] === EMPTY) break;
      if (slots[k] === t && slots[k + 1] === a && slots[k + 2] === b) return slots[k + 3];
      slot = (slot + 1) & this.mask;
    }
    return this.growing ? this.addRow(t, a, b) : -1;
  }

  private addRow(t: number, a: number, b: number): number {
    const row = this.size;
    if (this.arity[t] === 2 && (this.pairCount + 1) * 4 >= this.mask) this.rehash();
    this.rowKeys.push(t, a, b);
    if (this.arity[t] === 1) {
      let direct = this.direct[t];
      if (a >= direct.length) {
        const grown = new Int32Array(Math.max(16, a + 1, direct.length * 2)).fill(EMPTY);
        grown.set(direct);
        this.direct[t] = direct = grown;
      }
      direct[a] = row;
      return row;
    }
    // Kept at most a quarter full: most look-ups at analysis time are misses, and a miss probes to a gap.
    this.pairCount++;
    this.insert(t, a, b, row);
    return row;
  }

  private pairCount = 0;

  private insert(t: number, a: number, b: number, row: number): void {
    let slot = hash(t, a, b) & this.mask;
    while (this.slots[slot << 2] !== EMPTY) slot = (slot + 1) & this.mask;
    this.slots.set([t, a, b, row], slot << 2);
  }

  private rehash(): void {
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * 4).fill(EMPTY);
    this.mask = capacity - 1;
    for (let r = 0; r < this.size; r++) {
      const t = this.rowKeys[3 * r];
      if (this.arity[t] === 2) this.insert(t, this.rowKeys[3 * r + 1], this.rowKeys[3 * r + 2], r);
    }
  }

  /** "w-1|w=he|said": the feature string of a row, as the model file stores it. */
  name(row: number): string {
    const t = this.rowKeys[3 * row];
    const spec = this.templates[t];
    const a = this.atoms[spec.kinds[0]][this.rowKeys[3 * row + 1]];
    return spec.kinds.length === 1 ? `${spec.name}=${a}` : `${spec.name}=${a}|${this.atoms[spec.kinds[1]][this.rowKeys[3 * row + 2]]}`;
  }

  /** Rebuilds a frozen table from feature strings in row order (atom values of pairs hold no '|'). */
  static fromNames(kinds: readonly string[], templates: readonly TemplateSpec[], names: readonly string[]): FeatureTable {
    const table = new FeatureTable(kinds, templates, true);
    const index = new Map(templates.map((t, i) => [t.name, i]));
    for (const name of names) {
      const eq = name.indexOf('=');
      const t = index.get(name.slice(0, eq));
      if (t === undefined) throw new Error(`unknown feature template in "${name}"`);
      const value = name.slice(eq + 1);
      const spec = templates[t];
      if (spec.kinds.length === 1) table.row(t, table.atomId(spec.kinds[0], value));
      else {
        const bar = value.indexOf('|');
        table.row(t, table.atomId(spec.kinds[0], value.slice(0, bar)), table.atomId(spec.kinds[1], value.slice(bar + 1)));
      }
    }
    return table.freeze();
  }
}

function hash(t: number, a: number, b: number): number {
  let h = Math.imul(t + 1, 0x9e3779b1) ^ Math.imul(a + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35) ^ Math.imul(b + 1, 0x27d4eb2f);
  return (h ^ (h >>> 13)) >>> 0;
}
