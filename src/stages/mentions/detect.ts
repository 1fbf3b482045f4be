import type { Candidate } from './candidate.ts';
import { within } from '../../doc/span.ts';
import { findCollectives } from './collectives.ts';
import type { TokenCues } from './cues.ts';
import type { RoleLookup } from './kb.ts';
import type { KbMatches } from './kb-match.ts';
import { DEFAULT_NAME_OPTIONS, findNames, type NameOptions } from './names.ts';
import { findDescribedGroups, markCivilianProperty } from './groups.ts';
import { findAgeEpithets, markPartyEpithets } from './epithets.ts';
import { findNominals } from './nominals.ts';
import { markPossessorCountries, markResidence } from './possessors.ts';
import { findPronouns } from './pronoun-mentions.ts';
import { markAppositives, markBracketAcronyms, markPositions, markPredicates, markPrenominalTitles, surnamesOverAliases } from './structure.ts';

/**
 * All candidate mentions of a document in text order: names first (they claim their tokens), then
 * collectives (which replace a nationality inside them: "European" in "European countries"), nominals
 * over the tokens left, and pronouns.
 */
export function detectMentions(c: TokenCues, kb: KbMatches, roles: RoleLookup | undefined, o: NameOptions = DEFAULT_NAME_OPTIONS): Candidate[] {
  const found = findNames(c, kb, o);
  // A pattern collective gives way to a name over the same words ("the West" in the actor base); a
  // nationality inside it gives way to the collective ("European" in "European countries").
  const collectives = findCollectives(c).filter((g) => !found.some((m) => m.ids && m.start < g.end && g.start < m.end && (m.type !== 'NORP' || m.end - m.start >= g.end - g.start)));
  const names = found.filter((m) => !collectives.some((g) => within(m, g)));
  const claimed = [...names, ...collectives, ...findDescribedGroups(c, kb, names, roles)];
  const all = [...claimed, ...findNominals(c, claimed, roles), ...findAgeEpithets(c, claimed), ...findPronouns(c)];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const unique = all.filter((m, k) => k === 0 || m.start !== all[k - 1].start || m.end !== all[k - 1].end);
  markPartyEpithets(c, unique);
  surnamesOverAliases(c, unique);
  markPossessorCountries(c, kb, unique);
  markResidence(c, kb, unique);
  markCivilianProperty(c, unique);
  markPositions(c, unique);
  markAppositives(c, unique);
  markPredicates(c, unique);
  markPrenominalTitles(c, unique);
  markBracketAcronyms(c, unique);
  return unique;
}
