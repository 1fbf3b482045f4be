import { existsSync, readFileSync, statSync } from 'node:fs';
import { ParleyError } from '../../errors/catalogue.ts';

/** One entity of a PLOVER GSR record (../shared/data/plover-gsr/FORMAT.md). */
export interface GsrEntity {
  readonly text: string;
  readonly code: string;
  /** First three letters of the raw sector, upper-cased; null = country-level only. */
  readonly sector: string | null;
}

export interface GsrRecord {
  readonly id: string;
  readonly text: string;
  readonly event: string;
  readonly actor: readonly GsrEntity[];
  readonly recipient: readonly GsrEntity[];
  /** SRC/TAR markup: under PLOVER 2.0 all parties would be actors. */
  readonly reciprocal: boolean;
  /** Trigger words, space-separated and not always contiguous ("agreed set up research center"). */
  readonly eventText: string;
}

export function loadGsr(path: string): GsrRecord[] {
  if (!existsSync(path) || !statSync(path).isFile()) throw new ParleyError('DATA_NOT_FOUND', `${path} (a GSR JSON Lines file)`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const r = JSON.parse(line);
      const entity = (e: { text: string; code: string; sector: string | null }): GsrEntity => ({ text: e.text, code: e.code, sector: e.sector });
      return {
        id: r.id, text: r.text, event: r.event, actor: (r.actor ?? []).map(entity), recipient: (r.recipient ?? []).map(entity),
        reciprocal: Boolean(r.reciprocal), eventText: r.event_text ?? '',
      };
    });
}

/**
 * Codes as compared. The GSR was coded in the CAMEO era: a few non-ISO codes slipped in (JAP, ITL, VTN), and
 * UN and EU bodies are IGO where PLOVER 2.0 has UNO and EUR. Both sides are folded before comparing so a
 * pipeline that writes UNO for "the Security Council" is not marked wrong for following the current codebook.
 */
const FOLD: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM', UNO: 'IGO', EUR: 'IGO' };

export function normaliseCode(code: string | null | undefined): string | null {
  if (!code) return null;
  const c = code.trim().toUpperCase().slice(0, 3);
  return FOLD[c] ?? c;
}
