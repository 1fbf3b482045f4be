/**
 * `npm run bench`: words/s, documents/s and peak RSS of the whole analysis on a ≥ 5 MB corpus, next to
 * compromise's entity extraction (people, organisations, places) on the same text as a peer.
 * Options: --mb N (corpus size, default 5), --polnear DIR (default ../shared/data/polnear), --stages a,b,c.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { createParley } from '../src/engine/parley.ts';
import { benchCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '5' },
    polnear: { type: 'string', default: fileURLToPath(new URL('../../shared/data/polnear', import.meta.url)) },
    stages: { type: 'string' },
    'skip-peer': { type: 'boolean', default: false },
  },
});
const corpus = benchCorpus(Number(values.mb) * 1024 * 1024, values.polnear!, fileURLToPath(new URL('../corpus/articles', import.meta.url)));
console.log(`corpus: ${corpus.texts.length} documents (${corpus.uniqueTexts} distinct, ${corpus.from}), ${(corpus.bytes / 1048576).toFixed(1)} MB, ${corpus.words} words`);

let peakRss = process.memoryUsage().rss;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

function time(label: string, run: (text: string) => unknown): number {
  const started = process.hrtime.bigint();
  corpus.texts.forEach((t, i) => {
    run(t);
    if (i % 50 === 0) sampleRss();
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`${label.padEnd(34)} ${(corpus.words / seconds).toFixed(0).padStart(8)} words/s ${(corpus.texts.length / seconds).toFixed(1).padStart(7)} docs/s  ${seconds.toFixed(1)} s`);
  return seconds;
}

const loadStarted = Date.now();
const parley = createParley(values.stages ? { stages: values.stages.split(',') } : {});
console.log(`parley: stages ${parley.stages.join(' → ')}; knowledge and models loaded in ${Date.now() - loadStarted} ms`);
time('parley analyze (whole pipeline)', (t) => parley.analyze(t));
sampleRss();
console.log(`peak RSS ${(peakRss / 1048576).toFixed(0)} MB (parley)`);
if (!values['skip-peer']) {
  time('compromise people/orgs/places', (t) => {
    const doc = nlp(t);
    return [doc.people().out('array'), doc.organizations().out('array'), doc.places().out('array')];
  });
}
