import { genderOfFirstName } from './first-names.ts';

const DEMONYM = /^\p{Lu}\p{L}+(?:ian|ean|ese|ish|i|ians|eans)$/u;

/** "Ukrainian", "Chinese", "British", "Israeli": nationality words, for when the actor base lacks them. */
export function looksDemonym(word: string): boolean {
  return DEMONYM.test(word) && genderOfFirstName(word.toLowerCase()) === undefined;
}
