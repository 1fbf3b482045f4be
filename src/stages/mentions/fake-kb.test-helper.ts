import type { ActorRef } from '../../doc/layers.ts';
import type { ActorLookup, ActorMatchView, ActorRecordView, RoleLookup } from './kb.ts';

/**
 * A small in-memory actor base for the stage's tests, with the same contract as src/knowledge/actors
 * (longest alias match per token, dated roles), so the tests do not depend on the shipped data.
 */
export interface FakeRecord extends ActorRecordView {
  readonly aliases?: readonly string[];
}

export function fakeActorBase(records: readonly FakeRecord[]): ActorLookup {
  const byId = new Map(records.map((r) => [r.id, r]));
  const aliases: { words: string[]; id: string; adjective: boolean }[] = [];
  for (const r of records) {
    for (const a of [r.name, ...(r.aliases ?? [])]) aliases.push({ words: a.split(' '), id: r.id, adjective: false });
    for (const a of r.adjectives ?? []) aliases.push({ words: a.split(' '), id: r.id, adjective: true });
  }
  const dayOf = (d?: string) => d?.slice(0, 10);
  const roleOn = (id: string, date?: string) => {
    const day = dayOf(date);
    return byId.get(id)?.roles?.find((r) => !day || ((!r.start || r.start <= day) && (!r.end || day <= r.end)));
  };
  return {
    matchAt(tokens, i): ActorMatchView | null {
      let best: { length: number; ids: string[]; adjective: boolean } | null = null;
      for (const a of aliases) {
        if (a.words.every((w, k) => tokens[i + k] === w) && (!best || a.words.length > best.length)) best = { length: a.words.length, ids: [a.id], adjective: a.adjective };
        else if (best && a.words.length === best.length && a.words.every((w, k) => tokens[i + k] === w)) best.ids.push(a.id);
      }
      return best;
    },
    get: (id) => byId.get(id),
    roleOn,
    code(id, date): ActorRef | undefined {
      const r = byId.get(id);
      if (!r) return undefined;
      const role = roleOn(id, date);
      return { id, name: r.name, country: role?.country ?? r.country, ...(role?.sector ?? r.sector ? { sector: role?.sector ?? r.sector } : {}), ...(role?.title ? { title: role.title } : {}) };
    },
    bySurname: (s) => records.filter((r) => r.kind === 'person' && r.name.split(' ').pop()?.toLowerCase() === s.toLowerCase()).map((r) => r.id),
    records: () => records,
  };
}

export const fakeRoles: RoleLookup = {
  isRoleNoun: (n) => ['minister', 'spokesman', 'diplomat', 'defence ministry', 'ministry', 'army'].includes(n),
  sectorOf: (n) => ({ 'defence ministry': 'GOV', ministry: 'GOV', army: 'MIL', minister: 'GOV' } as Record<string, string>)[n],
};

/** A world of made-up and real actors, enough for metonymy, offices on dates and ambiguity. */
export const WORLD: FakeRecord[] = [
  { id: 'RUS', name: 'Russia', kind: 'state', country: 'RUS', adjectives: ['Russian', 'Russians'] },
  { id: 'UKR', name: 'Ukraine', kind: 'state', country: 'UKR', adjectives: ['Ukrainian'] },
  { id: 'BEL', name: 'Belgium', kind: 'state', country: 'BEL', aliases: ['Brussels'], ambiguous: ['EU', 'NATO'] },
  { id: 'RUS-GOV', name: 'Government of Russia', kind: 'government', country: 'RUS', sector: 'GOV', aliases: ['Kremlin', 'Moscow'] },
  { id: 'UKR-GOV', name: 'Government of Ukraine', kind: 'government', country: 'UKR', sector: 'GOV', aliases: ['Kyiv', 'Kiev'] },
  { id: 'NATO', name: 'North Atlantic Treaty Organization', kind: 'organisation', country: 'IGO', aliases: ['NATO'] },
  { id: 'EU', name: 'European Union', kind: 'organisation', country: 'EUR', aliases: ['EU'] },
  { id: 'WEST', name: 'the West', kind: 'collective', country: 'WST', aliases: ['West'] },
  {
    id: 'lavrov', name: 'Sergey Lavrov', kind: 'person', country: 'RUS', gender: 'm',
    roles: [{ title: 'Foreign Minister', country: 'RUS', sector: 'GOV', start: '2004-03-09' }],
  },
  {
    id: 'ivanov', name: 'Igor Ivanov', kind: 'person', country: 'RUS', gender: 'm',
    roles: [{ title: 'Foreign Minister', country: 'RUS', sector: 'GOV', start: '1998-09-11', end: '2004-03-09' }],
  },
  {
    id: 'kallas', name: 'Kaja Kallas', kind: 'person', country: 'EST', gender: 'f',
    roles: [{ title: 'Prime Minister', country: 'EST', sector: 'GOV', start: '2021-01-26', end: '2024-07-15' }],
  },
];

/**
 * Role nouns with their PLOVER sectors, as the shipped list has them (a few entries are enough to show the
 * rules: the longest known ending of a phrase decides its sector).
 */
const SECTORS: Record<string, string> = {
  troops: 'MIL', soldiers: 'MIL', servicemen: 'MIL', peacekeepers: 'MIL', forces: 'MIL', army: 'MIL', police: 'COP',
  'riot police': 'COP', 'security forces': 'COP', refugees: 'REF', civilians: 'CVL', villagers: 'CVL', diplomats: 'GOV',
  diplomat: 'GOV', official: 'GOV', officials: 'GOV', minister: 'GOV', 'prime minister': 'GOV', president: 'GOV',
  'foreign minister': 'GOV', general: 'MIL', king: 'GOV', candidate: 'PTY', fighters: 'UAF', rebels: 'REB',
  lawmakers: 'LEG', cabinet: 'GOV', 'constitutional court': 'JUD', senate: 'LEG', workers: 'LAB', protesters: 'CVLOPP',
  observers: 'GOV', paramedics: 'MED', newspaper: 'JRN', 'terror group': 'REB', militia: 'UAF', tanks: 'MIL',
};
export const sectorRoles: RoleLookup = {
  isRoleNoun: (n) => n in SECTORS,
  sectorOf: (n) => SECTORS[n]?.slice(0, 3),
};

const PLACES = new Map([['Quito', 'ECU'], ['Lima', 'PER'], ['Mosul', 'IRQ'], ['Kivu', 'COD'], ['Chile', 'CHL']]);

/** States, capitals, groups and office holders for the role-and-context rules (invented people, real codes). */
export function roleWorld(extra: readonly FakeRecord[] = []): ActorLookup {
  const state = (id: string, name: string, ...adjectives: string[]): FakeRecord => ({ id, name, kind: 'state', country: id, adjectives });
  const base = fakeActorBase([
    state('NLD', 'Netherlands', 'Dutch'), state('KEN', 'Kenya', 'Kenyan'), state('PER', 'Peru', 'Peruvian', 'Peruvians'),
    state('CHL', 'Chile', 'Chilean'), state('SYR', 'Syria', 'Syrian'), state('HRV', 'Croatia', 'Croatian'),
    state('SRB', 'Serbia', 'Serb', 'Serbs'), state('MLI', 'Mali', 'Malian'), state('NOR', 'Norway', 'Norwegian'),
    state('SVN', 'Slovenia'), state('JPN', 'Japan', 'Japanese'), state('ECU', 'Ecuador'), state('ROU', 'Romania'),
    state('HUN', 'Hungary', 'Hungarian', 'Hungarians'), state('COD', 'Congo'), state('IRQ', 'Iraq', 'Iraqi'),
    state('USA', 'U.S.', 'American', 'Americans'), state('GNB', 'Guinea-Bissau'), state('GIN', 'Guinea'),
    state('CZE', 'Czech Republic'),
    { id: 'ECU-GOV', name: 'Government of Ecuador', kind: 'government', country: 'ECU', sector: 'GOV', aliases: ['Quito'] },
    { id: 'PER-GOV', name: 'Government of Peru', kind: 'government', country: 'PER', sector: 'GOV', aliases: ['Lima'] },
    { id: 'UN', name: 'United Nations', kind: 'organisation', country: 'UNO', aliases: ['UN'] },
    { id: 'HAMAS', name: 'Hamas', kind: 'group', country: 'PSE', sector: 'REB' },
    { id: 'AL-QAEDA', name: 'al-Qaeda', kind: 'group', country: 'IMG', sector: 'REB' },
    { id: 'OXFAM', name: 'Oxfam', kind: 'organisation', country: 'NGO' },
    ...extra,
  ]);
  return { ...base, countryOfPlace: (name) => PLACES.get(name) };
}
