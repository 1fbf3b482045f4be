export interface TypeScore {
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Per-label precision, recall and F1 over single-label predictions (null = nothing predicted), and their macro
 * average over the labels that occur in the gold data or the predictions.
 */
export function labelScores(pairs: ReadonlyArray<readonly [gold: string, predicted: string | null]>): { perLabel: Record<string, TypeScore>; macroF1: number } {
  const gold = new Map<string, number>();
  const predicted = new Map<string, number>();
  const correct = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const [g, p] of pairs) {
    bump(gold, g);
    if (p !== null) bump(predicted, p);
    if (p === g) bump(correct, g);
  }
  const labels = [...new Set([...gold.keys(), ...predicted.keys()])].sort();
  const perLabel: Record<string, TypeScore> = {};
  for (const l of labels) {
    const c = correct.get(l) ?? 0;
    const precision = predicted.get(l) ? c / predicted.get(l)! : 0;
    const recall = gold.get(l) ? c / gold.get(l)! : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    perLabel[l] = { gold: gold.get(l) ?? 0, predicted: predicted.get(l) ?? 0, correct: c, precision: round(precision), recall: round(recall), f1: round(f1) };
  }
  const macroF1 = labels.length ? labels.reduce((s, l) => s + perLabel[l].f1, 0) / labels.length : 0;
  return { perLabel, macroF1: round(macroF1) };
}

export function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

export const round = (x: number): number => Math.round(x * 1000) / 1000;
