import type { ActorRef } from '../../doc/layers.ts';
import type { TokenTable } from '../../doc/tokens.ts';
import type { Candidate } from './candidate.ts';
import type { CorefHooks } from './coref.ts';
import type { ActorLookup, RoleLookup } from './kb.ts';
import { institutionWords, type Linker } from './link.ts';
import { linkCompassStates } from './compass.ts';
import { linkFullNames } from './person-link.ts';
import { orgHead } from './org-heads.ts';
import { resolvePlaces } from './places.ts';
import { markContextCountries } from './context-country.ts';
import { roleSector, slug } from './role-actors.ts';

/**
 * Linking before coreference (names, fuller names, places, institutions named through a country) and the
 * hooks coreference calls once a nominal's country or a surname's bearer is known.
 */
export function linkCandidates(linker: Linker, actors: ActorLookup, tokens: TokenTable, candidates: readonly Candidate[], dateline: Uint8Array): CorefHooks {
  linker.linkNames(candidates);
  const institution = (m: Candidate, country: string) => {
    const actor = linker.institutionOf(m, country, institutionWords(tokens, m));
    if (actor) m.derived = true;
    return actor;
  };
  linkFullNames(linker, tokens, candidates);
  linkCompassStates(tokens, candidates);
  resolvePlaces(actors, tokens, candidates);
  markContextCountries(tokens, linker.roles, candidates, dateline);
  for (const m of candidates) if (m.form === 'name' && !m.actor && m.country) m.actor = institution(m, m.country) ?? residents(tokens, m, m.country);
  for (const m of candidates) {
    if (m.form !== 'name' || m.type !== 'ORG' || m.actor) continue;
    m.actor = m.country ? nationalBody(tokens, linker, m, m.country) : civilSociety(tokens, linker.roles, m);
  }
  return {
    actorForSurname: (w, title, country, gender) => linker.surname(w, title, country, gender),
    generatedRecord: (actor) => actors.get(actor.id)?.source === 'phoenix',
    actorForNominal(m, country, possessor) {
      const owner = possessor ?? m.qualifier?.actor;
      // "the UN chief", "the head of the UN nuclear watchdog": the person heading that organisation on the date
      if (owner && m.type === 'PERSON' && !m.plural && HEAD_NOUNS.has(tokens.lower[m.head]) && actors.get(owner.id)?.kind === 'organisation') {
        const head = orgHead(actors, owner.id, linker.date);
        if (head) return linker.code(head);
      }
      if (owner && codedAsMembers(actors, owner)) {
        m.derived = true;
        return owner;
      }
      if (m.type !== 'PERSON') {
        const actor = institution(m, country);
        if (actor || m.type !== 'ORG' || !m.qualifier) return actor;
      }
      // "Dutch soldiers", "UN observers", "Slovenia's prime minister": the holder, or the group described.
      const actor = linker.nominalActor(m, country, tokens.lower.slice(m.start, m.end), phrase(tokens, m));
      if (actor && actor.id.startsWith(country)) m.derived = true;
      // "Yoruba leaders", "Hausa politicians": a people holds no state office; its leaders are elites (PLOVER ELI)
      if (actor && owner && isPeople(actors, owner) && (STATE_SECTORS.has(actor.sector ?? '') || TRADITIONAL_LEADERS.has(tokens.lower[m.head]))) {
        return { ...actor, id: `${country}ELI`, sector: 'ELI' };
      }
      return actor;
    },
  };
}

/**
 * A community the base does not list, placed by where it lives ("the Kurds of Syria", "ethnic Uzbeks in
 * Kyrgyzstan"): that country's civilians, as markResidence set them.
 */
function residents(t: TokenTable, m: Candidate, country: string): ActorRef | undefined {
  if (m.type !== 'NORP' || !m.sector || !/^[A-Z]{3}$/.test(country)) return undefined;
  return { id: `${country}${m.sector}`, name: `${phrase(t, m)} (${country})`, country, sector: m.sector };
}

/** "Ministry of National Defense" read as "national defense ministry", the order the role list has. */
function headLast(words: readonly string[]): string[] {
  const of = words.indexOf('of');
  return of > 0 ? [...words.slice(of + 1), words[of - 1]] : [];
}

/** Heads of the names civil-society bodies give themselves: "Association of African Jurists", "Helsinki Committee". */
const ASSOCIATION_HEADS = new Set(['association', 'federation', 'society', 'league', 'foundation', 'committee', 'coalition', 'network', 'forum', 'institute', 'centre', 'center', 'watch']);

/**
 * An organisation the base does not know, named as an association and tied to no country ("Association of
 * African Jurists", "Campaign Forum"), is a non-governmental organisation: PLOVER's NGO code, id from its name.
 */
function civilSociety(t: TokenTable, roles: RoleLookup | undefined, m: Candidate): ActorRef | undefined {
  const words = t.lower.slice(m.start, m.end);
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  if (!ASSOCIATION_HEADS.has(head)) return undefined;
  const name = phrase(t, m);
  // the members' noun gives the sector, as for a national body: "Association of African Jurists" JUD
  const sector = of > 0 ? roleSector(roles, words.slice(of + 1)) : undefined;
  return { id: `NGO-${slug(name)}`, name, country: 'NGO', ...(sector ? { sector } : {}) };
}

/**
 * An organisation the base does not know, named with a country ("Serbian Workers' Union", "Kenyan Farmers
 * Association"): that country's, with the sector its members' noun gives ("workers" LAB, "farmers" AGR).
 */
function nationalBody(t: TokenTable, linker: Linker, m: Candidate, country: string): ActorRef | undefined {
  if (!/^[A-Z]{3}$/.test(country)) return undefined;
  const words = t.lower.slice(m.start, m.end).filter((w) => /[a-z0-9]/.test(w));
  const sector = roleSector(linker.roles, words) ?? roleSector(linker.roles, words.slice(0, -1)) ?? roleSector(linker.roles, headLast(words));
  const name = phrase(t, m);
  return { id: `${country}-${slug(name)}`, name, country, ...(sector ? { sector } : {}) };
}

/**
 * "Hamas fighters", "the Hezbollah leader", "Oxfam workers": the people of an armed group, party, NGO or
 * company are coded as the organisation itself, not as a sector of a country.
 */
function codedAsMembers(kb: ActorLookup, owner: ActorRef): boolean {
  const kind = kb.get(owner.id)?.kind;
  return kind === 'group' || kind === 'party' || (kind === 'organisation' && NON_STATE.has(owner.country));
}

const NON_STATE = new Set(['NGO', 'MNC', 'IMG']);
const HEAD_NOUNS = new Set(['chief', 'head', 'leader', 'boss', 'chairman', 'chairwoman', 'chair']);
const STATE_SECTORS = new Set(['GOV', 'LEG', 'PTY', 'JUD']);
/** A people's traditional leaders, elites too though the role list has "elders" as civilians: "Ibo elders", "Pashtun tribal chiefs". */
const TRADITIONAL_LEADERS = new Set(['elders', 'elder', 'chiefs', 'chief', 'chieftains']);

/** An ethnic or religious community of one state (data/actors `peoples`): "Yoruba", "Chechens". */
function isPeople(kb: ActorLookup, owner: ActorRef): boolean {
  const r = kb.get(owner.id);
  return r?.kind === 'collective' && r.sector === 'CVL';
}

const LEADING = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'dozens', 'hundreds', 'thousands']);

/** A described actor's name: the mention's words without a leading determiner or number ("Dutch soldiers"). */
function phrase(t: TokenTable, m: Candidate): string {
  let k = m.start;
  while (k < m.head && (LEADING.has(t.lower[k]) || /^\d/.test(t.words[k]))) k++;
  // possessives glued back: "Russia's envoy", "Serbian Workers' Union"
  return t.words.slice(k, m.end).join(' ').replace(/ '(s\b)?/g, "'$1");
}
