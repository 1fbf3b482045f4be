/**
 * Locate the repository's data/ directory from this module's own location, so the loader
 * works from src/ (tsx), from a compiled dist/ tree, and from any working directory.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function findDataDir(marker = join('actors', 'curated.json')): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up++) {
    const candidate = join(dir, 'data');
    if (existsSync(join(candidate, marker))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`cannot find data/${marker} above ${dirname(fileURLToPath(import.meta.url))}; pass dataDir`);
}
