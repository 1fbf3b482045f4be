import type { ActorRef } from '../../doc/layers.ts';
import type { RoleLookup } from './kb.ts';

/**
 * Actors the text itself describes when the actor base has no record for them: a country and a role noun
 * ("Dutch soldiers" → NLD MIL, "Slovenia's prime minister" → SVN GOV, "a Peruvian official" → PER GOV) or an
 * office written before a name the base does not know ("Malian President Issa Keita" → MLI GOV).
 * Their ids are the PLOVER code (`ISRMIL`), with the person's name for a named person (`MLIGOV-issa-keita`),
 * so two unknown Malian ministers never share an id.
 */

/**
 * Whether an actor id names one record — a person ("sergey-lavrov", "MLIGOV-issa-keita") or a place ("CHE-geneva") —
 * rather than coding a group or an unnamed office holder by country and sector ("USAGOV", "RUS-GOV").
 */
export const namesOneActor = (id: string): boolean => /-[a-z]/.test(id);

/** Words before the role noun that are not part of it: determiners, numbers, "'s". */
const NOT_ROLE = /^(?:the|a|an|some|several|many|two|three|four|five|dozens|hundreds|thousands|scores|'s|'|\d[\d,.]*)$/;

/** Codes of intergovernmental bodies: their officials and the groups they field are coded as the body ("UN observers"). */
export const INTERNATIONAL_BODIES: ReadonlySet<string> = new Set(['IGO', 'UNO', 'EUR']);

const STATE_MEDIA = new Set(['official', 'state', 'state-run', 'state-owned', 'government-run', 'government-owned']);

/**
 * PLOVER's sectors. The role list also holds actor codes that are no sector ("peacekeeping troops" IGO, "aid
 * group" NGO, Phoenix's PPL/RAD): those endings are passed over for a shorter one ("troops" MIL).
 */
const SECTORS = new Set('COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC'.split(' '));

/**
 * The sector of the longest ending of `words` the role list knows ("egyptian riot police" → "riot police" →
 * COP). "Opposition" before the head makes the group the opposition whatever its members are: "Ugandan
 * opposition candidates", "opposition lawmakers" (OPP, as the Phoenix dictionary and the PLOVER gold code them).
 */
export function roleSector(roles: RoleLookup | undefined, words: readonly string[]): string | undefined {
  if (!roles) return undefined;
  const opposition = words.indexOf('opposition');
  if (opposition >= 0 && opposition < words.length - 1) return 'OPP';
  for (let k = 0; k < words.length; k++) {
    const s = roles.sectorOf(words.slice(k).join(' '));
    if (s && SECTORS.has(s)) return s;
  }
  return undefined;
}

/** A group or an unnamed office holder of a country: "Kenyan police" → KEN COP, "a Peruvian official" → PER GOV. */
export function roleActor(roles: RoleLookup | undefined, country: string, words: readonly string[], name: string, title?: string): ActorRef | undefined {
  const own = words.filter((w) => !NOT_ROLE.test(w));
  const former = title?.startsWith('former ');
  let sector = former ? 'ELI' : roleSector(roles, own);
  // "an official Kenyan newspaper", "state-run television": state media speak for the government (CAMEO GOVMED).
  if (sector === 'JRN' && own.some((w) => STATE_MEDIA.has(w))) sector = 'GOV';
  if (!sector || !/^[A-Z]{3}$/.test(country)) return undefined;
  return { id: `${country}${sector}`, name, country, sector, ...(title ? { title: officeTitle(title) } : {}) };
}

/** A named person the base does not know, coded from the office the text gives: "Malian President Issa Keita". */
export function titledPerson(roles: RoleLookup | undefined, country: string, title: string, name: string): ActorRef | undefined {
  const sector = titleSector(roles, title);
  if (!sector) return undefined;
  return { id: `${country}${sector}-${slug(name)}`, name, country, sector, title: officeTitle(title) };
}

/** The sector an office implies: "president" GOV, "general" MIL, "former president" ELI (PLOVER elites). */
export function titleSector(roles: RoleLookup | undefined, title: string): string | undefined {
  if (title.startsWith('former ')) return 'ELI';
  // "Lt. Gen." is unknown as a phrase, "gen" is not.
  const words = title.split(' ');
  return roleSector(roles, words) ?? roleSector(roles, words.slice(-1));
}

/** An office as the actor base writes titles: "secretary of state" → "Secretary of State". */
export function officeTitle(title: string): string {
  return title.replace(/\p{L}[\p{L}'-]*/gu, (w) => (SMALL.has(w) ? w : w[0].toUpperCase() + w.slice(1)));
}

const SMALL = new Set(['of', 'the', 'and', 'for', 'to']);

/** An id-safe form of a name: "Ana Ruiz" → ana-ruiz, "Élysée" → elysee. */
export function slug(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
