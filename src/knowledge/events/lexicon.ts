import type { CuratedEntry, CuratedFile, LexiconBlock, LexiconFile } from './lexicon-file.ts';
import { verbForms, type IrregularVerbs } from './inflect.ts';
import { compilePattern, formCache, hasCodingPattern, indexPatterns, isFunctionGroup, NO_PATTERNS, type PatternIndex, type WordSeq } from './patterns.ts';
import { compilePhrase } from './phrase.ts';
import { isPloverType, type PloverTarget } from './plover.ts';

export type { Group, ObjectPattern, PatternIndex, WordSeq } from './patterns.ts';
export { compilePhrase, type CompiledPhrase } from './phrase.ts';

export interface TriggerRule {
  readonly id: number;
  /** Surface forms per phrase word; words[0] is what the index is keyed on. */
  readonly words: WordSeq;
  /** Largest number of tokens allowed before word i (0 for the head). */
  readonly gaps: readonly number[];
  /** verb: the head must be tagged as a verb (or a participle); noun: as a noun; phrase: no check. */
  readonly pos: 'verb' | 'noun' | 'phrase';
  /** What the bare phrase codes; null = only a pattern codes. */
  readonly target: PloverTarget | null;
  readonly patterns: PatternIndex;
  readonly governs: boolean;
  readonly intent: boolean;
  readonly subjectIsRecipient: boolean;
  readonly weight: number;
  readonly source: 'cameo' | 'curated';
  /** Where the rule came from, for debugging and docs ("REFUSE: reject", "curated: call for"). */
  readonly label: string;
}

export interface LexiconOptions {
  /** Tokens allowed between a verb and its particle ("ruled it out", "called on Tuesday for"). */
  readonly maxParticleGap: number;
  /** Tokens allowed where a curated phrase says "*" ("would face serious consequences"). */
  readonly maxPhraseGap: number;
  /** Confidence weights by how the event was found. */
  readonly weightCurated: number;
  readonly weightCameoVerb: number;
  /** Leave out patterns of statement verbs and patterns of prepositions alone (off only to replay PETRARCH's own tests). */
  readonly dropLoosePatterns: boolean;
}

export const DEFAULT_LEXICON_OPTIONS: LexiconOptions = { maxParticleGap: 2, maxPhraseGap: 4, weightCurated: 0.8, weightCameoVerb: 0.6, dropLoosePatterns: true };

export interface EventLexicon {
  /** Lower-case surface form of a phrase's first word → the rules that start with it. */
  readonly byWord: ReadonlyMap<string, readonly TriggerRule[]>;
  /** First words of rules with no part-of-speech check ("in favour of", "no plans to", "must"). */
  readonly phraseStarts: ReadonlySet<string>;
  readonly rules: readonly TriggerRule[];
  readonly contextWords: ReadonlyMap<string, readonly string[]>;
}

export interface LexiconSources {
  readonly cameo: LexiconFile;
  readonly curated: CuratedFile;
  readonly irregular: IrregularVerbs;
  readonly toPlover: (code: string | null) => PloverTarget | null;
}

export function compileLexicon(src: LexiconSources, options: LexiconOptions = DEFAULT_LEXICON_OPTIONS): EventLexicon {
  const rules: TriggerRule[] = [];
  const ignored = new Set(src.curated.bareVerbsIgnored);
  const synsets = src.cameo.synsets;
  const anyForm = formCache(src.irregular);
  const governing = governingVerbs(src.curated);
  for (const block of src.cameo.blocks) {
    // Statement verbs ("said", "stressed": CAMEO 01) code no event, and neither do their patterns: what a statement
    // reports is coded from the reported words. Patterns of prepositions alone ("* (TO)", "* (FROM)") are too loose.
    const loose = options.dropLoosePatterns;
    const statement = loose && (block.code?.startsWith('01') ?? false);
    const patterns = indexPatterns(
      statement ? [] : block.patterns.map((p) => compilePattern(p, synsets, src.toPlover, anyForm)).filter((p) => !loose || [...p.post, ...p.pre].some((g) => !isFunctionGroup(g))),
    );
    for (const verb of block.verbs) rules.push(cameoRule(rules.length, block, verb, patterns, ignored, governing, src, options));
  }
  for (const entry of src.curated.entries) rules.push(curatedRule(rules.length, entry, src, options));
  const curatedHeads = new Set(rules.filter((r) => r.source === 'curated').flatMap((r) => [...r.words[0]]));
  const byWord = new Map<string, TriggerRule[]>();
  for (const rule of rules) {
    // A CAMEO verb that codes nothing can only matter through a pattern that codes, or as a veto of a curated entry
    // on the same word ("denied the accusations"); anything else is left out of the index ("say", "think").
    if (rule.source === 'cameo' && rule.target === null && !rule.intent && !rule.governs) {
      const vetoes = [...rule.words[0]].some((f) => curatedHeads.has(f));
      if (!vetoes && !hasCodingPattern(rule.patterns)) continue;
    }
    for (const form of rule.words[0]) {
      const list = byWord.get(form);
      if (list) list.push(rule);
      else byWord.set(form, [rule]);
    }
  }
  const phraseStarts = new Set(rules.filter((r) => r.pos === 'phrase').flatMap((r) => [...r.words[0]]));
  return { byWord, phraseStarts, rules, contextWords: new Map(Object.entries(src.curated.contextWords)) };
}

/** "wire +tap|wiretapped=090" → words, the inflecting word, extra forms, own code (undefined = block default). */
export function parseVerbString(s: string): { words: string[]; verbIndex: number; forms: string[]; code?: string | null } {
  const [body, code] = s.split('=');
  const [phrase, ...forms] = body.split('|');
  const raw = phrase.split(' ');
  const marked = raw.findIndex((w) => w.startsWith('+'));
  const parsed = { words: raw.map((w) => w.replace('+', '')), verbIndex: marked >= 0 ? marked : 0, forms };
  return code === undefined ? parsed : { ...parsed, code: code === '-' ? null : code };
}

/**
 * Verbs a curated entry marks as governing ("refuse", "threaten", "promise") govern in their CAMEO entries too, so
 * "rejected calls for talks" still hands "calls for talks" to "rejected" when a CAMEO pattern codes the pair.
 */
function governingVerbs(curated: CuratedFile): Map<string, { governs: boolean; intent: boolean }> {
  const out = new Map<string, { governs: boolean; intent: boolean }>();
  for (const e of curated.entries) {
    if (!e.governs || e.phrase.includes(' ')) continue;
    for (const alt of e.phrase.split('/')) if (alt.startsWith('v:')) out.set(alt.slice(2), { governs: true, intent: e.intent ?? false });
  }
  return out;
}

function cameoRule(
  id: number, block: LexiconBlock, verb: string, patterns: PatternIndex, ignored: ReadonlySet<string>,
  governing: ReadonlyMap<string, { governs: boolean; intent: boolean }>, src: LexiconSources, o: LexiconOptions,
): TriggerRule {
  const v = parseVerbString(verb);
  const words = v.words.map((w, i) => new Set(i === v.verbIndex ? verbForms(w, src.irregular, v.forms) : [w]));
  const gaps = v.words.map((_, i) => (i === 0 ? 0 : i - 1 === v.verbIndex ? o.maxParticleGap : 0));
  const phrase = v.words.join(' ');
  const code = ignored.has(phrase) ? null : v.code === undefined ? block.code : v.code;
  const gov = v.words.length === 1 ? governing.get(phrase) : undefined;
  return {
    id, words, gaps, pos: v.verbIndex === 0 ? 'verb' : 'phrase', target: src.toPlover(code), patterns,
    governs: gov?.governs ?? false, intent: gov?.intent ?? false, subjectIsRecipient: false, weight: o.weightCameoVerb, source: 'cameo',
    label: `${block.label}: ${phrase}`,
  };
}

function curatedRule(id: number, entry: CuratedEntry, src: LexiconSources, o: LexiconOptions): TriggerRule {
  const { words, gaps, pos } = compilePhrase(entry.phrase, src.irregular, o);
  const target = curatedTarget(entry, src);
  return {
    id, words, gaps, pos, target, patterns: NO_PATTERNS, governs: entry.governs ?? false, intent: entry.intent ?? false,
    subjectIsRecipient: entry.subjectIsRecipient ?? false,
    weight: entry.weight ?? o.weightCurated, source: 'curated', label: `curated: ${entry.phrase}`,
  };
}

function curatedTarget(entry: CuratedEntry, src: LexiconSources): PloverTarget | null {
  if (entry.type === null || !isPloverType(entry.type)) return entry.cameo ? src.toPlover(entry.cameo) : null;
  const fromCode = entry.cameo ? src.toPlover(entry.cameo) : null;
  return { type: entry.type, mode: entry.mode ?? fromCode?.mode ?? null, context: entry.context ?? fromCode?.context ?? [], cameo: entry.cameo ?? null };
}
