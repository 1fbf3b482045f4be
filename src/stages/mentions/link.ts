import type { ActorRef } from '../../doc/layers.ts';
import type { TokenTable } from '../../doc/tokens.ts';
import type { Candidate } from './candidate.ts';
import type { ActorLookup, RoleLookup } from './kb.ts';
import { GOVERNMENT_HEADS } from './nominal-resolve.ts';
import { genderOfFirstName } from './first-names.ts';
import { heldOn, officeIndex } from './offices.ts';
import type { Gender } from './pronouns.ts';
import { INTERNATIONAL_BODIES, officeTitle, roleActor, roleSector, titledPerson, titleSector } from './role-actors.ts';

/** Determiners of a description that introduces someone new: "a State Department spokesperson". */
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);

/**
 * Linking mentions to actors on the article's date. Names carry actor-base ids from the trie; an
 * ambiguous alias ("Brussels": EU, NATO, Belgium) takes the candidate the rest of the document names
 * unambiguously most often. Organisations named through a country ("the Russian Defence Ministry",
 * "the Kiev regime") get that country's government, sectored by their head noun.
 */
export class Linker {
  constructor(
    readonly kb: ActorLookup,
    readonly roles: RoleLookup | undefined,
    readonly date: string | undefined,
  ) {}

  linkNames(mentions: readonly Candidate[]): void {
    // Evidence is what the document names without ambiguity ("NATO"), not another "Brussels".
    const counts = new Map<string, number>();
    for (const m of mentions) {
      if (m.ids?.length !== 1 || this.kb.get(m.ids[0])?.ambiguous?.length) continue;
      counts.set(m.ids[0], (counts.get(m.ids[0]) ?? 0) + 1);
    }
    for (const m of mentions) {
      if (!m.ids?.length) continue;
      let id = m.ids[0];
      for (const other of m.ids) if ((counts.get(other) ?? 0) > (counts.get(id) ?? 0)) id = other;
      const rec = this.kb.get(id);
      for (const alt of rec?.ambiguous ?? []) if ((counts.get(alt) ?? 0) > (counts.get(id) ?? 0)) id = alt;
      const chosen = this.kb.get(id);
      m.actor = this.code(id);
      // "Palestinians", "Liberians": a nationality in the plural names the country's people, its civilians.
      if (m.type === 'NORP' && m.plural && chosen?.kind === 'state') m.sector ??= 'CVL';
      // A community coded by where it lives ("the Hungarians of Romania") carries that country.
      const resident = m.type === 'NORP' && m.country && m.country !== m.actor?.country ? m.country : undefined;
      const country = resident ?? m.actor?.country;
      const name = resident ? `${chosen?.name} community in ${this.kb.get(resident)?.name ?? resident}` : chosen?.name;
      if (m.actor && m.sector) m.actor = { id: `${country}${m.sector}`, name: name ?? m.actor.name, country: country!, sector: m.sector };
      m.gender ??= chosen?.gender;
    }
  }

  code(id: string): ActorRef | undefined {
    const code = this.kb.code(id, this.date);
    if (!code) return undefined;
    const { id: cid, name, country, sector, wikidata, title } = code;
    return { id: cid, name, country, ...(sector ? { sector } : {}), ...(wikidata ? { wikidata } : {}), ...(title ? { title } : {}) };
  }

  /** "the Russian government", "Russia's Defence Ministry", "the Kiev regime": the country's government (or military). */
  institutionOf(m: Candidate, country: string | undefined, words: readonly string[]): ActorRef | undefined {
    if (!country || m.type !== 'ORG' || words.length === 0) return undefined;
    const head = words[words.length - 1];
    // Else the longest ending the role list knows: "russian defence ministry" → "defence ministry" → GOV.
    const sector = GOVERNMENT_HEADS.has(head) ? 'GOV' : roleSector(this.roles, words);
    if (!sector) return undefined;
    const government = sector === 'GOV' ? governmentsOf(this.kb).get(country) : undefined;
    if (government) return this.code(government);
    const state = this.kb.get(country);
    return { id: `${country}${sector}`, name: `${state?.name ?? country} ${sectorName(sector)}`, country, sector };
  }

  /** The one person holding the office on the article's date ("Russia's top diplomat" → its foreign minister). */
  officeHolder(title: string, country: string): ActorRef | undefined {
    if (title.startsWith('former ')) return undefined;
    const ids = officeIndex(this.kb).holders(title, country, this.date);
    return ids.length === 1 ? this.code(ids[0]) : undefined;
  }

  /**
   * A nominal whose country is known: the office holder on the date ("Russia's top diplomat" → Lavrov), else
   * the group or office the words describe ("Dutch soldiers" → NLD MIL, "Slovenia's prime minister" → SVN GOV).
   */
  nominalActor(m: Candidate, country: string, words: readonly string[], name: string): ActorRef | undefined {
    // "a State Department spokesperson" is one of several, unnamed: not the spokesperson the base lists
    const holder = m.type === 'PERSON' && m.title && !m.plural && !INDEFINITE.has(words[0]) ? this.officeHolder(m.title, country) : undefined;
    return holder ?? roleActor(this.roles, country, words, name, m.plural ? undefined : m.title);
  }

  /**
   * An office written before a name is the person's office when the text was written, whatever the base says
   * for the article date: "President Bush" is coded GOV even on a date when the base has him as a former
   * president (ELI), and "deposed President Ana Ruiz" ELI. A name the base lacks takes the office's sector
   * and the country the text gives ("Malian President Issa Keita" → MLI GOV).
   */
  titledName(title: string, actor: ActorRef | undefined, country: string | undefined, name: string): ActorRef | undefined {
    const sector = titleSector(this.roles, title);
    if (!sector) return actor;
    if (!actor) return country ? titledPerson(this.roles, country, title, name) : undefined;
    // "Kenzo Oshima, the UN emergency relief coordinator": an international body's office makes the holder the
    // body's, whatever nationality the base gives (PLOVER codes UN officials UNO, EU officials EUR).
    if (country && INTERNATIONAL_BODIES.has(country) && actor.country !== country && STATE_OFFICE.has(sector)) {
      return { ...actor, country, sector, title: officeTitle(title) };
    }
    if (actor.sector && (actor.sector === 'ELI') === (sector === 'ELI')) return actor;
    // A description ("candidate Ana Ruiz", "activist Ana Ruiz") does not overrule the base; an office does.
    if (!STATE_OFFICE.has(sector)) return actor;
    return { ...actor, sector, title: officeTitle(title) };
  }

  /**
   * A surname alone ("Lavrov said"), when one person by that name holds office on the article's date, or
   * (without a date) one hand-curated person has it. Generated records hold thousands of surnames of
   * minor officials: a bare "Waters" or "Thompson" must not become one of them.
   */
  surname(word: string, title?: string, country?: string, gender?: Gender): ActorRef | undefined {
    // "King Olaf of Norway": a country the text gives narrows the bearers to that country's; "Ms. Sherry" is no Nicholas.
    const ids = this.kb.bySurname(word).filter((id) => {
      const r = this.kb.get(id);
      if (lastName(r?.name) !== word.toLowerCase() || (gender && (genderOfName(r?.name) ?? gender) !== gender)) return false;
      return !country || r?.country === country || !!r?.roles?.some((x) => x.country === country);
    });
    if (!this.date) {
      const trusted = ids.filter((id) => this.kb.get(id)?.source !== 'phoenix');
      return trusted.length === 1 ? this.code(trusted[0]) : undefined;
    }
    const day = this.date.slice(0, 10);
    // "President Bush": the one Bush the base knows as a president, whether or not he was one on the date.
    const office = title && !title.startsWith('former ') ? ids.filter((id) => officeIndex(this.kb).held(id, title)) : [];
    if (office.length === 1) return this.code(office[0]);
    const serving = ids.filter((id) => this.kb.get(id)?.roles?.some((r) => (r.start || r.end) && heldOn(r, day)));
    return serving.length === 1 ? this.code(serving[0]) : undefined;
  }
}

/** Sectors of state offices, and ELI for a former one: what a title before a known name may set. */
const STATE_OFFICE = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY', 'ELI']);

/** The gender a full name's first given name shows, if the list of first names knows it. */
const genderOfName = (name: string | undefined): Gender | undefined => genderOfFirstName((name ?? '').split(/\s+/)[0].toLowerCase());

/** The surname of a full name, generational suffixes aside ("Hassan II" → hassan, "Martin Luther King Jr." → king). */
function lastName(name: string | undefined): string {
  const words = (name ?? '').toLowerCase().split(/\s+/).filter((w) => !/^(?:jr\.?|sr\.?|ii|iii|iv)$/.test(w));
  return words[words.length - 1] ?? '';
}

const GOVERNMENTS = new WeakMap<ActorLookup, Map<string, string>>();

/** The actor base's government record of each country ("RUS" → the record the Kremlin names). */
export function governmentsOf(kb: ActorLookup): Map<string, string> {
  let map = GOVERNMENTS.get(kb);
  if (!map) {
    map = new Map();
    for (const r of kb.records?.() ?? []) if (r.kind === 'government' && !map.has(r.country)) map.set(r.country, r.id);
    GOVERNMENTS.set(kb, map);
  }
  return map;
}

const SKIP = new Set(['the', 'a', 'an', "'s", "'", 'its', 'their']);

/** The words of a mention that can name an institution: "the Kiev regime" → kiev, regime. */
export function institutionWords(t: TokenTable, m: Candidate): string[] {
  return t.lower.slice(m.start, m.head + 1).filter((w) => !SKIP.has(w));
}

function sectorName(sector: string): string {
  switch (sector) {
    case 'GOV': return 'government';
    case 'MIL': return 'military';
    case 'LEG': return 'legislature';
    case 'JUD': return 'judiciary';
    case 'COP': return 'police';
    case 'REB': return 'rebels';
    case 'UAF': return 'armed groups';
    case 'PTY': return 'party';
    case 'JRN': return 'media';
    case 'SPY': return 'intelligence';
    default: return sector;
  }
}
