/**
 * A small checker for the JSON Schema subset that docs/parley.analysis.schema.json uses (type, const, enum,
 * required, properties, items, $ref, oneOf, allOf, minimum, maximum, pattern), so tests can hold every output
 * to the published schema without a validator dependency. Returns the paths that fail, empty when valid.
 */
type Schema = Record<string, unknown>;

export function checkAgainstSchema(root: Schema, value: unknown): string[] {
  return validate(root, root, value);
}

/** Validates `value` against `start`, resolving $ref against `root`. */
function validate(root: Schema, start: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const resolve = (s: Schema): Schema => {
    const ref = s.$ref as string | undefined;
    if (!ref) return s;
    const path = ref.replace(/^#\//, '').split('/');
    return resolve(path.reduce<Schema>((node, key) => node[key] as Schema, root));
  };
  const visit = (schemaIn: Schema, v: unknown, at: string): void => {
    const s = resolve(schemaIn);
    const before = errors.length;
    if ('const' in s && v !== s.const) errors.push(`${at}: must be ${JSON.stringify(s.const)}`);
    if (Array.isArray(s.enum) && !s.enum.includes(v as never)) errors.push(`${at}: ${JSON.stringify(v)} not in enum`);
    if (s.type !== undefined && !typeMatches(s.type as string | string[], v)) errors.push(`${at}: expected ${String(s.type)}`);
    if (errors.length > before) return;
    if (typeof v === 'number') {
      if (typeof s.minimum === 'number' && v < s.minimum) errors.push(`${at}: below ${s.minimum}`);
      if (typeof s.maximum === 'number' && v > s.maximum) errors.push(`${at}: above ${s.maximum}`);
    }
    if (typeof v === 'string' && typeof s.pattern === 'string' && !new RegExp(s.pattern).test(v)) errors.push(`${at}: does not match ${s.pattern}`);
    for (const sub of (s.allOf as Schema[] | undefined) ?? []) visit(sub, v, at);
    if (Array.isArray(s.oneOf)) {
      const passing = (s.oneOf as Schema[]).filter((sub) => validate(root, sub, v).length === 0).length;
      if (passing !== 1) errors.push(`${at}: matches ${passing} of oneOf`);
    }
    if (Array.isArray(v) && s.items) v.forEach((item, i) => visit(s.items as Schema, item, `${at}[${i}]`));
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const obj = v as Record<string, unknown>;
      for (const key of (s.required as string[] | undefined) ?? []) if (!(key in obj)) errors.push(`${at}.${key}: required`);
      const props = (s.properties as Record<string, Schema> | undefined) ?? {};
      for (const [key, sub] of Object.entries(props)) if (key in obj && obj[key] !== undefined) visit(sub, obj[key], `${at}.${key}`);
      if (s.additionalProperties && typeof s.additionalProperties === 'object') {
        for (const [key, val] of Object.entries(obj)) if (!(key in props)) visit(s.additionalProperties as Schema, val, `${at}.${key}`);
      }
    }
  };
  visit(start, value, '$');
  return errors;
}

function typeMatches(type: string | string[], v: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => {
    if (t === 'null') return v === null;
    if (t === 'array') return Array.isArray(v);
    if (t === 'integer') return Number.isInteger(v);
    if (t === 'object') return typeof v === 'object' && v !== null && !Array.isArray(v);
    return typeof v === t;
  });
}
