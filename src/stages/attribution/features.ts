import type { TokenAtoms } from './atoms.ts';
import { FeatureSet, type AtomColumns } from './feature-set.ts';
import type { CueRelativeAtoms } from './relative.ts';

/** Atom kinds as feature strings abbreviate them ("w" = lower-cased word, "lx" = cue-lexicon class…). */
const TOKEN_KINDS: Record<string, keyof TokenAtoms> = {
  w: 'word', s3: 'suffix', sh: 'shape', p: 'pos', lx: 'cue', q: 'quote', dl: 'cueLeft', dr: 'cueRight',
  sp: 'place', pl: 'punctLeft', pr: 'punctRight', ql: 'quoteLength', qa: 'cueAfterQuote', qb: 'cueBeforeQuote',
  qc: 'continued', st: 'stem', ix: 'index', vo: 'verbOrder', te: 'toEnd', nc: 'nextComma',
};
const RELATIVE_KINDS: Record<string, keyof CueRelativeAtoms> = {
  rel: 'relation', rd: 'distance', cw: 'cueWord', cc: 'cueClass', oc: 'otherCue', qr: 'quoteRelation', mk: 'marker',
  cm: 'commas', vb: 'between', cj: 'conjunction', ms: 'sinceMarker', ma: 'markerAhead', in: 'inset',
};

const TOKEN_TEMPLATES = [
  'w', 'w-1', 'w+1', 'w-2', 'w+2', 'w-1|w', 'w|w+1',
  's3', 'sh', 'sh-1|sh', 'sh|sh+1',
  'p', 'p-1', 'p+1', 'p-2', 'p+2', 'p-1|p', 'p|p+1',
  'lx', 'lx-1', 'lx+1', 'lx-2', 'lx+2', 'lx|p', 'lx-1|w',
  'q', 'q|p', 'q|w', 'q-1|q', 'q|q+1',
  'dl', 'dr', 'dl|dr', 'dl|p', 'dr|p', 'dl|q', 'dr|q',
  'sp', 'sp|p', 'sp|q',
  'pl', 'pr', 'pl|pr', 'pr|q', 'pl|q',
  'ql', 'qa', 'qb', 'qa|q', 'qb|q', 'ql|qa', 'ql|qb', 'qc',
];

/** Pass 1 (cue tagger): features of the token and its neighbourhood only. */
export const CUE_FEATURES = new FeatureSet('attribution-cue-features/6', Object.keys(TOKEN_KINDS), [
  ...TOKEN_TEMPLATES,
  'p|w+1', 'w|p+1', 'p-1|w', 'lx|w+1', 's3|p', 'w|q',
  'p-1|p+1', 'lx|p+1', 'p-2|p', 'w|w+2', 'w-2|w', 'w|pr', 'w|dl', 'sh|p',
  'st', 'st|p', 'st-1|st', 'st|w+1', 'ix', 'ix|p', 'vo', 'vo|st', 'vo|lx',
]);

/**
 * Pass 2 (role tagger, run once per cue): the same, plus where the token stands relative to that cue —
 * "said that …" makes what follows content, "… , he said" makes what precedes it content.
 */
export const ROLE_FEATURES = new FeatureSet('attribution-role-features/8', [...Object.keys(TOKEN_KINDS), ...Object.keys(RELATIVE_KINDS)], [
  ...TOKEN_TEMPLATES,
  'rel', 'rd', 'rel|rd', 'rel|w', 'rel|p', 'rel|q', 'rel|sp', 'rel|pl', 'rel|pr', 'rel|w-1', 'rel|w+1', 'rel|p-1', 'rel|p+1',
  'rd|p', 'rd|w', 'rd|q', 'cw|rel', 'cw|rd', 'cc|rel', 'cc|rd', 'oc|rel', 'oc|rd', 'qr|rel', 'qr|q', 'rel-1|rel', 'rel|rel+1',
  'rel|qa', 'rel|qb', 'rel|ql', 'cw|p', 'mk|rel', 'mk|w', 'mk|p', 'mk|rd',
  // Clause structure between the cue and the token: where content stops or starts.
  'cm|rel', 'cm|rd', 'cm|p', 'cm|w', 'vb|rel', 'vb|p', 'cj|rel', 'ms|rel', 'ms|p', 'ms|w', 'ma|rel', 'ma|p',
  'te|rel', 'nc|rel', 'nc|p', 'in|rel', 'in|cm',
]);

/** Role templates [0, ROLE_BASE_TEMPLATES) read no cue-relative atom: computed once per document, not per cue. */
export const ROLE_BASE_TEMPLATES = TOKEN_TEMPLATES.length;

export function cueColumns(atoms: TokenAtoms): AtomColumns {
  return Object.fromEntries(Object.entries(TOKEN_KINDS).map(([short, kind]) => [short, atoms[kind]]));
}

/** The columns of the cue-relative kinds, by their short names. */
export function relativeColumns(relative: CueRelativeAtoms): AtomColumns {
  const out: Record<string, readonly string[]> = {};
  for (const short in RELATIVE_KINDS) out[short] = relative[RELATIVE_KINDS[short]];
  return out;
}
