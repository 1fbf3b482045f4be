/**
 * Derives data/events/lexicon.json (verbs and object patterns → CAMEO codes, from CAMEO.2.0.txt, MIT) and
 * data/events/cameo-plover.json (CAMEO code → PLOVER type, mode, contexts, from CAMEO2PLOVER-2021.txt,
 * CC BY-SA 4.0) from the PETRARCH-2 dictionaries. Only facts are kept (words, codes), in Parley's own layout.
 *
 *   node --import tsx scripts/build-event-lexicon.ts [--data ../shared/data/dictionaries] [--out data/events]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCameoVerbs } from '../src/knowledge/events/cameo-format.ts';
import { toLexiconFile } from '../src/knowledge/events/derive.ts';
import { parseCameoToPlover } from '../src/knowledge/events/mapping-format.ts';
import type { LexiconFile } from '../src/knowledge/events/lexicon-file.ts';

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const dataDir = resolve(arg('--data', join(import.meta.dirname, '../../shared/data/dictionaries')));
const outDir = resolve(arg('--out', join(import.meta.dirname, '../data/events')));

const verbs = parseCameoVerbs(readFileSync(join(dataDir, 'CAMEO.2.0.txt'), 'utf8'));
const lexicon = toLexiconFile(
  verbs,
  'Verb phrases and object patterns with CAMEO codes, derived from PETRARCH-2 CAMEO.2.0.txt (MIT, Open Event Data Alliance). See README.md.',
);
const mapping = parseCameoToPlover(readFileSync(join(dataDir, 'plover-mapping/CAMEO2PLOVER-2021.txt'), 'utf8'));

writeFileSync(join(outDir, 'lexicon.json'), formatLexicon(lexicon));
writeFileSync(
  join(outDir, 'cameo-plover.json'),
  JSON.stringify({
    format: 'parley.cameo-plover/1',
    about: 'CAMEO code → [PLOVER type, mode, contexts], derived from CAMEO2PLOVER-2021.txt (OEDA). Licence: CC BY-SA 4.0.',
    licence: 'CC-BY-SA-4.0',
    codes: mapping,
  }, null, 0).replace(/\],"/g, '],\n"') + '\n',
);
const patternCount = lexicon.blocks.reduce((n, b) => n + b.patterns.length, 0);
const verbCount = lexicon.blocks.reduce((n, b) => n + b.verbs.length, 0);
console.log(`lexicon: ${lexicon.blocks.length} blocks, ${verbCount} verbs, ${patternCount} patterns; mapping: ${Object.keys(mapping).length} codes`);

/** One block per line keeps the file diff-friendly without the bulk of a fully indented dump. */
function formatLexicon(file: LexiconFile): string {
  const head = JSON.stringify({ format: file.format, about: file.about, synsets: file.synsets });
  const blocks = file.blocks.map((b) => '  ' + JSON.stringify(b)).join(',\n');
  return head.slice(0, -1) + ',\n"blocks": [\n' + blocks + '\n]}\n';
}
