import { FeatureTable } from './feature-table.ts';
import { AveragedPerceptron, type FeatureSequence } from './perceptron.ts';
import { seededRandom, shuffleInPlace } from './random.ts';
import { bioTransitionMask } from './viterbi.ts';

export interface SequenceExample {
  readonly seq: FeatureSequence;
  readonly gold: Int32Array;
}

export interface SequenceTrainingOptions {
  readonly tags: readonly string[];
  readonly epochs: number;
  readonly seed: number;
  /** Features seen fewer times than this in the examples get no weights. */
  readonly minCount: number;
  readonly log: (line: string) => void;
}

export interface TrainedWeights {
  readonly table: FeatureTable;
  readonly weights: Float64Array;
  readonly transitions: Float64Array;
  readonly errorsPerEpoch: number[];
}

/**
 * Trains an averaged perceptron on examples featurised with a growing `table`: drops rare features,
 * then runs a fixed number of epochs over the examples shuffled with the seed (deterministic).
 */
export function trainSequenceModel(growing: FeatureTable, input: readonly SequenceExample[], o: SequenceTrainingOptions): TrainedWeights {
  const counts = new Int32Array(growing.size);
  for (const e of input) for (const r of e.seq.rows) if (r >= 0) counts[r]++;
  const remap = new Int32Array(growing.size).fill(-1);
  const names: string[] = [];
  for (let r = 0; r < growing.size; r++) {
    if (counts[r] < o.minCount) continue;
    remap[r] = names.length;
    names.push(growing.name(r));
  }
  const table = FeatureTable.fromNames(growing.kinds, growing.templates, names);
  const examples = input.map((e) => ({ gold: e.gold, seq: { ...e.seq, rows: e.seq.rows.map((r) => (r < 0 ? -1 : remap[r])) } }));
  const tokens = examples.reduce((n, e) => n + e.seq.length, 0);
  o.log(`${examples.length} sequences, ${tokens} tokens, ${table.size} of ${growing.size} features kept`);
  const perceptron = new AveragedPerceptron(table.size, o.tags.length, bioTransitionMask(o.tags));
  const random = seededRandom(o.seed);
  const errorsPerEpoch: number[] = [];
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    let errors = 0;
    for (const e of shuffleInPlace(examples, random)) errors += perceptron.learn(e.seq, e.gold);
    errorsPerEpoch.push(errors);
    o.log(`epoch ${epoch}: ${errors} token errors (${((100 * errors) / Math.max(1, tokens)).toFixed(2)}%)`);
  }
  const { weights, transitions } = perceptron.averaged();
  return { table, weights, transitions, errorsPerEpoch };
}
