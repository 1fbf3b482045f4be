import { ParleyError } from '../errors/catalogue.ts';
import type { Diagnostic, LayerName, LayerTypes, Provenance } from './layers.ts';
import { checkSpan, checkBounds, isSpan, spanHolds } from './span.ts';
import { checkTokens, type TokenTable } from './tokens.ts';

export interface DocMeta {
  readonly title?: string;
  readonly url?: string;
  readonly outlet?: string;
  /** ISO date (YYYY-MM-DD) or date-time of publication; relative dates in the text resolve against it. */
  readonly published?: string;
  readonly byline?: string;
  /** Where the text came from: a file path, "stdin", "file.jsonl:12", "feed.xml#3". */
  readonly origin?: string;
}

interface LayerEntry {
  readonly value: unknown;
  readonly provenance: Provenance;
}

/**
 * One article: an immutable text with standoff layers, like spaCy's Doc but persistent — adding a layer
 * returns a new Doc and leaves this one as it was, so a stage cannot change what an earlier stage saw.
 * Every span is checked against the text when its layer is written.
 */
export class Doc {
  readonly text: string;
  readonly meta: DocMeta;
  readonly diagnostics: readonly Diagnostic[];
  private readonly layers: ReadonlyMap<LayerName, LayerEntry>;

  constructor(text: string, meta: DocMeta = {}, layers = new Map<LayerName, LayerEntry>(), diagnostics: readonly Diagnostic[] = []) {
    this.text = text;
    this.meta = Object.freeze({ ...meta });
    this.layers = layers;
    this.diagnostics = Object.freeze([...diagnostics]);
    Object.freeze(this);
  }

  has(name: LayerName): boolean {
    return this.layers.has(name);
  }

  /** The layer's items; throws when absent, because a stage that reads a layer must have declared it. */
  get<K extends LayerName>(name: K): LayerTypes[K] {
    const entry = this.layers.get(name);
    if (!entry) throw new ParleyError('STAGE_MISSING_REQUIREMENT', `layer "${name}" is not on this document`);
    return entry.value as LayerTypes[K];
  }

  provenance(name: LayerName): Provenance | undefined {
    return this.layers.get(name)?.provenance;
  }

  layerNames(): LayerName[] {
    return [...this.layers.keys()];
  }

  /** A new Doc with one more layer, validated on write. */
  with<K extends LayerName>(name: K, value: LayerTypes[K], provenance: Provenance): Doc {
    if (this.layers.has(name)) throw new ParleyError('LAYER_EXISTS', name);
    validateLayer(this.text, name, value);
    const layers = new Map(this.layers);
    layers.set(name, { value: deepFreeze(value), provenance });
    return new Doc(this.text, this.meta, layers, this.diagnostics);
  }

  withDiagnostics(added: readonly Diagnostic[]): Doc {
    if (added.length === 0) return this;
    for (const d of added) checkBounds(this.text, d.start, d.end);
    return new Doc(this.text, this.meta, new Map(this.layers), [...this.diagnostics, ...added]);
  }
}

function validateLayer(text: string, name: LayerName, value: unknown): void {
  if (name === 'tokens') return checkTokens(text, value as TokenTable);
  if (!Array.isArray(value)) throw new ParleyError('STAGE_OUTPUT_INVALID', `layer "${name}" must be an array`);
  // Every layer write walks every nested object: the walk builds no path strings, and only when a span is
  // wrong is the layer walked again, naming where, to throw.
  if (value.every((item) => spansHold(text, item))) return;
  value.forEach((item, i) => walkSpans(text, item, `${name}[${i}]`));
}

/** True when every span nested in `value` lies within the text and holds what it points at (`checkSpan`). */
function spansHold(text: string, value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (isSpan(value) && !spanHolds(text, value)) return false;
  // Arrays by index, no callback per item: a layer is mostly arrays, and every layer write walks them all.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!spansHold(text, value[i])) return false;
    return true;
  }
  if (ArrayBuffer.isView(value)) return true; // packed numbers hold no span
  // Keys by `for…in`, which builds no array of values: layer items are plain data (JSON-shaped), none inherits a key.
  const fields = value as Record<string, unknown>;
  for (const key in fields) if (!spansHold(text, fields[key])) return false;
  return true;
}

/** Checks every span nested anywhere in a layer item (a cue, each content span, a source…). */
function walkSpans(text: string, value: unknown, where: string): void {
  if (typeof value !== 'object' || value === null) return;
  if (isSpan(value)) checkSpan(text, value, where);
  if (Array.isArray(value)) {
    value.forEach((v, i) => walkSpans(text, v, `${where}[${i}]`));
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'object' && v !== null) walkSpans(text, v, `${where}.${key}`);
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  // Arrays by index and objects by `for…in`, as in `spansHold`: no array of values built just to walk it.
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  else for (const key in value) deepFreeze(value[key]);
  return value;
}
