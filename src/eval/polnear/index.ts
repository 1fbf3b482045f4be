export * from './brat.ts';
export * from './attributions.ts';
export * from './corpus.ts';
