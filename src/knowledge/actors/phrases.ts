/**
 * The alias index: normalised phrase (space-joined token keys: folded, lower-cased) -> entries,
 * plus, per first token, the longest phrase that starts with it. Matching tries the phrases
 * starting at a position from the longest possible length down.
 *
 * A flat table, not a token trie: with ~35k aliases a trie costs one Map operation and one
 * string per edge (~90k) at every load, which made loading several times slower.
 */
import { caseModeOf, firstUpperToken, type CaseRule } from './caseRules.js';
import type { PreparedPhrase } from './normalize.js';

/** One surface form of an alias with the actors it names; it is its own CaseRule. */
export interface AliasEntry extends CaseRule {
  adjective: boolean;
  ids: string[];
  /** From the authoritative layer (curated/user): generated aliases may not join it. */
  authoritative: boolean;
}

export class PhraseTable {
  private readonly byPhrase = new Map<string, AliasEntry[]>();
  private readonly maxTokens = new Map<string, number>();
  /** Every phrase cut before one of its spaces ("united", "united nations" for "united nations security council"). */
  private readonly continued = new Set<string>();

  get(phrase: string): AliasEntry[] | undefined {
    return this.byPhrase.get(phrase);
  }

  /**
   * Whether some alias goes on past these words (space-joined keys): matching stops extending a phrase that no
   * alias continues, instead of trying every length up to the longest alias of the first word ("New …").
   */
  continues(phrase: string): boolean {
    return this.continued.has(phrase);
  }

  /** Longest alias (in tokens) starting with this key; 0 when none does. */
  longestFrom(firstKey: string): number {
    return this.maxTokens.get(firstKey) ?? 0;
  }

  /**
   * Add one alias. Returns false when a generated alias collides with an authoritative one:
   * curated data wins on the same phrase.
   */
  insert(p: PreparedPhrase, id: string, adjective: boolean, authoritative: boolean, titled = false): boolean {
    let list = this.byPhrase.get(p.phrase);
    if (!list) {
      this.byPhrase.set(p.phrase, (list = []));
      for (let at = p.phrase.indexOf(' '); at >= 0; at = p.phrase.indexOf(' ', at + 1)) this.continued.add(p.phrase.slice(0, at));
    } else if (!authoritative && list.some((e) => e.authoritative)) return false;
    if ((this.maxTokens.get(p.first) ?? 0) < p.tokens) this.maxTokens.set(p.first, p.tokens);
    const same = list.find((e) => e.adjective === adjective && e.surface === p.surface);
    if (same) {
      if (!same.ids.includes(id)) same.ids.push(id);
      same.titled &&= titled; // shared by a non-titled actor: the looser rule applies
      return true;
    }
    const mode = caseModeOf(p.surface);
    const upperAt = mode === 'strict' ? -1 : firstUpperToken(p.surface);
    list.push({ mode, surface: p.surface, upperAt, titled, adjective, ids: [id], authoritative });
    return true;
  }

  /** Does an authoritative entry exist for exactly this phrase (space-joined keys)? */
  hasAuthoritative(phrase: string): boolean {
    return !!this.byPhrase.get(phrase)?.some((e) => e.authoritative);
  }
}
