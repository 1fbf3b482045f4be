import type { TokenTable } from '../../doc/tokens.ts';
import type { Candidate } from './candidate.ts';
import type { EntityState } from './entity-state.ts';
import type { Linker } from './link.ts';
import { nameWords } from './name-match.ts';
import { nearSpelledPerson } from './near-names.ts';

/** Particles that one spelling writes and another drops or changes: "Ali El Amin", "Ali al-Amin". */
const PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'de', 'da', 'van', 'von', 'der', 'le', 'la', 'jr', 'jr.', 'sr', 'sr.']);

/**
 * Whether a name as written is the base's fuller name of the same person: same first and last word, and
 * every other written word (particles aside) among the base's ("Ana Ruiz" = Ana Maria Ruiz,
 * "Jean-Paul Dube" = Jean Paul Dube, "Ian Hale" = Sir Ian Hale).
 */
export function sameFullName(written: readonly string[], full: readonly string[]): boolean {
  if (written.length < 2 || full.length < written.length) return false;
  if (written[0] !== full[0] || written[written.length - 1] !== full[full.length - 1]) return false;
  return written.slice(1, -1).every((w) => PARTICLES.has(w) || full.includes(w));
}

/**
 * Person names the trie did not match exactly, linked when exactly one person in the base has that fuller name,
 * or else when exactly one has that first name and a surname one letter off (near-names.ts).
 */
export function linkFullNames(linker: Linker, t: TokenTable, candidates: readonly Candidate[]): void {
  for (const m of candidates) {
    if (m.form !== 'name' || m.type !== 'PERSON' || m.actor || m.end - m.start < 2) continue;
    const written = nameWords(t.words.slice(m.start, m.end).join(' '));
    if (written.length < 2) continue;
    const ids = linker.kb.bySurname(written[written.length - 1]).filter((id) => {
      const r = linker.kb.get(id);
      return r?.kind === 'person' && sameFullName(written, nameWords(r.name));
    });
    if (ids.length === 1) m.actor = linker.code(ids[0]);
    else if (ids.length === 0) {
      const near = nearSpelledPerson(linker.kb, written);
      if (near) m.actor = linker.code(near);
    }
  }
}

/**
 * The office a person's name mentions carry ("President Ruiz", "Deposed President Ana Ruiz") decides the
 * entity's sector over the base's record for the article date; see Linker.titledName.
 */
export function applyTitles(linker: Linker, t: TokenTable, entities: readonly EntityState[]): void {
  for (const e of entities) {
    if (e.type !== 'PERSON' || e.plural) continue;
    const titled = e.mentions.find((m) => m.form === 'name' && m.title);
    if (!titled) continue;
    const name = t.words.slice(titled.start, titled.end).join(' ').replace(/ - /g, '-'); // "Park Min-seo"
    const before = e.actor;
    // A government coded from a description ("Nigerian junior foreign minister" → NGA GOV) is no person's
    // identity: the name's own record is, when the base has one.
    const own = e.actorDerived ? e.mentions.find((m) => m.form === 'name' && m.actor && !m.derived)?.actor : before;
    // "Ghanaian deputy trade minister Kofi Mensah": the nationality qualifies the title written before the name.
    const q = titled.qualifier;
    const qualifierCountry = q && (q.type === 'NORP' || q.type === 'GPE') ? q.actor?.country : undefined;
    const after = linker.titledName(titled.title!, own, titled.country ?? e.country ?? qualifierCountry, name);
    if (!after || after === before) continue;
    e.actor = after;
    e.actorDerived = false;
    for (const m of e.mentions) if (m.actor && (m.actor.id === before?.id || m.actor.id === own?.id)) m.actor = after;
  }
}
