/**
 * How a quote's speaker is found however it is asked for: "Sergey Lavrov", "lavrov", "LAVROV", "Erdogan" for
 * "Erdoğan", an actor id, "the minister" as written in the article. Each name is folded (accents stripped,
 * lower case, punctuation to single spaces) and stored whole and word by word, so a query is one indexed
 * equality look-up on its folded form.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '') // "Lavrov's" asks for Lavrov
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** The keys of one attribution: each given name whole, and each of its words. */
export function speakerKeys(names: ReadonlyArray<string | null | undefined>): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const folded = foldName(name);
    if (!folded) continue;
    keys.add(folded);
    for (const word of folded.split(' ')) keys.add(word);
  }
  return [...keys];
}
