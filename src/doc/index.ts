export * from './span.ts';
export * from './tokens.ts';
export * from './layers.ts';
export * from './document.ts';
export * from './analysis.ts';
export * from './normalize.ts';
