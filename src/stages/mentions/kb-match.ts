import type { MentionType } from '../../doc/layers.ts';
import type { TokenTable } from '../../doc/tokens.ts';
import { isCapitalised } from './cues.ts';
import type { ActorLookup, ActorRecordView, RoleLookup } from './kb.ts';
import { isTitleWord } from './runs.ts';
import { NOT_NAMES, ORG_HEADS, PLACE_HEADS } from './lexicon.ts';
import { isPersonRole } from './nouns.ts';
import { looksDemonym } from './demonyms.ts';
import { typeOfKind } from './kb.ts';

export interface KbHit {
  readonly length: number;
  readonly ids: readonly string[];
  readonly adjective: boolean;
}

/**
 * Actor-base matches, asked once per capitalised token and remembered: the trie walk is the only alias
 * look-up the stage makes (no per-alias scan of the text). Spans never include a leading "the"; an alias
 * that needs it ("the West") is asked for at the article and credited to the word after it.
 */
export class KbMatches {
  private readonly cache: (KbHit | null | undefined)[];
  private joined: Joined | undefined;

  constructor(
    private readonly tokens: TokenTable,
    readonly base: ActorLookup | undefined,
    readonly roles?: RoleLookup,
  ) {
    this.cache = new Array(tokens.length);
  }

  at(i: number): KbHit | null {
    const known = this.cache[i];
    if (known !== undefined) return known;
    let hit: KbHit | null = null;
    const words = this.tokens.words;
    // "al-Qaeda", "Guinea-Bissau", "Asia-Pacific Forum": the segmenter splits hyphenated words
    // that aliases keep whole, so aliases are matched on the words with those hyphens joined again.
    const joined = (this.joined ??= joinHyphens(this.tokens));
    const j = i < words.length ? joined.index[i] : -1;
    if (this.base && j >= 0 && joined.words[j] !== words[i] && /\p{Lu}/u.test(joined.words[j])) {
      const m = this.base.matchAt(joined.words, j);
      if (m && m.length > 0 && m.ids.length > 0 && !m.article) hit = { length: joined.rawEnd(j + m.length - 1) - i, ids: m.ids, adjective: !!m.adjective };
    }
    // "The", "However", "Monday": capitalised words that start sentences and name no actor are not asked.
    if (!hit && this.base && i < words.length && isCapitalised(words[i]) && !NOT_NAMES.has(this.tokens.lower[i])) {
      // A plain word is matched on the joined view too, so a hyphenated word later in the alias still counts.
      const m = j >= 0 && joined.words[j] === words[i] ? this.base.matchAt(joined.words, j) : this.base.matchAt(words, i);
      if (m && m.length > 0 && m.ids.length > 0 && !m.article) hit = { length: j >= 0 && joined.words[j] === words[i] ? joined.rawEnd(j + m.length - 1) - i : m.length, ids: m.ids, adjective: !!m.adjective };
      // Asked only when the word alone names nothing: aliases that need their article are few.
      if (!hit && i > 0 && this.tokens.lower[i - 1] === 'the') {
        const withArticle = this.base.matchAt(words, i - 1);
        if (withArticle?.article && withArticle.length > 1 && withArticle.ids.length > 0) {
          hit = { length: withArticle.length - 1, ids: withArticle.ids, adjective: !!withArticle.adjective };
        }
      }
    }
    this.cache[i] = hit;
    return hit;
  }

  /** A word of an office written before a name: the built-in titles and the shipped role nouns ("Administrator"). */
  isTitle(lower: string): boolean {
    if (isTitleWord(lower)) return true;
    return this.roles !== undefined && !ORG_HEADS.has(lower) && !PLACE_HEADS.has(lower) && isPersonRole(lower, this.roles);
  }

  wordAt(i: number): string {
    return this.tokens.words[i] ?? '';
  }

  record(id: string): ActorRecordView | undefined {
    return this.base?.get(id);
  }

  /** The mention type of a hit: NORP when the words are a nationality adjective ("Russian", "Russians"). */
  typeOf(hit: KbHit, start: number): MentionType | undefined {
    if (hit.adjective) return 'NORP';
    const rec = this.record(hit.ids[0]);
    // Generated state records list demonyms among their names ("Australian" for Australia).
    if (rec?.kind === 'state' && hit.length === 1 && looksDemonym(this.tokens.words[start]) && rec.name !== this.tokens.words[start]) return 'NORP';
    return typeOfKind(rec?.kind);
  }
}

/** The document's words with glued hyphens joined ("al", "-", "Qaeda" → "al-Qaeda"), indexed both ways. */
interface Joined {
  readonly words: string[];
  /** Joined index of each token that starts a joined word (-1 for the hyphen and the words after it). */
  readonly index: Int32Array;
  /** Token index just after the joined word j. */
  rawEnd(j: number): number;
}

function joinHyphens(t: TokenTable): Joined {
  const words: string[] = [];
  const ends: number[] = [];
  const index = new Int32Array(t.length).fill(-1);
  for (let k = 0; k < t.length; ) {
    let end = k + 1;
    let word = t.words[k];
    while (end + 1 < t.length && t.words[end] === '-' && t.ends[end - 1] === t.starts[end] && t.ends[end] === t.starts[end + 1] && /\p{L}/u.test(t.words[end + 1])) {
      word += `-${t.words[end + 1]}`;
      end += 2;
    }
    index[k] = words.length;
    words.push(word);
    ends.push(end);
    k = end;
  }
  return { words, index, rawEnd: (j) => ends[Math.min(j, ends.length - 1)] };
}
