import type { Event } from '../../doc/events.ts';
import { eventsStage } from './events.ts';
import { fixtureDoc, type ActorSpec, type FixtureSpec } from './fixtures.ts';

/** A small world for tests: the sentences name these parties. */
export const WORLD: Readonly<Record<string, ActorSpec>> = {
  Russia: { country: 'RUS' }, Moscow: { country: 'RUS' }, Ukraine: { country: 'UKR' }, Kyiv: { country: 'UKR' },
  France: { country: 'FRA' }, Paris: { country: 'FRA' }, Germany: { country: 'DEU' }, Berlin: { country: 'DEU' },
  Turkey: { country: 'TUR' }, Ankara: { country: 'TUR' }, Poland: { country: 'POL' }, Warsaw: { country: 'POL' },
  Hungary: { country: 'HUN' }, Budapest: { country: 'HUN' }, China: { country: 'CHN' }, Beijing: { country: 'CHN' },
  Georgia: { country: 'GEO' }, Armenia: { country: 'ARM' }, Azerbaijan: { country: 'AZE' }, Serbia: { country: 'SRB' },
  Kosovo: { country: 'XKX' }, Israel: { country: 'ISR' }, Egypt: { country: 'EGY' }, Sudan: { country: 'SDN' },
  Britain: { country: 'GBR' }, London: { country: 'GBR' }, Washington: { country: 'USA' }, NATO: { country: 'IGO', type: 'ORG' },
  'the EU': { country: 'EUR', type: 'ORG' }, 'the United Nations': { country: 'UNO', type: 'ORG' },
  Lavrov: { country: 'RUS', sector: 'GOV', type: 'PERSON' }, Sikorski: { country: 'POL', sector: 'GOV', type: 'PERSON' },
  'the minister': { country: 'FRA', sector: 'GOV', type: 'PERSON' }, 'the rebels': { country: 'SDN', sector: 'REB', type: 'COLLECTIVE' },
  'the army': { country: 'SDN', sector: 'MIL', type: 'COLLECTIVE' }, protesters: { country: 'GEO', sector: 'CVL', type: 'COLLECTIVE' },
  'police': { country: 'GEO', sector: 'COP', type: 'COLLECTIVE' }, 'foreign troops': { country: 'INT', type: 'COLLECTIVE' },
  'European peacekeepers': { country: 'EUR', sector: 'MIL', type: 'COLLECTIVE' },
};

export function eventsOf(text: string, spec: FixtureSpec = {}): Event[] {
  const doc = fixtureDoc(text, { actors: WORLD, ...spec });
  return [...eventsStage.run(doc, { knowledge: {} }).layers.events!];
}

/** The most confident event of a sentence. */
export function mainEvent(text: string, spec: FixtureSpec = {}): Event | undefined {
  return eventsOf(text, spec).sort((a, b) => b.confidence - a.confidence)[0];
}

export const country = (p: Event['actor']): string | undefined => p?.actor?.country;
