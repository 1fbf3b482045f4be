/**
 * The loaded knowledge base: records by id, the alias table, a place gazetteer, and lazily
 * built secondary indexes. Construction is done by loadActorBase (load.ts).
 */
import { lastEndedBefore, roleOnDate } from './dates.js';
import { expandRow, isCompactRow, type CompactRow } from './generated.js';
import { buildSearchRows, buildSurnameIndex, searchRows } from './lookup.js';
import { matchAt } from './match.js';
import { keyOf, preparePhrase } from './normalize.js';
import type { PhraseTable } from './phrases.js';
import type { ActorBase, ActorCode, ActorMatch, ActorRecord, ActorRole } from './types.js';

/** Generated rows are kept compact until first asked for (see generated.ts). */
export type StoredRecord = ActorRecord | CompactRow;

export class KnowledgeBase implements ActorBase {
  private surnames: Map<string, string[]> | undefined;
  private searchIndex: ReturnType<typeof buildSearchRows> | undefined;

  constructor(
    private readonly byId: Map<string, StoredRecord>,
    private readonly phrases: PhraseTable,
    private readonly places: Map<string, string>,
  ) {}

  get size(): number {
    return this.byId.size;
  }

  *records(): IterableIterator<ActorRecord> {
    for (const id of this.byId.keys()) yield this.get(id)!;
  }

  matchAt(tokens: readonly string[], i: number): ActorMatch | null {
    return matchAt(this.phrases, tokens, i);
  }

  get(id: string): ActorRecord | undefined {
    const stored = this.byId.get(id);
    if (!stored || !isCompactRow(stored)) return stored;
    const rec = expandRow(stored);
    this.byId.set(id, rec);
    return rec;
  }

  roleOn(id: string, isoDate?: string): ActorRole | undefined {
    return roleOnDate(this.get(id)?.roles, isoDate);
  }

  code(id: string, isoDate?: string): ActorCode | undefined {
    const r = this.get(id);
    if (!r) return undefined;
    const out: ActorCode = { id, name: r.name, country: r.country };
    if (r.wikidata) out.wikidata = r.wikidata;
    const role = roleOnDate(r.roles, isoDate);
    if (role) {
      out.country = role.country || r.country;
      if (role.sector) out.sector = role.sector;
      if (role.title) out.title = role.title;
      return out;
    }
    if (r.sector) out.sector = r.sector;
    // A person holding no office on the date after holding one is a former office holder:
    // CAMEO/PLOVER "elite" (ELI), as the Phoenix dictionaries code them.
    const last = r.kind === 'person' && isoDate ? lastEndedBefore(r.roles, isoDate) : undefined;
    if (last) {
      out.country = last.country || r.country;
      out.sector = 'ELI';
      if (last.title) out.title = `former ${last.title}`;
    }
    return out;
  }

  bySurname(surname: string): string[] {
    return [...(this.surnameIndex().get(keyOf(surname.trim())) ?? [])];
  }

  prepareIndexes(): void {
    this.surnameIndex();
  }

  private surnameIndex(): Map<string, string[]> {
    return (this.surnames ??= buildSurnameIndex(this.records()));
  }

  search(name: string): string[] {
    this.searchIndex ??= buildSearchRows(this.records());
    return searchRows(this.searchIndex, name);
  }

  countryOfPlace(name: string): string | undefined {
    const key = preparePhrase(name.trim())?.phrase;
    return key ? this.places.get(key) : undefined;
  }
}
