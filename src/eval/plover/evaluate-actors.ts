import type { Mention } from '../../doc/layers.ts';
import { defaultAnalyser, type Analyse } from './analyse.ts';
import { loadGsr, normaliseCode } from './gsr.ts';
import { round } from './metrics.ts';

export interface ActorCodesEvaluation {
  /** Share of gold actor/recipient spans whose covering mention has the gold country code (folded as in gsr.ts). */
  readonly code: number;
  /** Among spans whose gold entity has a sector: code and sector both right. */
  readonly codeSector: number;
  /** Gold spans scored for `code` and for `codeSector`. */
  readonly n: number;
  readonly nSector: number;
  /** Gold spans no mention covered at all. */
  readonly uncovered: number;
  readonly fallbacks: readonly string[];
}

/** The mention with the largest overlap with [start, end), the longer one on a tie; null when none overlaps. */
export function coveringMention(mentions: readonly Mention[], start: number, end: number): Mention | null {
  let best: Mention | null = null;
  let bestOverlap = 0;
  for (const m of mentions) {
    const overlap = Math.min(end, m.end) - Math.max(start, m.start);
    if (overlap > bestOverlap || (overlap === bestOverlap && overlap > 0 && best && m.end - m.start > best.end - best.start)) {
      best = m;
      bestOverlap = overlap;
    }
  }
  return best;
}

/**
 * The actors issue's measure: for each gold actor and recipient span of the GSR, the code and sector of the
 * pipeline's mention covering that span (Phoenix-dictionary baseline: code 0.794, code+sector 0.507). A gold
 * entity without a sector is scored for its code only.
 */
export async function evaluateActorCodes(opts: { gsrPath: string; analyse?: Analyse; stages?: readonly string[] }): Promise<ActorCodesEvaluation> {
  let analyse = opts.analyse;
  let fallbacks: readonly string[] = [];
  if (!analyse) {
    const d = await defaultAnalyser({ stages: opts.stages });
    analyse = d.analyse;
    fallbacks = d.fallbacks;
  }
  let n = 0;
  let nSector = 0;
  let code = 0;
  let codeSector = 0;
  let uncovered = 0;
  for (const r of loadGsr(opts.gsrPath)) {
    const analysis = analyse(r.text, '2000-01-01');
    for (const gold of [...r.actor, ...r.recipient]) {
      const at = analysis.text.indexOf(gold.text);
      if (at < 0) continue; // the normalised text lost the span (it never does for this set; guard anyway)
      n++;
      const m = coveringMention(analysis.mentions, at, at + gold.text.length);
      if (!m) uncovered++;
      const codeRight = normaliseCode(m?.actor?.country) === normaliseCode(gold.code);
      if (codeRight) code++;
      if (gold.sector) {
        nSector++;
        if (codeRight && (m?.actor?.sector ?? '').toUpperCase() === gold.sector) codeSector++;
      }
    }
  }
  return { code: n ? round(code / n) : 0, codeSector: nSector ? round(codeSector / nSector) : 0, n, nSector, uncovered, fallbacks };
}
