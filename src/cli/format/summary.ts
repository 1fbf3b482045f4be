import type { Analysis } from '../../doc/analysis.ts';
import type { ActorRef, Attribution, Speaker } from '../../doc/layers.ts';

const MAX_CONTENT_CHARS = 160;

/** The readable summary of `parley analyze`: what a careful reader would note, each line traceable by offsets. */
export function formatSummary(a: Analysis): string[] {
  const lines: string[] = [];
  const head = [a.meta.title ?? '(untitled)', a.meta.outlet, a.meta.published?.slice(0, 10)].filter(Boolean).join(' — ');
  lines.push(head, `id ${a.id} · ${a.sentences.length} sentences · ${a.mentions.length} mentions · ${a.attributions.length} attributions`);
  if (a.attributions.length) {
    lines.push('', 'Who said what');
    a.attributions.forEach((at, i) => lines.push(...formatAttribution(at, i + 1)));
  }
  const actors = actorCounts(a);
  if (actors.length) {
    lines.push('', 'Actors');
    for (const { ref, count } of actors) lines.push(`  ${ref.name.padEnd(32)} ${actorCode(ref).padEnd(9)} ×${count}${ref.title ? `  (${ref.title})` : ''}`);
  }
  if (a.diagnostics.length) {
    lines.push('', 'Diagnostics');
    for (const d of a.diagnostics) lines.push(`  ${d.severity} ${d.code} [${d.start}–${d.end}] ${d.message}`);
  }
  return lines;
}

function formatAttribution(at: Attribution, n: number): string[] {
  const named = (s: Speaker) => `${s.name}${s.actor ? ` (${actorCode(s.actor)})` : ''}`;
  const speaker = at.speaker ? [at.speaker, ...at.coSpeakers].map(named).join(' and ') : '(no speaker)';
  const via = at.source && at.source.text !== at.speaker?.name ? ` via "${at.source.text}"` : '';
  const content = at.content.map((c) => c.text).join(' … ');
  const clipped = content.length > MAX_CONTENT_CHARS ? `${content.slice(0, MAX_CONTENT_CHARS - 1)}…` : content;
  const where = at.content.length ? ` [${at.content[0].start}–${at.content[at.content.length - 1].end}]` : '';
  return [`  ${String(n).padStart(2)}. ${at.type.padEnd(12)} ${speaker}${via} · cue "${at.cue.text}"`, `      ${clipped}${where}`];
}

export function actorCode(ref: ActorRef): string {
  return [ref.country, ref.sector].filter(Boolean).join(' ');
}

function actorCounts(a: Analysis): Array<{ ref: ActorRef; count: number }> {
  const byId = new Map<string, { ref: ActorRef; count: number }>();
  for (const m of a.mentions) {
    if (!m.actor) continue;
    const entry = byId.get(m.actor.id) ?? { ref: m.actor, count: 0 };
    entry.count++;
    byId.set(m.actor.id, entry);
  }
  return [...byId.values()].sort((x, y) => y.count - x.count);
}
