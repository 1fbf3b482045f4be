import type { AttributionContext } from './context.ts';
import { inflect } from './lexicon.ts';
import type { Segment } from './tags.ts';
import { TIME_BETWEEN } from './time-adjunct.ts';

/**
 * Verbs and nouns whose cue takes the preposition after them, as PolNeAR marks it (train, first annotator:
 * "called for" 46 of 46, "called on" 20 of 21, "referring to" 39 of 42, "talking about" 31 of 31, "pointed out" 21 of 21,
 * "attacks on" 24 of 24). The content then starts after the preposition: "called on [China to act responsibly]".
 * Verbs before a to-infinitive ("vowed to", "plans to") do not take it, so "to" is listed only after verbs that take
 * a noun ("refer to", "point to", "respond to").
 */
const VERB_PARTICLES: Record<string, readonly string[]> = {
  call: ['on', 'for', 'upon'], refer: ['to'], talk: ['about'], speak: ['about'], point: ['out', 'to'], focus: ['on'],
  respond: ['to'], vote: ['for'], ask: ['about'], complain: ['about'], comment: ['on'], weigh: ['in'], lash: ['out'],
  worry: ['about'], think: ['about', 'of'], push: ['for'], warn: ['of'], boast: ['of'], agree: ['with'], accuse: ['of'],
};
const NOUN_PARTICLES: Record<string, readonly string[]> = {
  attack: ['on'], attacks: ['on'], question: ['about'], questions: ['about'], concern: ['about'], concerns: ['about'],
  opposition: ['to'], support: ['for'], criticism: ['of'], endorsement: ['of'], accusations: ['of'], comments: ['about'],
  praise: ['for'],
};

const PARTICLES = new Map<string, ReadonlySet<string>>();
for (const [lemma, particles] of Object.entries(VERB_PARTICLES)) for (const form of inflect(lemma)) PARTICLES.set(form, new Set(particles));
for (const [noun, particles] of Object.entries(NOUN_PARTICLES)) PARTICLES.set(noun, new Set(particles));

/**
 * A cue grown by the preposition its last word takes: "called" → "called on", "questions" → "questions about"; and
 * "was quoted as" by the participle that completes it ("was quoted as saying").
 */
export function withParticle(ctx: AttributionContext, cue: Segment): Segment {
  const { lower, sentence } = ctx.tokens;
  const next = cue.last + 1;
  if (next >= lower.length || sentence[next] !== sentence[cue.last]) return cue;
  if (lower[cue.last] === 'as' && AS_PARTICIPLES.has(lower[next])) return { ...cue, last: next };
  if (!PARTICLES.get(lower[cue.last])?.has(lower[next])) return cue;
  const grown = { ...cue, last: next };
  return lower[next] === 'as' && AS_PARTICIPLES.has(lower[next + 1] ?? '') ? { ...grown, last: next + 1 } : grown;
}

/** "quoted as saying", "described as telling": what a cue ending in "as" goes on with. */
const AS_PARTICIPLES = new Set(['saying', 'telling', 'stating', 'warning']);

const CALL_FORMS = new Set(inflect('call'));
/** How many tokens a time adjunct may take between "called" and "for": "late on Monday". */
const MAX_TIME_TOKENS = 4;

/**
 * "Qatar and Egypt called on Monday for the truce to be extended": wire copy puts the day between the verb and its
 * preposition, where the cue tagger (trained on PolNeAR, which has one such case) reads "called on" as "call on
 * someone" and the day as content, or finds no cue. The cue runs from the verb over the time to "for", as PolNeAR
 * marks "called again for": a cue the tagger found on the verb grows to it, and one is added where it found none.
 */
export function callsForOverTime(ctx: AttributionContext, cues: readonly Segment[]): Segment[] {
  const { lower, sentence, starts, ends } = ctx.tokens;
  let out = [...cues];
  for (let i = 0; i < lower.length; i++) {
    if (!CALL_FORMS.has(lower[i])) continue;
    for (let k = i + 2; k <= i + 1 + MAX_TIME_TOKENS && k < lower.length && sentence[k] === sentence[i]; k++) {
      if (lower[k] !== 'for') continue;
      if (TIME_BETWEEN.test(ctx.text.slice(ends[i], starts[k]))) {
        const grown: Segment = { role: 'CUE', first: i, last: k };
        const on = out.filter((c) => c.first <= k && c.last >= i);
        if (on.length === 0) out.push(grown);
        else if (on.length === 1 && on[0].first === i && on[0].last < k) out = out.map((c) => (c === on[0] ? grown : c));
      }
      break;
    }
  }
  return out.sort((a, b) => a.first - b.first);
}
