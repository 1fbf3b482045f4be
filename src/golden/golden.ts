import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Analysis } from '../doc/analysis.ts';
import type { Parley } from '../engine/parley.ts';
import { readInputs } from '../ingest/index.ts';

/**
 * The golden corpus, as Mozilla Readability keeps one: for every sample article, a condensed, reviewable
 * record of what Parley reads in it. `npm run golden` rewrites corpus/golden/; the golden test fails when the
 * pipeline's output drifts from it, and the change is reviewed as a diff of these files.
 */
export interface GoldenRecord {
  origin: string;
  attributions: string[];
  actors: string[];
  events: string[];
  positions: string[];
}

const CLIP = 70;
const clip = (s: string) => (s.length > CLIP ? `${s.slice(0, CLIP - 1)}…` : s);

export function condense(a: Analysis, origin: string): GoldenRecord {
  const actorIds = new Map<string, string>();
  for (const m of a.mentions) if (m.actor) actorIds.set(m.actor.id, `${m.actor.name} [${[m.actor.country, m.actor.sector].filter(Boolean).join(' ')}]`);
  return {
    origin,
    attributions: a.attributions.map(
      (at) => `${at.type} | ${[at.speaker, ...at.coSpeakers].map((s) => s?.name ?? '-').join(' + ')} | ${at.source?.text ?? '-'} | ${at.cue.text} | ${clip(at.content.map((c) => c.text).join(' … '))}`,
    ),
    actors: [...actorIds.values()].sort(),
    events: a.events.map((e) => `${e.type} | ${e.actor?.actor?.id ?? e.actor?.span.text ?? '-'} → ${e.recipient?.actor?.id ?? e.recipient?.span.text ?? '-'} | ${e.trigger.text}`),
    positions: a.positions.map((p) => `${p.actor.name} | ${p.issue} | ${p.stance}${p.conditions.length ? ` | if ${clip(p.conditions.map((c) => c.text).join('; '))}` : ''}`),
  };
}

/** Runs the pipeline over every input under `articlesDir` and condenses each article. */
export async function goldenRecords(parley: Parley, articlesDir: string): Promise<Map<string, GoldenRecord>> {
  const out = new Map<string, GoldenRecord>();
  for await (const item of readInputs([articlesDir])) {
    if (!item.ok) throw new Error(`golden corpus input failed: ${item.origin}: ${item.message}`);
    const origin = relative(articlesDir, item.article.meta.origin ?? '');
    const key = origin.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
    out.set(key, condense(parley.analyze(item.article.text, item.article.meta), origin));
  }
  return out;
}

export function readGolden(dir: string): Map<string, GoldenRecord> {
  const out = new Map<string, GoldenRecord>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    out.set(f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')));
  }
  return out;
}
