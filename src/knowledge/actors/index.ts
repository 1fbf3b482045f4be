export { loadActorBase, type LoadActorOptions } from './load.js';
export { ActorsFileError } from './validate.js';
export { tokenizeAlias, fold, keyOf } from './normalize.js';
export type { ActorBase, ActorCode, ActorKind, ActorMatch, ActorRecord, ActorRole } from './types.js';
