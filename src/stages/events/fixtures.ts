import { Doc, type DocMeta } from '../../doc/document.ts';
import type { ActorRef, Attribution, Entity, Mention, MentionType, Speaker } from '../../doc/layers.ts';
import { makeSpan } from '../../doc/span.ts';
import { segmentStage } from '../segment/segment.ts';

/**
 * Hand-built layers for tests of the events and positions stages, which run after stages other engineers own:
 * a real segment pass, then mentions found by exact phrase and attributions given as cue/content/source strings.
 */
export interface ActorSpec {
  readonly country: string;
  readonly sector?: string;
  readonly type?: MentionType;
  /** Other phrases that name the same entity ("he", "the minister"). */
  readonly aliases?: readonly string[];
}

export interface AttributionSpec {
  readonly cue: string;
  readonly content: string;
  readonly source?: string;
  /** The parties a joint source lists ("France and Germany"), the speaker first; else the source is one speaker. */
  readonly speakers?: readonly string[];
}

export interface FixtureSpec {
  readonly actors?: Readonly<Record<string, ActorSpec>>;
  readonly attributions?: readonly AttributionSpec[];
  readonly meta?: DocMeta;
  /**
   * Noun phrases the mention tagger found without an actor, which may enclose an actor's mention, as real
   * mentions do: "an Israeli peace movement" around "Israeli".
   */
  readonly uncoded?: readonly string[];
  /** A plural pronoun (an alias of the first party named) that also stands for these others: "they" after "Qatar and Egypt". */
  readonly groups?: Readonly<Record<string, readonly string[]>>;
}

const by = { stage: 'fixture', version: '0' };

function occurrences(text: string, phrase: string): number[] {
  const out: number[] = [];
  // the first letter in either case: "the minister" also finds "The minister" at the start of a sentence
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\w])[${escaped[0].toUpperCase()}${escaped[0].toLowerCase()}]${escaped.slice(1)}(?![\\w])`, 'g');
  for (const m of text.matchAll(re)) out.push(m.index ?? 0);
  return out;
}

export function fixtureDoc(text: string, spec: FixtureSpec = {}): Doc {
  let doc = new Doc(text, spec.meta ?? {});
  const seg = segmentStage.run(doc, { knowledge: {} }).layers;
  doc = doc.with('paragraphs', seg.paragraphs!, by).with('sentences', seg.sentences!, by).with('tokens', seg.tokens!, by);
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  Object.entries(spec.actors ?? {}).forEach(([name, a], e) => {
    const id = `e${e + 1}`;
    const actor: ActorRef = { id: `actor:${name}`, name, country: a.country, ...(a.sector ? { sector: a.sector } : {}) };
    const type = a.type ?? 'GPE';
    const indices: number[] = [];
    for (const phrase of [name, ...(a.aliases ?? [])]) {
      const form = /^[a-z]/.test(phrase) ? (/^(he|she|it|they|we|i)$/.test(phrase) ? 'pronoun' : 'nominal') : 'name';
      for (const at of occurrences(text, phrase)) {
        if (mentions.some((m) => at < m.end && m.start < at + phrase.length)) continue;
        indices.push(mentions.length);
        mentions.push({ ...makeSpan(text, at, at + phrase.length), type, form, entity: id, actor });
      }
    }
    entities.push({ id, name, type, mentions: indices, actor });
  });
  for (const [k, phrase] of (spec.uncoded ?? []).entries()) {
    const indices: number[] = [];
    for (const at of occurrences(text, phrase)) {
      indices.push(mentions.length);
      mentions.push({ ...makeSpan(text, at, at + phrase.length), type: 'ORG', form: 'nominal', entity: `u${k + 1}` });
    }
    entities.push({ id: `u${k + 1}`, name: phrase, type: 'ORG', mentions: indices });
  }
  for (const [pronoun, others] of Object.entries(spec.groups ?? {})) {
    const coEntities = others.map((name) => entities.find((en) => en.name === name)!.id);
    mentions.forEach((m, i) => {
      if (m.text === pronoun) mentions[i] = { ...m, coEntities };
    });
  }
  const order = mentions.map((m, i) => [m, i] as const).sort((a, b) => a[0].start - b[0].start);
  const remap = new Map(order.map(([, old], now) => [old, now]));
  const sortedEntities = entities.map((en) => ({ ...en, mentions: en.mentions.map((i) => remap.get(i)!) }));
  const attributions: Attribution[] = (spec.attributions ?? []).map((a, i) => {
    const cueAt = text.indexOf(a.cue);
    const contentAt = text.indexOf(a.content);
    const sourceAt = a.source ? text.indexOf(a.source) : -1;
    const speakerOf = (name: string): Speaker => {
      const entity = sortedEntities.find((en) => en.name === name);
      return { name, entity: entity?.id ?? null, ...(entity?.actor ? { actor: entity.actor } : {}) };
    };
    const [first, ...others] = a.speakers ?? (a.source ? [a.source] : []);
    return {
      id: `a${i + 1}`, type: 'indirect', cue: makeSpan(text, cueAt, cueAt + a.cue.length), content: [makeSpan(text, contentAt, contentAt + a.content.length)],
      source: sourceAt >= 0 ? makeSpan(text, sourceAt, sourceAt + a.source!.length) : null,
      speaker: first ? speakerOf(first) : null,
      coSpeakers: others.map(speakerOf),
      confidence: 1,
    };
  });
  return doc.with('mentions', order.map(([m]) => m), by).with('entities', sortedEntities, by).with('attributions', attributions, by);
}
