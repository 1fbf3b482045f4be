import { readFileSync } from 'node:fs';
import type { Analysis } from '../../doc/analysis.ts';
import type { ActorRef, Speaker } from '../../doc/layers.ts';
import { createParley } from '../../engine/parley.ts';
import { namesOneActor } from '../../stages/mentions/role-actors.ts';

/** One line of corpus/expected.jsonl: a statement the team marked by hand while writing the sample articles. */
export interface ExpectedStatement {
  article: string;
  speaker: string | null;
  cue: string;
  content_start: string;
  type: string;
  /** The other parties of a joint statement ("Qatar and Egypt said": Egypt), when there are any. */
  coSpeakers?: string[];
}

export interface SpeakerReport {
  statements: number;
  /** Statements whose content start is covered by some predicted attribution's content. */
  found: number;
  /** Among found statements with a named speaker: the predicted speaker names the same actor. */
  speakerCorrect: number;
  speakerScored: number;
  typeCorrect: number;
  /** Among found joint statements: the predicted co-speakers are the gold ones, no more and no fewer. */
  coSpeakersCorrect: number;
  coSpeakersScored: number;
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

/** The actor a gold speaker name stands for ("Russian government" → RUS GOV), when the actor base knows it. */
export type ResolveSpeaker = (name: string, published?: string) => ActorRef | undefined;

/**
 * Same speaker when the full names agree, the surnames do up to one letter of transliteration, or the gold name
 * resolves to the same actor as the predicted speaker: one record, or — for bodies, never persons — one country
 * and sector ("Moscow" and "the Russian government" are both RUS GOV; "Russia's defence ministry" is not).
 */
export function sameSpeaker(expected: string, speaker: Speaker | null, resolved?: ActorRef): boolean {
  const names = [speaker?.name, speaker?.actor?.name].filter((n): n is string => Boolean(n));
  if (names.some((n) => fold(n) === fold(expected) || closeSurnames(lastWord(n), lastWord(expected)))) return true;
  const actor = speaker?.actor;
  if (!resolved || !actor) return false;
  if (resolved.id === actor.id) return true;
  const body = (x: ActorRef) => !x.title && x.sector !== undefined && !namesOneActor(x.id);
  return body(resolved) && body(actor) && resolved.country === actor.country && resolved.sector === actor.sector;
}

/**
 * Resolves a gold speaker name the way Parley reads a name in text: segment + mentions over "<name> said so.", on
 * the article's date; the longest mention with an actor wins ("UAE Ministry of Foreign Affairs", not "UAE").
 */
export function speakerResolver(): ResolveSpeaker {
  const parley = createParley({ stages: ['segment', 'mentions'] });
  const cache = new Map<string, ActorRef | undefined>();
  return (name, published) => {
    const key = `${name}|${published ?? ''}`;
    if (!cache.has(key)) {
      // in a sentence, so that a name in capitals is not read as a headline ("Israeli Ministry of Foreign Affairs")
      const mentions = parley.analyzeDoc(`${name} said so.`, published ? { published } : {}).get('mentions').filter((m) => m.actor);
      cache.set(key, mentions.sort((x, y) => y.end - y.start - (x.end - x.start))[0]?.actor);
    }
    return cache.get(key);
  };
}

export function readExpected(path: string): ExpectedStatement[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ExpectedStatement);
}

/** Scores analyses of the sample corpus against the hand-written statements, locating each by its content. */
export function scoreSpeakers(analyses: readonly Analysis[], expected: readonly ExpectedStatement[], resolve?: ResolveSpeaker): SpeakerReport {
  const r: SpeakerReport = { statements: expected.length, found: 0, speakerCorrect: 0, speakerScored: 0, typeCorrect: 0, coSpeakersCorrect: 0, coSpeakersScored: 0, misses: [] };
  for (const e of expected) {
    // the article named by the gold line when its URL or file says so; a short content ("a ceasefire") recurs
    const named = analyses.filter((x) => [x.meta.url, x.meta.origin].some((v) => v?.includes(e.article)));
    const a = (named.length ? named : analyses).find((x) => x.text.includes(e.content_start));
    const at = a ? a.text.indexOf(e.content_start) : -1;
    const hit = a?.attributions.find((t) => t.content.some((c) => c.start <= at + 2 && at < c.end));
    if (!hit) {
      r.misses.push({ content: e.content_start, expected: e.speaker, predicted: null });
      continue;
    }
    r.found++;
    if (hit.type === e.type) r.typeCorrect++;
    const published = a?.meta.published ?? undefined;
    if (e.coSpeakers?.length) {
      r.coSpeakersScored++;
      const each = e.coSpeakers.every((name) => hit.coSpeakers.some((s) => sameSpeaker(name, s, resolve?.(name, published))));
      if (each && hit.coSpeakers.length === e.coSpeakers.length) r.coSpeakersCorrect++;
    }
    if (e.speaker === null) continue;
    r.speakerScored++;
    if (sameSpeaker(e.speaker, hit.speaker, resolve?.(e.speaker, published))) r.speakerCorrect++;
    else r.misses.push({ content: e.content_start, expected: e.speaker, predicted: hit.speaker?.name ?? null });
  }
  return r;
}
