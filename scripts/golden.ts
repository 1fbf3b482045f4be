/** `npm run golden`: rewrites corpus/golden/ from the current pipeline; review the result with `git diff corpus/golden`. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createParley } from '../src/engine/parley.ts';
import { goldenRecords } from '../src/golden/golden.ts';

const corpus = fileURLToPath(new URL('../corpus/', import.meta.url));
const dir = join(corpus, 'golden');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const records = await goldenRecords(createParley(), join(corpus, 'articles'));
for (const [key, record] of records) writeFileSync(join(dir, `${key}.json`), `${JSON.stringify(record, null, 2)}\n`);
console.log(`wrote ${records.size} golden records to ${dir}`);
