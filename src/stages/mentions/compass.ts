import type { TokenTable } from '../../doc/tokens.ts';
import type { Candidate } from './candidate.ts';

const COMPASS = new Set(['north', 'south']);

/**
 * "The North" and "the South" are the two halves of a divided country that the article names: after "North Korea" and
 * "South Korea", "the North had no interest in talks with the South" speaks of the two states. They stay unlinked in an
 * article that names neither ("voters in the South"). A compass word alone is never a state in the actor base: that
 * would make every "South" South Korea.
 */
export function linkCompassStates(tokens: TokenTable, candidates: readonly Candidate[]): void {
  const states = new Map<string, Candidate>();
  for (const m of candidates) {
    if (m.form === 'name' && m.actor && !m.actor.sector && m.end - m.start === 2 && COMPASS.has(tokens.lower[m.start])) states.set(tokens.lower[m.start], m);
  }
  if (states.size === 0) return;
  for (const m of candidates) {
    const state = states.get(tokens.lower[m.start]);
    if (!state || m.form !== 'name' || m.actor || m.end - m.start !== 1 || tokens.lower[m.start - 1] !== 'the') continue;
    m.actor = state.actor;
    m.type = 'GPE';
    m.typeSure = true;
  }
}
