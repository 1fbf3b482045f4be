import { posOf, type TokenTable } from '../../doc/tokens.ts';
import type { Clauses } from './clauses.ts';

export interface Modality {
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
  conditional: boolean;
  /** The hypothesis is a modal ("could", "may", "might"), not an if-clause: said of one's own acts, a threat. */
  modal: boolean;
}

export interface ModalityOptions {
  /** How far left of a trigger the auxiliaries and "not" may stand ("would not immediately send"). */
  readonly maxModalReach: number;
}

export const DEFAULT_MODALITY_OPTIONS: ModalityOptions = { maxModalReach: 4 };

export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'nor', 'neither']);
// "wo" is what "won't" leaves once "n't" is split off.
const FUTURE = new Set(['will', "'ll", 'shall', 'would', 'wo', "'d"]);
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'can']);
/** What may stand between an auxiliary and its verb: "would not immediately", "will also be". */
const PASSABLE = new Set(['ADV', 'AUX', 'PART']);

/**
 * Negation and modality of the verb at `head`, read from the words just before it in its clause ("did not
 * attack", "will send", "could deploy", "is going to", "is to visit"), plus whether the clause is an if-clause
 * (hypothetical) or the sentence ties it to one (conditional).
 */
export function modalityAt(tokens: TokenTable, head: number, clauses: Clauses, from: number, o: ModalityOptions = DEFAULT_MODALITY_OPTIONS): Modality {
  const clause = clauses.of[head - from];
  const clauseStart = clauses.starts[clause];
  const m: Modality = { negated: false, future: false, hypothetical: false, conditional: false, modal: false };
  for (let i = head - 1; i >= clauseStart && i >= head - o.maxModalReach; i--) {
    const w = tokens.lower[i];
    if (NEGATORS.has(w)) m.negated = true;
    // "ended the talks without agreeing on a ceasefire": "without" denies the gerund it governs
    else if (w === 'without' && /ing$/.test(tokens.lower[head])) {
      m.negated = true;
      break;
    }
    else if (FUTURE.has(w)) m.future = true;
    else if (HYPOTHETICAL.has(w)) m.hypothetical = m.modal = w !== 'can';
    else if (w === 'to' && i >= 2 && (tokens.lower[i - 1] === 'going' || /^(is|are|was|were)$/.test(tokens.lower[i - 1]))) m.future = true;
    else if (!PASSABLE.has(posOf(tokens, i)) && w !== 'to') break;
  }
  if (clauses.kinds[clause] === 'condition') m.hypothetical = true;
  else if (clauses.kinds.includes('condition') || hasConditionPhrase(tokens, clauses, from)) m.conditional = true;
  return m;
}

/** "on condition that", "as long as", "only after": conditions without an if. */
function hasConditionPhrase(tokens: TokenTable, clauses: Clauses, from: number): boolean {
  const to = from + clauses.of.length;
  for (let i = from; i < to - 1; i++) {
    const w = tokens.lower[i];
    const n = tokens.lower[i + 1];
    if ((w === 'on' && n === 'condition') || (w === 'as' && n === 'long' && tokens.lower[i + 2] === 'as') || (w === 'only' && (n === 'if' || n === 'after' || n === 'when'))) return true;
  }
  return false;
}
