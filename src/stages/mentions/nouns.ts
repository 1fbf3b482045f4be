import type { MentionType } from '../../doc/layers.ts';
import type { Gender } from './pronouns.ts';

/**
 * Common nouns that can head a nominal mention of an actor ("the minister", "officials", "the ministry",
 * "the country"). The shipped role-noun list (knowledge/roles) extends the person side at run time.
 */
export interface NounInfo {
  readonly type: MentionType;
  readonly plural: boolean;
  readonly gender?: Gender;
  /** The singular form, used as the role of the mention ("ministers" → "minister"). */
  readonly singular: string;
}

const TABLE = new Map<string, NounInfo>();

function add(type: MentionType, words: string, gender?: Gender): void {
  for (const w of words.trim().split(/\s+/)) {
    const [singular, pluralForm] = w.split('/');
    if (!TABLE.has(singular)) TABLE.set(singular, { type, plural: false, gender, singular });
    const plural = pluralForm ?? pluralOf(singular);
    if (plural && !TABLE.has(plural)) TABLE.set(plural, { type, plural: true, gender, singular });
  }
}

function pluralOf(w: string): string {
  if (/(s|sh|ch|x)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

// People by office or function: the heads of most nominal mentions of actors in political news.
add('PERSON', `
  president minister premier chancellor secretary diplomat ambassador envoy official spokesperson
  leader head chief commander general officer soldier/soldiers lawmaker legislator senator congressman/congressmen
  mp governor mayor official adviser advisor aide negotiator mediator representative delegate candidate nominee
  politician activist analyst expert observer judge prosecutor lawyer attorney investigator inspector
  monitor journalist reporter correspondent editor director executive chairman/chairmen ceo founder member
  coordinator rapporteur commissioner
  resident citizen civilian voter protester demonstrator rebel separatist militant insurgent fighter
  gunman/gunmen attacker suspect victim hostage prisoner detainee refugee migrant worker employee
  researcher scientist professor student teacher doctor nurse scholar economist banker businessman/businessmen
  president-elect vice-president deputy incumbent predecessor successor opponent rival ally critic supporter
  person/people individual man/men
  troop/troops police/police policeman/policemen authority/authorities
`);
add('PERSON', `
  spokesman/spokesmen chairman/chairmen king prince father dad son brother husband boy/boys uncle nephew
  grandfather grandson boyfriend widower fiance
`, 'm');
add('PERSON', `
  spokeswoman/spokeswomen chairwoman/chairwomen woman/women queen princess mother mum mom daughter sister
  wife/wives girl/girls actress aunt niece grandmother granddaughter girlfriend widow fiancee
`, 'f');
add('PERSON', `parent child/children friend colleague partner family/families neighbour neighbor relative`);
// Groups of people that "they" most often refers back to in news ("the authors say", "fans said").
add('PERSON', `
  author fan participant player developer user customer consumer pilgrim tourist visitor passenger
  patient survivor witness owner investor shareholder farmer athlete pupil parishioner believer
`);
// Groups named only in the plural: "forces" are troops, a "force" is mostly not a person.
for (const w of ['forces', 'guerrillas', 'guerillas']) TABLE.set(w, { type: 'PERSON', plural: true, singular: w.replace(/s$/, '') });
// Organisations, and the government of a country as an actor ("the ministry said", "the regime").
add('ORG', `
  ministry government administration regime cabinet party agency organisation organization company
  alliance coalition bloc army military navy council committee commission parliament legislature
  department office court union group movement militia embassy team squad delegation side force command
`);
// Places as actors ("the country", "the island nation").
add('GPE', `country nation state republic kingdom city capital region province territory`);

/** A noun's entry; a former holder names a person as the noun does: "ex-wife", "ex-minister". */
export function nounInfo(lower: string): NounInfo | undefined {
  return TABLE.get(lower) ?? (lower.startsWith('ex-') ? TABLE.get(lower.slice(3)) : undefined);
}

/** Phrases that name an office by description: "Russia's top diplomat" is its foreign minister. */
export const ROLE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['top diplomat', 'foreign minister'],
  ['chief diplomat', 'foreign minister'],
  ['foreign secretary', 'foreign minister'],
  ['defense secretary', 'defence minister'],
  ['defence secretary', 'defence minister'],
  ['defense minister', 'defence minister'],
  ['head of state', 'president'],
  ['head of government', 'prime minister'],
  ['premier', 'prime minister'],
]);

/** Agent-noun endings ("negotiator", "lobbyist", "militiaman", "democrat"): how a role noun shows it names people. */
const PERSON_ENDING = /(?:er|or|ist|ian|ant|ent|man|men|woman|women|person|ee|crat|arch|at|ic|ive|ary|ier|eer|ess|ess|ite)s?$/;

/**
 * Whether a noun from the shipped role list names people. The list also holds institutions and
 * equipment ("university", "hospital", "frigate"), which must not head a person mention or a title.
 */
export function isPersonRole(lower: string, roles: { isRoleNoun(w: string): boolean }): boolean {
  const known = nounInfo(lower);
  if (known) return known.type === 'PERSON';
  // Asked for many tokens of every document: remembered per role list (words, not documents, so it stays small).
  let cache = ROLE_CACHE.get(roles);
  if (!cache) ROLE_CACHE.set(roles, (cache = new Map()));
  let yes = cache.get(lower);
  if (yes === undefined) {
    yes = PERSON_ENDING.test(lower) && roles.isRoleNoun(lower);
    if (cache.size < ROLE_CACHE_LIMIT) cache.set(lower, yes);
  }
  return yes;
}

const ROLE_CACHE = new WeakMap<object, Map<string, boolean>>();
/** Distinct words remembered per role list; past it, look-ups are simply not cached. */
const ROLE_CACHE_LIMIT = 100_000;
