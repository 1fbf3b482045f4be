import type { Doc } from '../../doc/document.ts';
import type { Entity, Mention } from '../../doc/layers.ts';
import type { TokenTable } from '../../doc/tokens.ts';
import type { Stage, StageContext, StageOutput } from '../../pipeline/stage.ts';
import type { Candidate } from './candidate.ts';
import { corefer, DEFAULT_COREF, type CorefHooks, type CorefOptions } from './coref.ts';
import { DEFAULT_CUE_OPTIONS, tokenCues, type CueOptions } from './cues.ts';
import { detectMentions } from './detect.ts';
import type { EntityState } from './entity-state.ts';
import type { ActorLookup, RoleLookup } from './kb.ts';
import { KbMatches } from './kb-match.ts';
import { Linker } from './link.ts';
import { linkCandidates } from './link-all.ts';
import { DEFAULT_NAME_OPTIONS, type NameOptions } from './names.ts';
import { linkOfficeBodies } from './office-bodies.ts';
import { applyTitles } from './person-link.ts';
import { prepareActorIndexes } from './prepare.ts';

export interface MentionOptions {
  readonly cues: CueOptions;
  readonly names: NameOptions;
  readonly coref: CorefOptions;
}

export const DEFAULT_MENTION_OPTIONS: MentionOptions = { cues: DEFAULT_CUE_OPTIONS, names: DEFAULT_NAME_OPTIONS, coref: DEFAULT_COREF };

/** Mentions and entities of one document, from its tokens and whatever knowledge the context holds. */
export function analyseMentions(doc: Doc, actors: ActorLookup | undefined, roles: RoleLookup | undefined, o = DEFAULT_MENTION_OPTIONS): { mentions: Mention[]; entities: Entity[] } {
  const tokens = doc.get('tokens');
  const cues = tokenCues(tokens, doc.get('paragraphs'), doc.get('sentences'), o.cues);
  const kb = new KbMatches(tokens, actors, roles);
  const candidates = detectMentions(cues, kb, roles, o.names);
  const linker = actors ? new Linker(actors, roles, doc.meta.published) : undefined;
  const hooks: CorefHooks = linker ? linkCandidates(linker, actors!, tokens, candidates, cues.dateline) : {};
  const { entities, entityOf } = corefer(cues, candidates, hooks, o.coref);
  if (linker) applyTitles(linker, tokens, entities);
  linkOfficeBodies(tokens, candidates, entityOf);
  return build(doc.text, tokens, candidates, entities, entityOf);
}

/**
 * An entity seen only through unknown capitalised words that nothing confirmed — no cue typed them, no
 * "he" or "she" took them as antecedent, the actor base does not know them ("Instagram", "Latest",
 * "Thousands") — is left out: a guess is not an actor mention.
 */
function confirmed(e: EntityState): boolean {
  if (e.typeSure || e.actor !== undefined) return true;
  // Pronouns reach an unknown word only for want of a better antecedent; two of them are evidence.
  let gendered = 0;
  for (const m of e.mentions) if (m.form === 'pronoun' && m.gender) gendered++;
  return gendered >= 2;
}

function build(text: string, t: TokenTable, candidates: readonly Candidate[], all: EntityState[], entityOf: Map<Candidate, EntityState>) {
  const states = all.filter(confirmed);
  const keep = new Set(states);
  const kept = candidates.filter((m) => keep.has(entityOf.get(m)!));
  const order = [...states].sort((a, b) => first(a) - first(b));
  const idOf = new Map<EntityState, string>(order.map((e, k) => [e, `e${k + 1}`]));
  const index = new Map<Candidate, number>();
  const mentions: Mention[] = kept.map((m, k) => {
    index.set(m, k);
    const e = entityOf.get(m)!;
    const start = t.starts[m.start];
    const end = t.ends[m.end - 1];
    const actor = m.actor ?? e.actor;
    const co = coEntities(m, e, idOf, entityOf);
    return { start, end, text: text.slice(start, end), type: m.type, form: m.form, entity: idOf.get(e)!, ...(actor ? { actor } : {}), ...(co.length ? { coEntities: co } : {}) };
  });
  const entities: Entity[] = order.map((e) => ({
    id: idOf.get(e)!,
    name: fullestName(e, mentions, index),
    type: e.type,
    mentions: e.mentions.map((m) => index.get(m)!).sort((a, b) => a - b),
    ...(e.actor ? { actor: e.actor } : {}),
  }));
  return { mentions, entities };
}

/** The other entities a plural pronoun takes up with its own ("they" after "Qatar and Egypt": Egypt), each once. */
function coEntities(m: Candidate, own: EntityState, idOf: Map<EntityState, string>, entityOf: Map<Candidate, EntityState>): string[] {
  const out: string[] = [];
  for (const x of m.coReferents ?? []) {
    const e = entityOf.get(x);
    const id = e && e !== own ? idOf.get(e) : undefined;
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

function first(e: EntityState): number {
  let min = Infinity;
  for (const m of e.mentions) if (m.start < min) min = m.start;
  return min;
}

/** A dateline or headline shouts ("MOSCOW, March 14 -"); the name as written in running text is preferred. */
const SHOUTED = /^[^a-z]{5,}$/;

/** "Sergey Lavrov" over "Lavrov" over "the minister" over "he"; "Moscow" over a dateline's "MOSCOW". */
function fullestName(e: EntityState, mentions: readonly Mention[], index: Map<Candidate, number>): string {
  let best = e.mentions[0];
  let bestRank = nameRank(best, mentions, index);
  for (const m of e.mentions) {
    const rank = nameRank(m, mentions, index);
    if (rank > bestRank || (rank === bestRank && m.start < best.start)) (best = m), (bestRank = rank);
  }
  return mentions[index.get(best)!].text;
}

function nameRank(m: Candidate, mentions: readonly Mention[], index: Map<Candidate, number>): number {
  const shouted = SHOUTED.test(mentions[index.get(m)!].text) ? 500 : 0;
  return (m.form === 'name' ? 2000 : m.form === 'nominal' ? 1000 : 0) + (m.end - m.start) - shouted;
}

export const mentionsStage: Stage = {
  name: 'mentions',
  version: '1.1.0',
  requires: ['paragraphs', 'sentences', 'tokens'],
  produces: ['mentions', 'entities'],
  description: 'Actor mentions (names, nominals, pronouns), linked to the actor base on the article date, and within-document coreference.',
  prepare(context: StageContext) {
    prepareActorIndexes(context.knowledge.actors);
  },
  run(doc: Doc, context: StageContext): StageOutput {
    const { actors, roles } = context.knowledge;
    const { mentions, entities } = analyseMentions(doc, actors, roles);
    return { layers: { mentions, entities } };
  },
};
