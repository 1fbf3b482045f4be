import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Event } from '../../doc/events.ts';
import { ParleyError } from '../../errors/catalogue.ts';
import { parseCameoVerbs } from '../../knowledge/events/cameo-format.ts';
import { toLexiconFile } from '../../knowledge/events/derive.ts';
import { EMPTY_CURATED, loadEventKnowledge, shippedEventKnowledge } from '../../knowledge/events/load.ts';
import type { PloverTarget } from '../../knowledge/events/plover.ts';
import { defaultAnalyser, type Analyse } from '../plover/analyse.ts';
import { round } from '../plover/metrics.ts';

/** One record of petr2_unittest.jsonl (../shared/data/petrarch2-unittest/FORMAT.md). */
interface UnitTest {
  id: string;
  date: string;
  text: string;
  expected: Array<{ source?: string; target?: string; event?: string; error?: string }>;
  expect_no_events: boolean;
}

export interface PetrarchEvaluation {
  /** Sentences with expected events where some event has an expected two-digit root. */
  readonly rootMatch: number;
  /** … where some event has an expected code exactly. */
  readonly codeMatch: number;
  /** … where the PLOVER type of an expected code (shipped mapping) is among the predicted events' types. */
  readonly ploverTypeMatch: number;
  /** Sentences that must code nothing and do. */
  readonly noEventCorrect: number;
  readonly n: number;
  readonly nNoEvent: number;
  readonly nPloverScored: number;
  readonly fallbacks: readonly string[];
}

/**
 * PETRARCH-2's unit tests run through Parley's matcher with PETRARCH's own toy verb dictionary (WEIS-style codes in a
 * fictional world), so the figure tracks the coding machinery — verb forms, multi-word verbs, object patterns,
 * synsets — not Parley's lexicon. Every toy code is kept as an event (type by the CAMEO root where it is one);
 * expected-error records are skipped.
 */
export async function evaluatePetrarchUnitTests(opts: { dir: string; analyse?: Analyse; stages?: readonly string[] }): Promise<PetrarchEvaluation> {
  const file = join(opts.dir, 'petr2_unittest.jsonl');
  const verbsFile = join(opts.dir, 'dictionaries', 'PETR.Validate.verbs.txt');
  if (!existsSync(file) || !existsSync(verbsFile)) throw new ParleyError('DATA_NOT_FOUND', opts.dir);
  const shipped = shippedEventKnowledge();
  const keepEvery = (code: string | null): PloverTarget | null => {
    if (code === null) return null;
    return { ...(shipped.toPlover(code) ?? { type: 'CONSULT', mode: null, context: [] }), cameo: code };
  };
  let analyse = opts.analyse;
  let fallbacks: readonly string[] = [];
  if (!analyse) {
    const toy = toLexiconFile(parseCameoVerbs(readFileSync(verbsFile, 'utf8')), 'PETRARCH-2 validation verbs (toy)');
    const events = loadEventKnowledge({ cameo: toy, curated: EMPTY_CURATED, toPlover: keepEvery, lexicon: { dropLoosePatterns: false } });
    const d = await defaultAnalyser({ events, stages: opts.stages });
    analyse = d.analyse;
    fallbacks = d.fallbacks;
  }
  const tests = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as UnitTest);
  let n = 0, root = 0, code = 0, nNoEvent = 0, noEvent = 0, nPlover = 0, plover = 0;
  for (const t of tests) {
    if (t.expected.some((e) => e.error)) continue;
    const published = `${t.date.slice(0, 4)}-${t.date.slice(4, 6)}-${t.date.slice(6, 8)}`;
    const events = analyse(t.text, published).events as readonly Event[];
    if (t.expect_no_events) {
      nNoEvent++;
      if (events.length === 0) noEvent++;
      continue;
    }
    n++;
    const codes = new Set(events.map((e) => e.cameo).filter((c): c is string => c !== null));
    const expected = t.expected.map((e) => e.event!).filter(Boolean);
    if (expected.some((c) => [...codes].some((p) => p.slice(0, 2) === c.slice(0, 2)))) root++;
    if (expected.some((c) => codes.has(c))) code++;
    const expectedTypes = expected.map((c) => shipped.toPlover(c)?.type).filter(Boolean);
    if (expectedTypes.length) {
      nPlover++;
      const predictedTypes = new Set([...codes].map((c) => shipped.toPlover(c)?.type));
      if (expectedTypes.some((x) => predictedTypes.has(x))) plover++;
    }
  }
  return {
    rootMatch: n ? round(root / n) : 0, codeMatch: n ? round(code / n) : 0, ploverTypeMatch: nPlover ? round(plover / nPlover) : 0,
    noEventCorrect: nNoEvent ? round(noEvent / nNoEvent) : 0, n, nNoEvent, nPloverScored: nPlover, fallbacks,
  };
}
