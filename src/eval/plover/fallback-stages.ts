import type { Doc } from '../../doc/document.ts';
import type { ActorRef, Entity, Mention, MentionType } from '../../doc/layers.ts';
import { makeSpan } from '../../doc/span.ts';
import { posOf } from '../../doc/tokens.ts';
import type { Stage } from '../../pipeline/stage.ts';

/**
 * Stand-ins for layers the evaluation needs when the pipeline it is handed has no stage for them (the mentions
 * and attribution stages are built in parallel). They are deliberately simple and live here, not in stages/:
 * numbers measured with them say so (`fallbacks` in the result).
 */

interface ActorBaseLike {
  matchAt(tokens: readonly string[], i: number): { length: number; ids: string[]; adjective: boolean } | null;
  code(id: string, isoDate?: string): { id: string; name: string; country: string; sector?: string; title?: string } | undefined;
  get(id: string): { kind: string } | undefined;
}
interface RoleNounsLike {
  sectorOf(noun: string): string | undefined;
}

/** The actor base and role nouns when they load, else null (they are being written alongside). */
export async function tryActorKnowledge(): Promise<{ base: ActorBaseLike; roles: RoleNounsLike | null } | null> {
  try {
    const actors = (await import(new URL('../../knowledge/actors/index.ts', import.meta.url).href)) as { loadActorBase(): ActorBaseLike };
    const base = actors.loadActorBase();
    let roles: RoleNounsLike | null = null;
    try {
      const r = (await import(new URL('../../knowledge/roles/roleNouns.ts', import.meta.url).href)) as { loadRoleNouns(): RoleNounsLike };
      roles = r.loadRoleNouns();
    } catch {
      roles = null;
    }
    return { base, roles };
  } catch {
    return null;
  }
}

const KIND_TYPE: Record<string, MentionType> = { person: 'PERSON', state: 'GPE', collective: 'COLLECTIVE' };

/** Mentions from actor-base matches (extended over a following role noun: "Sudanese government"), else runs of proper nouns. */
export function fallbackMentionsStage(knowledge: { base: ActorBaseLike; roles: RoleNounsLike | null } | null): Stage {
  return {
    name: 'eval-fallback-mentions',
    version: '0',
    requires: ['tokens'],
    produces: ['mentions', 'entities'],
    description: 'Evaluation stand-in: actor-base matches or proper-noun runs as mentions.',
    run(doc: Doc) {
      const tokens = doc.get('tokens');
      const date = doc.meta.published?.slice(0, 10);
      const mentions: Mention[] = [];
      const entityIds = new Map<string, string>();
      for (let i = 0; i < tokens.length; i++) {
        const match = knowledge?.base.matchAt(tokens.words, i);
        let end = i;
        let actor: ActorRef | undefined;
        let type: MentionType = 'ORG';
        if (match) {
          end = i + match.length - 1;
          const id = match.ids[0];
          const code = knowledge!.base.code(id, date);
          type = KIND_TYPE[knowledge!.base.get(id)?.kind ?? ''] ?? 'ORG';
          let sector = code?.sector;
          for (let j = end + 1; j < tokens.length && j <= end + 2 && posOf(tokens, j) === 'NOUN'; j++) {
            const s = knowledge!.roles?.sectorOf(tokens.words.slice(end + 1, j + 1).join(' ').toLowerCase());
            if (s) {
              sector = s;
              end = j;
              type = 'COLLECTIVE';
            }
          }
          if (code) actor = { id: code.id, name: code.name, country: code.country, ...(sector ? { sector } : {}) };
        } else if (posOf(tokens, i) === 'PROPN') {
          while (end + 1 < tokens.length && posOf(tokens, end + 1) === 'PROPN') end++;
        } else continue;
        const span = makeSpan(doc.text, tokens.starts[i], tokens.ends[end]);
        const key = actor?.id ?? span.text;
        if (!entityIds.has(key)) entityIds.set(key, `e${entityIds.size + 1}`);
        mentions.push({ ...span, type, form: 'name', entity: entityIds.get(key)!, ...(actor ? { actor } : {}) });
        i = end;
      }
      const entities: Entity[] = [...entityIds].map(([key, id]) => {
        const own = mentions.map((m, k) => [m, k] as const).filter(([m]) => m.entity === id);
        const actor = own.find(([m]) => m.actor)?.[0].actor;
        return { id, name: actor?.name ?? key, type: own[0][0].type, mentions: own.map(([, k]) => k), ...(actor ? { actor } : {}) };
      });
      return { layers: { mentions, entities } };
    },
  };
}

export const fallbackAttributionsStage: Stage = {
  name: 'eval-fallback-attributions',
  version: '0',
  requires: ['tokens'],
  produces: ['attributions'],
  description: 'Evaluation stand-in: no attributions.',
  run: () => ({ layers: { attributions: [] } }),
};
