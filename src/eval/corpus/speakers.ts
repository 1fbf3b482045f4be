import { readFileSync } from 'node:fs';
import type { Analysis } from '../../doc/analysis.ts';
import type { Attribution } from '../../doc/layers.ts';

/** One line of corpus/expected.jsonl: a statement the team marked by hand while writing the sample articles. */
export interface ExpectedStatement {
  article: string;
  speaker: string | null;
  cue: string;
  content_start: string;
  type: string;
}

export interface SpeakerReport {
  statements: number;
  /** Statements whose content start is covered by some predicted attribution's content. */
  found: number;
  /** Among found statements with a named speaker: the predicted speaker names the same actor. */
  speakerCorrect: number;
  speakerScored: number;
  typeCorrect: number;
  misses: Array<{ content: string; expected: string | null; predicted: string | null }>;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9 ]/g, '').trim();
const lastWord = (s: string) => fold(s).split(' ').pop() ?? '';

/** Surnames that differ by one letter are transliterations of one name ("Zelensky" / "Zelenskyy"). */
function closeSurnames(a: string, b: string): boolean {
  if (a === b) return a.length > 3;
  if (Math.min(a.length, b.length) < 6 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/** Same actor when the full names agree, or the surnames do up to one letter of transliteration. */
export function sameSpeaker(expected: string, a: Attribution): boolean {
  const names = [a.speaker?.name, a.speaker?.actor?.name].filter((n): n is string => Boolean(n));
  return names.some((n) => fold(n) === fold(expected) || closeSurnames(lastWord(n), lastWord(expected)));
}

export function readExpected(path: string): ExpectedStatement[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ExpectedStatement);
}

/** Scores analyses of the sample corpus against the hand-written statements, locating each by its content. */
export function scoreSpeakers(analyses: readonly Analysis[], expected: readonly ExpectedStatement[]): SpeakerReport {
  const r: SpeakerReport = { statements: expected.length, found: 0, speakerCorrect: 0, speakerScored: 0, typeCorrect: 0, misses: [] };
  for (const e of expected) {
    const a = analyses.find((x) => x.text.includes(e.content_start));
    const at = a ? a.text.indexOf(e.content_start) : -1;
    const hit = a?.attributions.find((t) => t.content.some((c) => c.start <= at + 2 && at < c.end));
    if (!hit) {
      r.misses.push({ content: e.content_start, expected: e.speaker, predicted: null });
      continue;
    }
    r.found++;
    if (hit.type === e.type) r.typeCorrect++;
    if (e.speaker === null) continue;
    r.speakerScored++;
    if (sameSpeaker(e.speaker, hit)) r.speakerCorrect++;
    else r.misses.push({ content: e.content_start, expected: e.speaker, predicted: hit.speaker?.name ?? null });
  }
  return r;
}
