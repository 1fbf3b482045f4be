import { Doc } from '../../doc/document.ts';
import type { Entity, Mention } from '../../doc/layers.ts';
import { segmentStage } from '../segment/segment.ts';
import { fakeActorBase, fakeRoles, WORLD } from './fake-kb.test-helper.ts';
import type { ActorLookup, RoleLookup } from './kb.ts';
import { analyseMentions } from './mentions.ts';

export interface Analysed {
  mentions: Mention[];
  entities: Entity[];
  /** The mention whose text is `text` (the n-th such, from 0). */
  m(text: string, n?: number): Mention;
  /** Whether the two mentions (by text, first occurrence unless given) share an entity. */
  same(a: string, b: string, nb?: number): boolean;
}

const WORLD_KB = fakeActorBase(WORLD);

/** segment + mentions over `text`, with the test world's actor base unless told otherwise. */
export function analyse(text: string, opts: { date?: string; kb?: ActorLookup | null; roles?: RoleLookup | null } = {}): Analysed {
  let doc = new Doc(text, { published: opts.date ?? '2024-05-01' });
  const seg = segmentStage.run(doc, { knowledge: {} }).layers;
  doc = doc.with('paragraphs', seg.paragraphs!, { stage: 'segment', version: 't' });
  doc = doc.with('sentences', seg.sentences!, { stage: 'segment', version: 't' });
  doc = doc.with('tokens', seg.tokens!, { stage: 'segment', version: 't' });
  const kb = opts.kb === null ? undefined : opts.kb ?? WORLD_KB;
  const roles = opts.roles === null ? undefined : opts.roles ?? fakeRoles;
  const { mentions, entities } = analyseMentions(doc, kb, roles);
  // Written onto the Doc so that the standoff validation checks every span.
  doc.with('mentions', mentions, { stage: 'mentions', version: 't' }).with('entities', entities, { stage: 'mentions', version: 't' });
  const m = (t: string, n = 0) => {
    const found = mentions.filter((x) => x.text === t)[n];
    if (!found) throw new Error(`no mention ${JSON.stringify(t)} #${n} in: ${mentions.map((x) => x.text).join(' | ')}`);
    return found;
  };
  return { mentions, entities, m, same: (a, b, nb = 0) => m(a).entity === m(b, nb).entity };
}
