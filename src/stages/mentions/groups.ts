import type { MentionType } from '../../doc/layers.ts';
import { newCandidate, type Candidate } from './candidate.ts';
import { isCapitalised, type TokenCues } from './cues.ts';
import type { RoleLookup } from './kb.ts';
import type { KbMatches } from './kb-match.ts';
import { ORG_HEADS } from './lexicon.ts';
import { nounInfo } from './nouns.ts';
import { INTERNATIONAL_BODIES, roleSector } from './role-actors.ts';
import { titleOf } from './titles.ts';

/** Longest stretch of common words after the country word that may hold the role: "coast guard officers". */
const MAX_ROLE_WORDS = 4;
const WORD_TAGS = new Set(['NOUN', 'ADJ', 'PROPN']);
const LEADING = new Set(['the', 'a', 'an', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'both', 'other', 'angry', 'armed', 'senior', 'top', 'local', 'suspected', 'official', 'state-run', 'state-owned']);

/**
 * A country word (or an intergovernmental body: "UN observers", "NATO troops") before a role the role list
 * knows is one actor, the country's group or office: "Kenyan police", "Turkish forces", "three Dutch soldiers",
 * "Canadian paramedics", "Kurdish guerrillas", "a Chilean minister", "the Kenyan army". The span covers
 * determiner, country word and role; the country word stays a NORP/GPE mention of its own. Found from the
 * country word, so the tagger's verdict on the words after it ("police fired" tagged as two nouns) only bounds
 * the search: the longest prefix ending in a known role wins.
 */
export function findDescribedGroups(c: TokenCues, kb: KbMatches, names: readonly Candidate[], roles: RoleLookup | undefined): Candidate[] {
  if (!roles) return [];
  const t = c.tokens;
  const out: Candidate[] = [];
  const endingAt = new Map<number, Candidate>();
  for (const m of names) if (m.form === 'name' && m.ids?.length) endingAt.set(m.end, m);
  for (const m of names) {
    if (m.form !== 'name' || !m.ids?.length || (m.plural && m.type === 'NORP')) continue;
    let country = modifierCountry(kb, m);
    if (!country) continue;
    // "Russia's UN ambassador", "Britain's EU envoy": a state's envoy to a body is the state's.
    const owner = m.type === 'ORG' && (t.lower[m.start - 1] === "'s" || t.lower[m.start - 1] === "'") ? endingAt.get(m.start - 1) : undefined;
    const ownerCountry = owner && (owner.type === 'GPE' || owner.type === 'NORP') ? modifierCountry(kb, owner) : undefined;
    if (ownerCountry) country = ownerCountry;
    let end = m.end;
    while (end < t.length && end - m.end < MAX_ROLE_WORDS && t.sentence[end] === t.sentence[m.start] && isCommonWord(c, end)) end++;
    const words = t.lower.slice(m.end, end);
    let head = -1;
    // After an adjective any modifiers may precede the role ("Spanish dock workers"); after a country's name
    // the words must be the role itself ("U.S. coast guard"), or "Peru attacks smugglers" would be one.
    const known = (e: number) => (m.type === 'NORP' ? roleSector(roles, words.slice(0, e)) : roles.sectorOf(words.slice(0, e).join(' ')));
    for (let e = words.length; e > 0 && head < 0; e--) if (known(e)) head = m.end + e - 1;
    if (head < 0) continue;
    let start = m.start;
    while (start > 0 && m.start - start < 2 && t.sentence[start - 1] === t.sentence[m.start] && (LEADING.has(t.lower[start - 1]) || c.pos(start - 1) === 'NUM')) start--;
    out.push(groupCandidate(c, ownerCountry ? owner! : m, ownerCountry ? owner!.start : start, head, country));
    shareRole(c, kb, endingAt, m, roleSector(roles, t.lower.slice(m.end, head + 1))!);
  }
  return out;
}

/**
 * "Chilean and Peruvian warships", "Dutch, Belgian and Danish troops": the earlier nationalities share the
 * role. Their own mentions stand for their share of the group and take the role's sector.
 */
function shareRole(c: TokenCues, kb: KbMatches, endingAt: Map<number, Candidate>, last: Candidate, sector: string): void {
  const t = c.tokens;
  for (let k = last.start - 1; k > 0 && (t.lower[k] === 'and' || t.lower[k] === 'or' || t.lower[k] === ','); ) {
    const before = endingAt.get(k);
    if (!before || (before.type !== 'NORP' && before.type !== 'GPE') || !modifierCountry(kb, before)) return;
    before.sector ??= sector;
    k = before.start - 1;
  }
}

/** The country code a modifier gives: a state's ("Israeli", "U.S."), or an intergovernmental body's ("UN peacekeepers"). */
function modifierCountry(kb: KbMatches, m: Candidate): string | undefined {
  const rec = kb.record(m.ids![0]);
  if (m.type === 'NORP' || m.type === 'GPE') return rec?.country;
  // Armed groups and parties keep their own code: "Hamas fighters" are Hamas.
  return m.type === 'ORG' && rec?.kind === 'organisation' && INTERNATIONAL_BODIES.has(rec.country) ? rec.country : undefined;
}

/** Common nouns that older style guides capitalise: "Danish Web sites", "Chinese Internet companies". */
const STYLED_CAPITALS = new Set(['Web', 'Internet']);

function isCommonWord(c: TokenCues, k: number): boolean {
  const w = c.tokens.words[k];
  if (STYLED_CAPITALS.has(w)) return true;
  return /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !isCapitalised(w) && WORD_TAGS.has(c.pos(k));
}

/** Where civilians live and what they own: "bulldozers demolished Palestinian homes", "shells hit Kurdish villages". */
const CIVILIAN_PROPERTY = new Set(['home', 'homes', 'house', 'houses', 'village', 'villages', 'farm', 'farms', 'farmland', 'shop', 'shops', 'property', 'properties', 'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods', 'orchards', 'livestock']);

/**
 * A nationality before civilians' homes or property stands for the country's civilians (CVL), as PLOVER coders
 * code the target of "demolished Palestinian homes"; "Palestinian officials" or "Palestinian territory" do not.
 */
export function markCivilianProperty(c: TokenCues, mentions: readonly Candidate[]): void {
  for (const m of mentions) {
    if (m.type === 'NORP' && m.form === 'name' && !m.plural && !m.sector && CIVILIAN_PROPERTY.has(c.tokens.lower[m.end] ?? '')) m.sector = 'CVL';
  }
}

function groupCandidate(c: TokenCues, country: Candidate, start: number, head: number, code: string): Candidate {
  const t = c.tokens;
  const word = t.lower[head];
  const info = nounInfo(word);
  const type: MentionType = info?.type === 'ORG' || ORG_HEADS.has(word) ? 'ORG' : 'PERSON';
  const plural = info ? info.plural : /[^s]s$/.test(word);
  const cand = newCandidate({ start, end: head + 1, head, type, form: 'nominal', plural, gender: info?.gender });
  cand.qualifier = country;
  cand.country = code;
  // An office ("a Chilean minister") is a title; a thing ("a Kenyan newspaper") is not.
  if (type === 'PERSON' && !plural && info?.type === 'PERSON') cand.title = titleOf(t.lower.slice(country.end, head + 1));
  return cand;
}
