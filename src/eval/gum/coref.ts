import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../../doc/layers.ts';
import { ParleyError } from '../../errors/catalogue.ts';
import type { Knowledge } from '../../pipeline/knowledge.ts';
import { PERSON_PRONOUNS, pronounInfo } from '../../stages/mentions/pronouns.ts';
import { defaultKnowledge, mentionPipeline } from './analyse.ts';
import { parseConllu, type GumDoc, type GumMention } from './conllu.ts';

export interface Tally {
  n: number;
  correct: number;
  accuracy: number;
}

export interface CorefReport {
  documents: number;
  /** Every gold personal pronoun (third person and first person) that has an earlier mention of its entity. */
  pronouns: Tally;
  /** he/she/him/her/his/hers/himself/herself. */
  personPronouns: Tally;
  /** The same, counting only the latest earlier mention of the chosen entity (not its name) as the answer. */
  personPronounsLatestOnly: Tally;
  /** it/its/they/them/their… and I/we… separately, for reading where the errors are. */
  byPronoun: Record<string, { n: number; correct: number }>;
  /** Share of evaluated pronouns the system gave any antecedent (the rest count as wrong). */
  resolved: number;
}

export interface CorefEvalOptions {
  /** The gum-news folder (holding dep/*.conllu). */
  dataDir: string;
  /** Only documents whose id contains one of these ("nasa", "sensitive"); all when absent. */
  only?: readonly string[];
  knowledge?: Knowledge;
}

/**
 * Pronoun resolution against GUM's gold coreference. For each gold pronoun whose entity was mentioned
 * before, the system's answer is the antecedent it chose: the latest earlier non-pronoun mention of the
 * entity it put the pronoun in (or, if the entity has none, the latest earlier pronoun), or that entity
 * itself as named by its fullest earlier name. It is correct when one of these falls in the pronoun's
 * gold chain; a mention "falls in" the gold mention with the same span, else the smallest gold mention
 * containing it, else the largest it contains. A pronoun the system left out or gave no antecedent is wrong.
 * A plural pronoun the system gave a group (mentions layer `coEntities`) answers with the span from the first
 * to the last of the group's latest naming mentions ("Endeavour and Atlantis … their").
 */
export async function evaluateCoref(opts: CorefEvalOptions): Promise<CorefReport> {
  const docs = loadGum(opts.dataDir, opts.only);
  const analyse = mentionPipeline(opts.knowledge ?? (await defaultKnowledge()));
  const all: Tally = { n: 0, correct: 0, accuracy: 0 };
  const person: Tally = { n: 0, correct: 0, accuracy: 0 };
  const latestOnly: Tally = { n: 0, correct: 0, accuracy: 0 };
  const byPronoun: Record<string, { n: number; correct: number }> = {};
  let resolved = 0;
  for (const gold of docs) {
    const doc = analyse(gold.text, { published: gold.date, origin: gold.id });
    const ours = doc.get('mentions');
    for (const p of goldPronouns(gold)) {
      const word = gold.tokens[p.first].form.toLowerCase();
      const answers = antecedentsOf(ours, p.start, p.endChar);
      if (answers.length) resolved++;
      const ok = answers.some((a) => goldEntityOf(gold, a.start, a.end) === p.eid);
      if (PERSON_PRONOUNS.has(word)) {
        latestOnly.n++;
        if (answers.length && goldEntityOf(gold, answers[0].start, answers[0].end) === p.eid) latestOnly.correct++;
      }
      for (const t of PERSON_PRONOUNS.has(word) ? [all, person] : [all]) {
        t.n++;
        if (ok) t.correct++;
      }
      const row = (byPronoun[word] ??= { n: 0, correct: 0 });
      row.n++;
      if (ok) row.correct++;
    }
  }
  all.accuracy = all.n ? all.correct / all.n : 0;
  person.accuracy = person.n ? person.correct / person.n : 0;
  latestOnly.accuracy = latestOnly.n ? latestOnly.correct / latestOnly.n : 0;
  return { documents: docs.length, pronouns: all, personPronouns: person, personPronounsLatestOnly: latestOnly, byPronoun, resolved: all.n ? resolved / all.n : 0 };
}

export function loadGum(dataDir: string, only?: readonly string[]): GumDoc[] {
  const dir = join(dataDir, 'dep');
  if (!existsSync(dir)) throw new ParleyError('DATA_NOT_FOUND', `${dir} (expected the gum-news folder with dep/*.conllu)`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.conllu')).sort();
  const docs = files.flatMap((f) => parseConllu(readFileSync(join(dir, f), 'utf8')));
  return only ? docs.filter((d) => only.some((o) => d.id.includes(o))) : docs;
}

/** Single-token gold personal pronouns with an earlier mention of their entity. */
function goldPronouns(gold: GumDoc): GumMention[] {
  const seen = new Set<string>();
  const out: GumMention[] = [];
  for (const m of gold.mentions) {
    const isPronoun = m.end - m.first === 1 && gold.tokens[m.first].upos === 'PRON' && pronounInfo(gold.tokens[m.first].form.toLowerCase()) !== undefined;
    if (isPronoun && seen.has(m.eid)) out.push(m);
    seen.add(m.eid);
  }
  return out;
}

/**
 * The system's answers for the pronoun at [start, end): the latest earlier non-pronoun mention of the
 * entity it chose (else its latest earlier pronoun), and the entity itself as named by its fullest
 * earlier name ("Maxime Bernier" when the latest mention is the predicate "foreign minister").
 */
function antecedentsOf(ours: readonly Mention[], start: number, end: number): Mention[] {
  const self = ours.find((m) => m.start === start && m.end === end && m.form === 'pronoun');
  if (!self) return [];
  let latest: Mention | undefined;
  let pronoun: Mention | undefined;
  let name: Mention | undefined;
  for (const m of ours) {
    if (m.start >= start) break;
    if (m.entity !== self.entity) continue;
    if (m.form === 'pronoun') pronoun = m;
    else latest = m;
    if (m.form === 'name' && (!name || m.end - m.start > name.end - name.start)) name = m;
  }
  const out = [latest ?? pronoun, name].filter((m): m is Mention => m !== undefined);
  const group = self.coEntities && latest ? groupSpan(ours, latest, self.coEntities, start) : undefined;
  return group ? [group] : out;
}

/**
 * A plural pronoun that took up a coordination answers with the whole of it: from the latest naming mention of
 * its own entity to that of its last co-entity ("Endeavour and Atlantis … their").
 */
function groupSpan(ours: readonly Mention[], own: Mention, coEntities: readonly string[], before: number): Mention | undefined {
  let from = own.start;
  let to = own.end;
  for (const id of coEntities) {
    const m = ours.filter((x) => x.entity === id && x.form !== 'pronoun' && x.start < before).at(-1);
    if (!m) return undefined;
    from = Math.min(from, m.start);
    to = Math.max(to, m.end);
  }
  return { ...own, start: from, end: to };
}

function goldEntityOf(gold: GumDoc, start: number, end: number): string | undefined {
  let containing: GumMention | undefined;
  let contained: GumMention | undefined;
  for (const g of gold.mentions) {
    if (g.start === start && g.endChar === end) return g.eid;
    if (g.start <= start && g.endChar >= end && (!containing || g.endChar - g.start < containing.endChar - containing.start)) containing = g;
    if (g.start >= start && g.endChar <= end && (!contained || g.endChar - g.start > contained.endChar - contained.start)) contained = g;
  }
  return (containing ?? contained)?.eid;
}
