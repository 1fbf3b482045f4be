import type { Position } from '../../doc/events.ts';
import { eventsStage } from '../events/events.ts';
import { fixtureDoc, type FixtureSpec } from '../events/fixtures.ts';
import { WORLD } from '../events/test-support.ts';
import { positionsStage } from './positions.ts';

export function positionsOf(text: string, spec: FixtureSpec = {}): Position[] {
  const doc = fixtureDoc(text, { actors: WORLD, ...spec });
  const withEvents = doc.with('events', eventsStage.run(doc, { knowledge: {} }).layers.events!, { stage: 'events', version: 'test' });
  return [...positionsStage.run(withEvents, { knowledge: {} }).layers.positions!];
}

/** The position on `issue`, failing loudly when there is none. */
export function positionOn(text: string, issue: string, spec: FixtureSpec = {}): Position {
  const found = positionsOf(text, spec).find((p) => p.issue === issue);
  if (!found) throw new Error(`no position on ${issue} in: ${text}`);
  return found;
}
