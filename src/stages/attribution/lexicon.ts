/**
 * The cue lexicon: verbs that report speech, cognition or evidence, by lemma. The model reads the class as a
 * feature, so "rebuked" (never seen in training) still looks like "criticized"; the attribution type reads it
 * to tell belief ("Moscow believes…", "Kyiv wants…") from speech ("Lavrov said…").
 */
export type CueClass = 'speech' | 'belief' | 'evidence' | 'according';

const SPEECH = `say tell add claim insist accuse deny warn argue state note explain announce report write tweet ask
reply respond answer assert contend declare maintain mention observe remark repeat reiterate admit acknowledge
concede confirm promise pledge vow threaten urge call demand predict describe comment criticize criticise praise
blame complain boast joke quip recall testify allege charge counter dismiss caution emphasize emphasise stress
propose recommend conclude disclose reveal brief inform assure advise retort shout whisper post quote cite
highlight lament muse question challenge dispute reject refute condemn denounce slam blast decry defend endorse
hail welcome thank apologize apologise speak talk discuss declare proclaim insinuate imply suggest signal
tout vow pledge estimate forecast add explain suggest order instruct command mock ridicule question
rebuke scold lambaste chide accuse hint concede stress` ;

const BELIEF = `believe think want hope fear expect consider feel know worry doubt suspect wish assume reckon figure
guess imagine suppose understand realize realise recognize recognise agree disagree prefer intend plan like
dislike hate love seem appear wonder trust regard view see mean need`;

const EVIDENCE = `show find indicate demonstrate prove estimate project suggest reveal confirm conclude determine
establish`;

/** Past forms and participles English does not build with -ed. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], think: ['thought'], feel: ['felt'],
  know: ['knew', 'known'], find: ['found'], show: ['shown'], speak: ['spoke', 'spoken'], understand: ['understood'],
  see: ['saw', 'seen'], mean: ['meant'], forecast: ['forecast'], swear: ['swore', 'sworn'], hold: ['held'],
  hear: ['heard'], teach: ['taught'], set: ['set'], put: ['put'], read: ['read'], lead: ['led'],
};

/** Verbs that double their final consonant before -ed / -ing ("admitted", "referring"). */
const DOUBLING = new Set(['admit', 'commit', 'regret', 'omit', 'refer', 'prefer', 'confer', 'infer', 'plan', 'quip', 'vow', 'chat']);

/** The inflected forms of a verb lemma: base, -s, -ed, -ing, irregular pasts. */
export function inflect(lemma: string): string[] {
  const forms = new Set<string>([lemma, ...(IRREGULAR[lemma] ?? [])]);
  const consonantY = /[^aeiou]y$/.test(lemma);
  forms.add(/(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`);
  const double = DOUBLING.has(lemma) && lemma !== 'vow' ? lemma + lemma.at(-1) : lemma;
  if (!IRREGULAR[lemma] || lemma === 'show' || lemma === 'forecast') {
    forms.add(lemma.endsWith('e') ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${double}ed`);
  }
  forms.add(lemma.endsWith('ee') ? `${lemma}ing` : lemma.endsWith('e') ? `${lemma.slice(0, -1)}ing` : `${double}ing`);
  return [...forms];
}

interface CueEntry {
  readonly lemma: string;
  readonly cueClass: CueClass;
}

function buildLexicon(): Map<string, CueEntry> {
  const map = new Map<string, CueEntry>();
  // Later classes do not overwrite earlier ones: "suggest" stays speech, "see" stays belief.
  const lists: Array<[string, CueClass]> = [[SPEECH, 'speech'], [BELIEF, 'belief'], [EVIDENCE, 'evidence']];
  for (const [list, cueClass] of lists) {
    for (const lemma of list.split(/\s+/).filter(Boolean)) {
      for (const form of inflect(lemma)) if (!map.has(form)) map.set(form, { lemma, cueClass });
    }
  }
  map.set('according', { lemma: 'according', cueClass: 'according' });
  return map;
}

const LEXICON = buildLexicon();

/** The cue entry for a lower-cased word form, if it is one ("warned" → warn / speech). */
export function cueEntry(lower: string): CueEntry | undefined {
  return LEXICON.get(lower);
}

/** True for cognition lemmas, whose attributions are typed `belief`. */
export function isBeliefLemma(lemma: string): boolean {
  return LEXICON.get(lemma)?.cueClass === 'belief';
}
