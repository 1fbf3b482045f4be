import type { Entity, Mention, Speaker } from '../../doc/layers.ts';
import { datelineLength } from '../../doc/dateline.ts';
import { within, type Span } from '../../doc/span.ts';
import { namesOneActor } from '../mentions/role-actors.ts';

const FORM_RANK = { name: 3, nominal: 2, pronoun: 1 } as const;

const isRelativePronoun = (s: Span): boolean => /^(?:who|which)$/i.test(s.text);
/** Whether span a ends right before span b, across a comma and a space at most ("the department, which"). */
const endsJustBefore = (a: Span, b: Span): boolean => a.end <= b.start && b.start - a.end <= 3;

/**
 * Maps a source span onto the mentions layer and through it to the document entity. Among the mentions
 * inside or overlapping the source's head (before any apposition), a person beats an organisation or place,
 * a name beats a nominal beats a pronoun, and the last one wins a tie:
 * in "Russian Foreign Minister Sergey Lavrov" that is the name "Sergey Lavrov" (the head), not the NORP
 * "Russian"; in "the minister" it is the nominal. Pronoun chains are the coreference stage's business:
 * this only reads the entity the mention already points to. Without a mention the source text is the name.
 */
export function resolveSpeaker(source: Span | null, mentions: readonly Mention[], entities: readonly Entity[]): Speaker | null {
  if (!source) return null;
  // "the department, which reported …": a relative pronoun speaks for the phrase it follows
  if (isRelativePronoun(source)) {
    const antecedent = mentions.filter((m) => endsJustBefore(m, source)).at(-1);
    if (antecedent) return resolveSpeaker(antecedent, mentions, entities);
  }
  // "Guterres's spokesman, Stéphane Dujarric": a possessor names whom the speaker serves, not the speaker
  const possessor = (m: Mention) => /^['’]s?\b/.test(source.text.slice(m.end - source.start, m.end - source.start + 2));
  const inSource = mentions.filter((m) => m.start < source.end && m.end > source.start && !possessor(m));
  // "Kaja Kallas, the EU's foreign policy chief," / "Irina Volkova, a former diplomat who lectures in Vienna":
  // the speaker is named before the apposition; what describes her names other actors
  const [from, cut] = headOf(source);
  const head = inSource.filter((m) => m.start < cut && m.end > from);
  // a nationality or country inside a nominal only qualifies it: "the Japanese foreign ministry" and "The UAE foreign
  // ministry" speak, not "Japanese" or the UAE; so does a person's name inside a person noun: "a Trump adviser"
  const modifies = (m: Mention, o: Mention) =>
    m.type === 'NORP' || (m.type === 'GPE' && (o.type === 'ORG' || o.type === 'PERSON')) || (m.type === 'PERSON' && o.type === 'PERSON' && o.form === 'nominal');
  const inside = (m: Mention, list: readonly Mention[]) => list.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start && modifies(m, o));
  // "The US secretary of state, Marco Rubio,": an office the base lists as an actor, then the person holding it
  const holder = head.some((m) => m.type === 'PERSON') ? undefined : inSource.find((m) => m.type === 'PERSON' && m.form === 'name' && /^,\s*$/.test(source.text.slice(cut - source.start, m.start - source.start)));
  // "the foreign ministry in Port Sudan", "the Russian embassy in London": the place says where the body sits
  const seat = (m: Mention, list: readonly Mention[]) => m.type === 'GPE' && list.some((o) => o.type === 'ORG' && o.end < m.start && /^\s+(?:in|at)\s+$/.test(source.text.slice(o.end - source.start, m.start - source.start)));
  const pool = holder ? [holder] : (head.length ? head : inSource).filter((m, _, list) => !inside(m, list) && !seat(m, list));
  // a person over the organisation or country that qualifies them ("the EU's foreign policy chief")
  const people = pool.filter((m) => m.type === 'PERSON');
  let best: Mention | undefined;
  for (const m of people.length ? people : pool) {
    if (!best || FORM_RANK[m.form] > FORM_RANK[best.form] || (FORM_RANK[m.form] === FORM_RANK[best.form] && m.start >= best.start)) best = m;
  }
  if (!best) return { name: source.text, entity: null };
  best = spokespersonFor(best, mentions, entities) ?? best;
  const entity = entities.find((e) => e.id === best.entity);
  const actor = entity?.actor ?? best.actor;
  // "the head of the UN nuclear watchdog", never named: the person the actor base resolved it to names it
  const named = entity ? entity.mentions.some((i) => mentions[i].form === 'name') : best.form === 'name';
  const name = !named && actor?.title ? actor.name : (entity?.name ?? best.text);
  return { name, entity: entity?.id ?? best.entity, ...(actor ? { actor } : {}) };
}

const SPOKESPERSON = /\bspokes(?:man|woman|person|men|women|people)\b/i;
/** "Pashinyan's office", "the president's press office": the office speaks for the person it names, as a spokesperson does. */
const OFFICE = /['’]s\s+(?:press\s+)?office$/i;

/**
 * An unnamed spokesperson speaks for the body or person their description names: "A State Department spokesperson
 * said" is the State Department's word, "His spokesman said" the president's, and so does a person's office:
 * "According to Pashinyan's office" is Pashinyan's. One the text names ("Guterres's spokesman, Stéphane Dujarric") or
 * the actor base knows as the office holder ("the Kremlin spokesman") speaks as themselves.
 */
function spokespersonFor(m: Mention, mentions: readonly Mention[], entities: readonly Entity[]): Mention | undefined {
  if (m.form === 'nominal' && m.type === 'ORG' && OFFICE.test(m.text)) {
    return mentions.filter((o) => o.start >= m.start && o.end < m.end && o.type === 'PERSON' && o.form === 'name').at(-1);
  }
  if (m.type !== 'PERSON' || m.form !== 'nominal' || !SPOKESPERSON.test(m.text)) return undefined;
  const entity = entities.find((e) => e.id === m.entity);
  if (entity?.mentions.some((i) => mentions[i].form === 'name')) return undefined;
  const actor = entity?.actor ?? m.actor;
  if (actor && namesOneActor(actor.id)) return undefined;
  return mentions.filter((o) => o.start >= m.start && o.end <= m.end && o.end - o.start < m.end - m.start && o.type !== 'NORP').at(-1);
}

/**
 * The head of a source noun phrase: after a dateline the span may have swallowed ("VIENNA, April 15 - The head
 * of the agency", "(Baltic Wire) - Lavrov"), up to the comma, dash or relative pronoun that opens an apposition,
 * or the participle that names who read a document ("a confidential IAEA report seen by the Northgate Chronicle").
 */
function headOf(source: Span): [number, number] {
  const from = datelineLength(source.text, 0);
  const m = /,|\s[—–-]\s|\s\(|\s(?:who|which|whose)\s|\s(?:seen|obtained|reviewed|cited|quoted)\s+by\s/.exec(source.text.slice(from));
  return [source.start + from, m ? source.start + from + m.index : source.end];
}

/**
 * A relative pronoun no mention stands before speaks for the source just before it: in `"It is a disaster," said one
 * resident, who declined to give her name` "who" is the resident, whom another attribution names. `speakers[k]` is
 * what resolveSpeaker gave `sources[k]`; undefined when source i is no such pronoun.
 */
export function relativeSpeaker(sources: readonly (Span | null)[], speakers: readonly (Speaker | null)[], i: number): Speaker | null | undefined {
  const source = sources[i];
  if (!source || speakers[i]?.entity || !isRelativePronoun(source)) return undefined;
  const k = sources.findIndex((s) => s && endsJustBefore(s, source));
  return k >= 0 ? speakers[k] : undefined;
}

/**
 * The others a plural pronoun source stands for when it takes up a coordination (mentions layer `coEntities`):
 * "Qatar and Egypt called for a truce. They said …" gives Egypt besides Qatar. Each is resolved from its last
 * mention before the source, as a listed source's parts are; when the group owns the speaking body ("Mali and Burkina
 * Faso … Their governments said"), the others speak as that body too (`speaker` is the attribution's own speaker).
 */
export function groupSpeakers(source: Span | null, mentions: readonly Mention[], entities: readonly Entity[], speaker?: Speaker | null): Speaker[] {
  const group = source && groupedMentions(mentions).find((m) => within(m, source));
  if (!group) return [];
  // "Their governments said": the group owns the speaking bodies, so each other state speaks as its own such body
  const body = group.end < source.end && speaker?.actor?.sector ? speaker.actor.sector : undefined;
  return group.coEntities!.flatMap((id) => {
    const named = entities.find((e) => e.id === id)?.mentions.map((k) => mentions[k]).filter((m) => m.form !== 'pronoun' && m.start < source.start).at(-1);
    const other = named && resolveSpeaker(named, mentions, entities);
    if (!other) return [];
    const state = other.actor;
    if (!body || !state || state.sector) return [other];
    return [{ ...other, actor: { id: `${state.country}${body}`, name: `${state.name} (${body})`, country: state.country, sector: body } }];
  });
}

/** The mentions with co-entities, found once per mentions layer: few documents have any, and every source asks. */
const GROUPED = new WeakMap<readonly Mention[], readonly Mention[]>();
function groupedMentions(mentions: readonly Mention[]): readonly Mention[] {
  let grouped = GROUPED.get(mentions);
  if (!grouped) GROUPED.set(mentions, (grouped = mentions.filter((m) => m.coEntities)));
  return grouped;
}
