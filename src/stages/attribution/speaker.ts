import type { Entity, Mention, Speaker } from '../../doc/layers.ts';
import type { Span } from '../../doc/span.ts';

const FORM_RANK = { name: 3, nominal: 2, pronoun: 1 } as const;

/**
 * Maps a source span onto the mentions layer and through it to the document entity. Among the mentions
 * inside or overlapping the source, a name beats a nominal beats a pronoun, and the last one wins a tie:
 * in "Russian Foreign Minister Sergey Lavrov" that is the name "Sergey Lavrov" (the head), not the NORP
 * "Russian"; in "the minister" it is the nominal. Pronoun chains are the coreference stage's business:
 * this only reads the entity the mention already points to. Without a mention the source text is the name.
 */
export function resolveSpeaker(source: Span | null, mentions: readonly Mention[], entities: readonly Entity[]): Speaker | null {
  if (!source) return null;
  let best: Mention | undefined;
  for (const m of mentions) {
    if (m.start >= source.end || m.end <= source.start) continue;
    if (!best || FORM_RANK[m.form] > FORM_RANK[best.form] || (FORM_RANK[m.form] === FORM_RANK[best.form] && m.start >= best.start)) best = m;
  }
  if (!best) return { name: source.text, entity: null };
  const entity = entities.find((e) => e.id === best.entity);
  const actor = entity?.actor ?? best.actor;
  return { name: entity?.name ?? best.text, entity: entity?.id ?? best.entity, ...(actor ? { actor } : {}) };
}
