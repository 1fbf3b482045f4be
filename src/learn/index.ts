export * from './random.ts';
export * from './feature-table.ts';
export * from './viterbi.ts';
export * from './perceptron.ts';
export * from './model-file.ts';
export * from './train-sequence.ts';
