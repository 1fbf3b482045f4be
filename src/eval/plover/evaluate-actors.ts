import type { Mention } from '../../doc/layers.ts';
import { createParley } from '../../engine/parley.ts';
import { defaultAnalyser, type Analyse } from './analyse.ts';
import { loadGsr, normaliseCode, type GsrEntity } from './gsr.ts';
import { locateGold, markupById, markupSpans, type GoldSpan } from './gold-spans.ts';
import { round } from './metrics.ts';

export interface ActorCodesEvaluation {
  /** Share of gold actor/recipient spans whose mention (see `coveringMention`) has the gold country code. */
  readonly code: number;
  /** Among spans whose gold entity has a sector: code and sector both right. */
  readonly codeSector: number;
  /** Gold spans scored for `code` and for `codeSector`. */
  readonly n: number;
  readonly nSector: number;
  /** Gold spans no mention overlapped at all (scored as wrong). */
  readonly uncovered: number;
  /** Gold spans whose words could not be found in the text (not scored; 0 on dev.jsonl). */
  readonly unlocated: number;
  readonly fallbacks: readonly string[];
  /** One row per scored span, for error analysis (only with `details: true`). */
  readonly rows?: readonly ActorRow[];
}

export interface ActorRow {
  readonly id: string;
  readonly role: 'actor' | 'recipient';
  readonly gold: GsrEntity;
  readonly mention: string | null;
  readonly code: string | null;
  readonly sector: string | null;
  readonly codeRight: boolean;
  readonly sectorRight: boolean;
}

/**
 * The mention Parley produced for a gold span, or null when none overlaps it. Candidates are the mentions
 * overlapping the phrase before any post-modifier (so "Chad" in "refugees escaping the drought in Chad" does not
 * stand for the refugees), or the whole span when none does. Among them: first those that carry an actor (a
 * mention without one says nothing about a code), then the one covering the head word ("army" of "the Kenyan
 * army"), then the largest overlap, then the longer. So "Kenyan diplomats" is scored by a mention of the phrase
 * when Parley makes one with an actor, and by the NORP "Kenyan" when that is all it says; "President Ana Ruiz"
 * by the PERSON "Ana Ruiz" (name spans leave titles out).
 */
export function coveringMention(mentions: readonly Mention[], start: number, end: number, head: readonly [number, number] = [start, end]): Mention | null {
  return bestOf(mentions, { pieces: [[start, end]], phrase: [start, end], head });
}

const overlapOf = (m: Mention, a: number, b: number): number => Math.max(0, Math.min(b, m.end) - Math.max(a, m.start));

function bestOf(mentions: readonly Mention[], span: GoldSpan): Mention | null {
  // A mention reaching into a gap between pieces belongs to the other conjunct: "Peruvian warships" in
  // "Chilean and Peruvian warships" does not stand for the Chilean ones.
  const gaps = span.pieces.slice(1).map(([a], k) => [span.pieces[k][1], a] as const);
  const eligible = mentions.filter((m) => !gaps.some(([a, b]) => overlapOf(m, a + 1, b - 1) > 0));
  const inPhrase = eligible.filter((m) => overlapOf(m, span.phrase[0], span.phrase[1]) > 0);
  let best: Mention | null = null;
  let bestKey: number[] = [];
  for (const m of inPhrase.length ? inPhrase : eligible) {
    const overlap = span.pieces.reduce((s, [a, b]) => s + overlapOf(m, a, b), 0);
    if (overlap <= 0) continue;
    const key = [m.actor ? 1 : 0, overlapOf(m, span.head[0], span.head[1]) > 0 ? 1 : 0, overlap, m.end - m.start];
    if (!best || greater(key, bestKey)) (best = m), (bestKey = key);
  }
  return best;
}

function greater(a: number[], b: number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] > b[k];
  return false;
}
/** Sector spellings folded before comparing: "CIV" is not a sector in either codebook but the GSR's slip for CVL. */
const normaliseSector = (s: string | null | undefined): string | null => (s ? (s.toUpperCase() === 'CIV' ? 'CVL' : s.toUpperCase()) : null);

/**
 * The actors issue's measure (Phoenix-dictionary baseline: code 0.794, code+sector 0.507). Each gold actor and
 * recipient span is located in the text (`locateGold`), and the mention Parley produced for it
 * (`coveringMention`) compared: country codes folded as in gsr.ts (JAP→JPN, ITL→ITA, VTN→VNM, UNO/EUR→IGO),
 * sectors upper-cased with CIV→CVL. A span with no mention counts as wrong. A gold entity without a sector (or
 * with `***`) is scored for its code only. The article date is the record's placeholder, 2000-01-01.
 * Default analyser: `createParley({ stages: ['segment', 'mentions'] })`; `stages` instead builds the evaluation
 * pipeline of analyse.ts, whose stand-ins fill any layer those stages lack.
 */
export async function evaluateActorCodes(opts: { gsrPath: string; analyse?: Analyse; stages?: readonly string[]; details?: boolean }): Promise<ActorCodesEvaluation> {
  let analyse = opts.analyse;
  let fallbacks: readonly string[] = [];
  if (!analyse && opts.stages) {
    const d = await defaultAnalyser({ stages: opts.stages });
    analyse = d.analyse;
    fallbacks = d.fallbacks;
  }
  if (!analyse) {
    const parley = createParley({ stages: ['segment', 'mentions'] });
    analyse = (text, published) => {
      const doc = parley.analyzeDoc(text, { published });
      return { text: doc.text, mentions: doc.get('mentions'), events: [] };
    };
  }
  const rows: ActorRow[] = [];
  let unlocated = 0;
  let uncovered = 0;
  const markup = markupById(opts.gsrPath);
  for (const r of loadGsr(opts.gsrPath)) {
    const analysis = analyse(r.text, '2000-01-01');
    for (const role of ['actor', 'recipient'] as const) {
      for (const gold of r[role]) {
        const span = locateGold(analysis.text, gold.text, markupSpans(markup.get(r.id) ?? '', role));
        if (!span) {
          unlocated++;
          continue;
        }
        const m = bestOf(analysis.mentions, span);
        if (!m) uncovered++;
        const code = m?.actor?.country ?? null;
        const sector = normaliseSector(m?.actor?.sector);
        const codeRight = normaliseCode(code) === normaliseCode(gold.code);
        const sectorRight = codeRight && gold.sector !== null && sector === normaliseSector(gold.sector);
        rows.push({ id: r.id, role, gold, mention: m?.text ?? null, code, sector, codeRight, sectorRight });
      }
    }
  }
  const n = rows.length;
  const withSector = rows.filter((x) => x.gold.sector !== null);
  const code = rows.filter((x) => x.codeRight).length;
  const codeSector = withSector.filter((x) => x.sectorRight).length;
  return {
    code: n ? round(code / n) : 0, codeSector: withSector.length ? round(codeSector / withSector.length) : 0, n, nSector: withSector.length,
    uncovered, unlocated, fallbacks, ...(opts.details ? { rows } : {}),
  };
}
