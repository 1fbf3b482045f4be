import { newCandidate, type Candidate } from './candidate.ts';
import { isCapitalised, type TokenCues } from './cues.ts';
import type { RoleLookup } from './kb.ts';
import { isPersonRole, nounInfo, type NounInfo } from './nouns.ts';
import { isTitleWord } from './runs.ts';
import { titleOf } from './titles.ts';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'another', 'each', 'every', 'some', 'several', 'many', 'two', 'three', 'both', 'other']);
const MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'NUM', 'PROPN']);
const LINKS = new Set(['of', 'for', 'at', 'in', 'from']);
const ENVOYS = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'consul', 'attaché', 'attache']);
/** Words after "of" that complete an office rather than name what it serves: "chief of staff", "head of state". */
const OFFICE_COMPLEMENTS = new Set(['staff', 'state', 'government', 'mission', 'defence', 'defense']);
const PREDICATIVE = new Set(['as', 'is', 'was', 'became', 'becomes', 'remains', 'remained', 'named', 'appointed', 'elected']);

/** Lower-case role nouns also come from the shipped role list ("chargé d'affaires", "ombudsman"). */
function infoOf(lower: string, roles: RoleLookup | undefined): NounInfo | undefined {
  const known = nounInfo(lower);
  if (known) return known;
  if (roles && isPersonRole(lower, roles)) {
    const plural = /s$/.test(lower) && !/ss$/.test(lower);
    return { type: 'PERSON', plural, singular: plural ? lower.replace(/(?:ies)$/, 'y').replace(/s$/, '') : lower };
  }
  return undefined;
}

/**
 * Nominal mentions: a person, organisation or country named by a common noun with a determiner or
 * possessor ("the minister", "Russia's top diplomat", "the country's president", "the ministry"), or a bare
 * plural ("officials said", "rebels"). A role noun glued to a following name is a title, not a mention
 * ("Kremlin spokesman Dmitry Peskov"): it is written on the name instead.
 */
const QUANTITY = new Set(['group', 'groups', 'number', 'handful', 'majority']);
/** Words before "side(s)" that make it a party to talks: "both sides", "the two sides". */
const PARTY_SIDE = new Set(['both', 'two', 'three']);
const NOUN_LIKE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

export function findNominals(c: TokenCues, names: readonly Candidate[], roles?: RoleLookup): Candidate[] {
  const t = c.tokens;
  const owner: (Candidate | undefined)[] = new Array(t.length);
  for (const m of names) for (let k = m.start; k < m.end; k++) owner[k] ??= m;
  const out: Candidate[] = [];
  for (let h = 0; h < t.length; h++) {
    if (owner[h]) continue;
    const pos = c.pos(h);
    // Only a noun, a proper noun or an adjective can pass the head test below: any other word is passed over
    // before its role look-up.
    if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ') continue;
    const info = infoOf(t.lower[h], roles);
    if (!info) continue;
    // "Sudan's army-backed government", "a state-run broadcaster": the first part of a compound is no head
    if (t.words[h + 1] === '-' && c.glued(h) && c.glued(h + 1) && c.pos(h + 2) === 'VERB') continue;
    // "a group of Yoruba leaders": the leaders are the actor, "a group" only counts them
    if (QUANTITY.has(t.lower[h]) && t.lower[h + 1] === 'of' && owner[h + 2]) continue;
    // "both sides", "the two sides", "the Russian side" are parties; "on the other side", "sides of the border" are not
    if (info.singular === 'side' && !PARTY_SIDE.has(t.lower[h - 1] ?? '') && owner[h - 1]?.type !== 'NORP') continue;
    // "a state of emergency", "the state of the economy": a condition, not a country
    if (t.lower[h] === 'state' && t.lower[h + 1] === 'of' && !isCapitalised(t.words[h + 2] ?? '')) continue;
    // "the attorney general", "its director general": the office is the whole compound, headed by "general"
    if (info.type === 'PERSON' && t.words[h + 1] === 'general' && t.sentence[h + 1] === t.sentence[h]) continue;
    // "the UN chief told": the tagger reads "chief" as the adjective of "chief executive"; at the end of its phrase it heads it
    const noun = pos === 'NOUN' || (pos === 'ADJ' && info.type === 'PERSON' && !NOUN_LIKE.has(c.pos(h + 1)));
    if (isCapitalised(t.words[h]) ? !(c.clauseInitial[h] && (pos === 'NOUN' || pos === 'PROPN')) : !noun) continue;
    const next = owner[h + 1];
    if (next && next.start === h + 1 && next.type === 'PERSON' && next.form === 'name' && info.type === 'PERSON' && !info.plural) {
      titleTheName(c, owner, h, next);
      continue;
    }
    // "the rebel Kurdistan Workers' Party", "the opposition Labour Party": a noun before an organisation's name describes it
    if (next && next.start === h + 1 && next.type === 'ORG' && next.form === 'name' && !info.plural) continue;
    if (h + 1 < t.length && c.pos(h + 1) === 'NOUN' && !isCapitalised(t.words[h + 1]) && t.sentence[h + 1] === t.sentence[h]) continue; // "government spending"
    const nominal = nominalEndingAt(c, owner, h, info, roles);
    if (!nominal) continue;
    out.push(nominal);
    for (let k = nominal.start; k <= h; k++) owner[k] ??= nominal;
  }
  for (const m of out) m.qualifier ??= linkedByPreposition(c, owner, m.end, m.type !== 'PERSON');
  return out;
}

function nominalEndingAt(c: TokenCues, owner: (Candidate | undefined)[], h: number, info: NounInfo, roles: RoleLookup | undefined): Candidate | undefined {
  const t = c.tokens;
  let k = h - 1;
  let determined = false;
  let qualifier: Candidate | undefined;
  let titleStart = h;
  while (k >= 0 && t.sentence[k] === t.sentence[h]) {
    const w = t.lower[k];
    const holder = owner[k];
    if (w === "'s" || w === "'") {
      const possessor = owner[k - 1];
      if (!possessor) break;
      qualifier = possessor;
      determined = true;
      k = possessor.start - 1;
      break;
    }
    if (holder && holder.end === k + 1) {
      // "Israel attacks rebels": a name before nouns that are no part of a role is not their qualifier.
      if (!qualifies(c, holder, k + 1, h, roles)) {
        titleStart = h;
        k = h - 1;
        break;
      }
      qualifier ??= holder; // "Kremlin spokesman", "Russian officials"
      k = holder.start - 1;
      continue;
    }
    if (DETERMINERS.has(w)) {
      determined = true;
      k--;
      break;
    }
    // "the army-backed government", "a Russia-backed militia": the compound describes the noun; a name in it is
    // who backs it, not whose it is
    if (c.pos(k) === 'VERB' && t.words[k - 1] === '-' && c.glued(k - 1) && c.glued(k - 2)) {
      k -= 2;
      while (k > 0 && c.glued(k - 1) && t.sentence[k - 1] === t.sentence[h]) k--;
      titleStart = h;
      k--;
      continue;
    }
    // A capital that only starts the sentence is a common word: "Border guards in Mali".
    // "Algeria's leading rights activist", "the ruling party": a participle before the noun modifies it
    const participle = c.pos(k) === 'VERB' && /ing$/.test(w) && k > 0 && (t.lower[k - 1] === "'s" || DETERMINERS.has(t.lower[k - 1]));
    if ((!MODIFIER_TAGS.has(c.pos(k)) && !participle) || (isCapitalised(t.words[k]) && !isTitleWord(w) && !c.clauseInitial[k])) break;
    titleStart = k;
    k--;
  }
  // A bare singular is a mention only as a predicate ("resigned as foreign minister", "is chairman").
  if (!determined && !info.plural && !qualifier && !PREDICATIVE.has(t.lower[k] ?? '')) return undefined;
  const start = k + 1;
  // "chief of staff", "head of state", "secretary of defense": the office runs on over its "of" complement
  const end = info.type === 'PERSON' && t.lower[h + 1] === 'of' && OFFICE_COMPLEMENTS.has(t.lower[h + 2]) ? h + 3 : h + 1;
  const cand = newCandidate({ start, end, head: h, type: info.type, form: 'nominal', plural: info.plural, gender: info.gender });
  cand.qualifier = qualifier;
  if (info.type === 'PERSON') cand.title = titleOf([...t.lower.slice(titleStart, h), info.singular, ...t.lower.slice(h + 1, end)]);
  return cand;
}

/**
 * Whether a name qualifies the role after it across the words between. A country's name is often the subject
 * of a verb the tagger reads as a plural noun ("Israel attacks rebels", "Iran threatens protesters"): across a
 * word ending in -s or -ed it qualifies only as part of a role the list knows. Other names ("Kremlin chief
 * spokesman", "Istanbul's Kadikoy district council") and nationalities always qualify.
 */
function qualifies(c: TokenCues, holder: Candidate, from: number, h: number, roles: RoleLookup | undefined): boolean {
  if (holder.type !== 'GPE' || from === h) return true;
  const t = c.tokens;
  for (let k = from; k < h; k++) if (/(?:[^s]s|ed)$/.test(t.lower[k]) && c.pos(k) !== 'ADJ') return !!roles?.sectorOf(t.lower.slice(k, h + 1).join(' '));
  return true;
}

/**
 * Participles that place an organisation before "in": "a militia based in Kivu", "a newspaper based in Lima".
 * Only for organisations: "troops stationed in Mali" are rarely Mali's own.
 */
const PLACED = new Set(['based', 'stationed', 'deployed', 'operating', 'living', 'headquartered']);

/**
 * "the president of Ukraine", "a spokeswoman for the Defence Ministry", "an armed group based in Kivu": the
 * object of the preposition qualifies.
 */
function linkedByPreposition(c: TokenCues, owner: (Candidate | undefined)[], at: number, organisation: boolean): Candidate | undefined {
  const t = c.tokens;
  const end = organisation && PLACED.has(t.lower[at]) && t.lower[at + 1] === 'in' ? at + 1 : at;
  if (end >= t.length || !LINKS.has(t.lower[end])) return undefined;
  // "Ukraine's ambassador in Washington", "an envoy to Moscow": the place an envoy is posted to is not whose envoy
  if (ENVOYS.has(t.lower[at - 1]) && (t.lower[end] === 'in' || t.lower[end] === 'to')) return undefined;
  let k = end + 1;
  if (t.lower[k] === 'the') k++;
  const target = owner[k];
  // "a professor of North Korean studies": an adjective before a noun qualifies that noun, not the person
  if (target?.type === 'NORP' && c.pos(target.end) === 'NOUN') return undefined;
  return target && target.start >= end + 1 && target.type !== 'PERSON' ? target : undefined;
}

/** Writes "spokesman" and its modifiers onto the name it precedes: "Kremlin spokesman Dmitry Peskov". */
function titleTheName(c: TokenCues, owner: (Candidate | undefined)[], h: number, name: Candidate): void {
  const t = c.tokens;
  let k = h - 1;
  while (k >= 0 && t.sentence[k] === t.sentence[h] && !owner[k] && (c.pos(k) === 'ADJ' || c.pos(k) === 'NOUN') && !isCapitalised(t.words[k])) k--;
  name.title ??= titleOf(t.lower.slice(k + 1, h + 1));
  const modifier = owner[k];
  if (modifier && modifier.end === k + 1 && modifier.type !== 'PERSON') name.qualifier ??= modifier;
}
