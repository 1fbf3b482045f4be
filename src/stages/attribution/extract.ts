import type { Doc } from '../../doc/document.ts';
import type { AttributionType } from '../../doc/layers.ts';
import { makeSpan, type Span } from '../../doc/span.ts';
import type { LinearSequenceModel } from '../../learn/model-file.ts';
import { scoreTableOf } from '../../learn/score-table.ts';
import { bioTransitionMask, maxMarginals } from '../../learn/viterbi.ts';
import { tokenAtoms, type TokenAtoms } from './atoms.ts';
import { attributionType } from './classify.ts';
import { attributionConfidence, tokenMargin } from './confidence.ts';
import { attributionContext, type AttributionContext } from './context.ts';
import type { FeatureSet } from './feature-set.ts';
import { CUE_FEATURES, cueColumns } from './features.ts';
import { RoleFeaturizer } from './role-features.ts';
import type { AttributionModel } from './model.ts';
import { continueQuotedContent, finishCutQuotation, followingQuotations, fromQuotationStart, quotationOnlyAfterCue, resumedQuotation } from './continuation.ts';
import { headlineClaim, notSpeakerLabel } from './headline.ts';
import { insetLeadContent } from './inset-content.ts';
import { DASHES, ruleAttributions, type RuleAttribution } from './rules.ts';
import { trimSource } from './source-trim.ts';
import { contentFromShape, reportAfterClause } from './shape-content.ts';
import { segmentsFromTags, type Segment } from './tags.ts';
import { DEFAULT_WINDOW, cueWindow, type WindowOptions } from './window.ts';
import { forceWholeWords } from './word-joins.ts';
import { withDeterminer, withNounClause, withoutAdjunct, withoutHearer } from './content-start.ts';
import { callsForOverTime, withParticle } from './particles.ts';
import { contentAfterAccordingSource, splitAccordingTo } from './according.ts';

/** An attribution before speaker resolution: spans only, as the span extractor finds them. */
export interface RawAttribution {
  readonly type: AttributionType;
  readonly cue: Span;
  readonly content: readonly Span[];
  readonly source: Span | null;
  readonly confidence: number;
}

/** One cue with the source and content segments the role tagger gave it. */
export interface TokenAttribution {
  readonly cue: Segment;
  readonly contents: readonly Segment[];
  readonly source: Segment | null;
  readonly confidence: number;
}

export interface ExtractOptions {
  /**
   * Added to the cue tags' scores before decoding: the perceptron is cautious with cues (high precision, low
   * recall), and a cue it misses loses the whole attribution. Tuned on PolNeAR dev.
   */
  readonly cueBias: number;
  /**
   * Added to the content tags' scores in the role tagger. Tuned on PolNeAR dev: the shipped model needs none
   * (-40 … 60 tried; 0 is best on dev and on the first 300 train articles).
   */
  readonly contentBias: number;
  /** The sentences around a cue the role tagger reads. */
  readonly window: WindowOptions;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = { cueBias: 40, contentBias: 0, window: DEFAULT_WINDOW };

const masks = new WeakMap<LinearSequenceModel, Uint8Array>();

/** Viterbi-decodes tokens [first, end) with a model; writes each token's confidence into `confidence`. */
export function decodeRange(
  model: LinearSequenceModel,
  features: FeatureSet,
  columns: ReturnType<typeof cueColumns>,
  first: number,
  end: number,
  confidence: Float64Array,
  bias: { role: string; amount: number } | null = null,
): Segment[] {
  return decodeEmissions(model, features.score(columns, scoreTableOf(model), first, end), end - first, first, confidence, bias);
}

/** Viterbi over ready emission scores (n × tags) of tokens first … first + n - 1. */
export function decodeEmissions(
  model: LinearSequenceModel,
  emissions: Float64Array,
  n: number,
  first: number,
  confidence: Float64Array,
  bias: { role: string; amount: number } | null,
): Segment[] {
  let mask = masks.get(model);
  if (!mask) masks.set(model, (mask = bioTransitionMask(model.tags)));
  const T = model.tags.length;
  if (bias && bias.amount !== 0) addBias(emissions, model.tags, bias.role, bias.amount);
  const { path: tags, marginals } = maxMarginals(emissions, n, T, model.transitions, mask);
  for (let i = 0; i < n; i++) confidence[first + i] = tokenMargin(marginals, i, T, tags[i]);
  return segmentsFromTags(tags, first, model.tags);
}

function addBias(emissions: Float64Array, tags: readonly string[], role: string, amount: number): void {
  const T = tags.length;
  const hit = tags.map((t) => t.endsWith(`-${role}`));
  for (let i = 0; i < emissions.length; i++) if (hit[i % T]) emissions[i] += amount;
}

/** Pass 1: the cue segments of every paragraph. */
export function findCues(ctx: AttributionContext, atoms: TokenAtoms, model: AttributionModel, confidence: Float64Array, o = DEFAULT_EXTRACT_OPTIONS): Segment[] {
  const columns = cueColumns(atoms);
  const bias = { role: 'CUE', amount: o.cueBias };
  const tagged = ctx.paragraphRanges.flatMap(([first, end]) =>
    decodeRange(model.cues, CUE_FEATURES, columns, first, end, confidence, bias)
      .filter((s) => s.role === 'CUE')
      .map((cue) => withParticle(ctx, cue)),
  );
  const cues = callsForOverTime(ctx, tagged);
  // the tagger's margins on the tokens of a cue the rule added or grew are for "no cue": it gets the rules' confidence
  for (const cue of cues) if (!tagged.includes(cue)) confidence.fill(RULE_CONFIDENCE, cue.first, cue.last + 1);
  return cues;
}

/** How many times a cue's roles are decoded again to carry a span over a hyphenated word (word-joins.ts). */
const MAX_WORD_JOINS = 3;

/** Decodes one cue's window [first, end); a span that breaks a hyphenated word is decoded again with the word forced whole. */
function decodeRoles(
  ctx: AttributionContext,
  model: LinearSequenceModel,
  emissions: Float64Array,
  first: number,
  end: number,
  confidence: Float64Array,
  bias: { role: string; amount: number },
): Segment[] {
  let segments = decodeEmissions(model, emissions, end - first, first, confidence, bias);
  // "a 25-year-old file" may break at each hyphen in turn
  for (let round = 0; round < MAX_WORD_JOINS; round++) {
    const forced = forceWholeWords(ctx, segments, emissions, first, model.tags);
    if (forced.length === 0) break;
    // a forced token's margin says nothing of the model's certainty: it keeps the first decoding's
    const kept = forced.map((i) => confidence[i]);
    segments = decodeEmissions(model, emissions, end - first, first, confidence, null);
    forced.forEach((i, k) => (confidence[i] = kept[k]));
  }
  return segments;
}

/** Pass 2: for each cue, its source (the segment nearest the cue) and content segments. */
export function findRoles(
  ctx: AttributionContext,
  atoms: TokenAtoms,
  model: AttributionModel,
  cues: readonly Segment[],
  cueConfidence: Float64Array,
  o = DEFAULT_EXTRACT_OPTIONS,
): TokenAttribution[] {
  const out: TokenAttribution[] = [];
  const bias = { role: 'CON', amount: o.contentBias };
  const confidence = new Float64Array(ctx.tokens.length);
  const featurizer = new RoleFeaturizer(ctx, atoms, model.roles.table);
  const scores = scoreTableOf(model.roles);
  for (const cue of cues) {
    const [first, end] = cueWindow(ctx, cue, o.window);
    const emissions = featurizer.emissions(cue, cues, first, end, scores);
    const segments = reportAfterClause(ctx, cue, splitAccordingTo(ctx, cue, decodeRoles(ctx, model.roles, emissions, first, end, confidence, bias)));
    const distance = (s: Segment) => (s.last < cue.first ? cue.first - s.last : s.first - cue.last);
    const source = segments.filter((s) => s.role === 'SRC').sort((a, b) => distance(a) - distance(b))[0] ?? null;
    const contents = cueContents(ctx, cue, cues, source, segments, end);
    if (contents.length === 0) continue;
    out.push({ cue, contents, source, confidence: attributionConfidence(cueConfidence, confidence, cue, contents) });
  }
  return out;
}

/**
 * The content of one cue: the tagger's CON segments, then the quotation and sentence-shape rules in order. A
 * quotation cut by the window or begun late is made whole; with no tagged content, the sentence's shape may give
 * one; then the lead before an inset cue joins, narration after a quote's cue leaves, and the quotations that
 * follow with no cue of their own join. Empty when the cue has no content (it is then dropped).
 */
function cueContents(ctx: AttributionContext, cue: Segment, cues: readonly Segment[], source: Segment | null, segments: readonly Segment[], windowEnd: number): Segment[] {
  const tagged = continueQuotedContent(ctx, finishCutQuotation(ctx, segments.filter((s) => s.role === 'CON'), windowEnd));
  const opened = fromQuotationStart(ctx, cue, cues, tagged);
  const shaped = withDeterminer(ctx, cue, opened.length > 0 ? opened : contentFromShape(ctx, cue, source));
  const found = withNounClause(ctx, withoutAdjunct(ctx, cue, withoutHearer(ctx, cue, contentAfterAccordingSource(ctx, cue, source, shaped))));
  if (found.length === 0) return [];
  return followingQuotations(ctx, cue, cues, resumedQuotation(ctx, cue, cues, quotationOnlyAfterCue(ctx, cue, insetLeadContent(ctx, cue, source, found, cues))));
}

/** Cues of attributions a rule finds whole: a transcript turn's colon and a signed line's dash. */
const WHOLE_CUES = new Set([':', ...DASHES]);

/** Whether two token segments share a token. */
const overlaps = (a: Segment, b: Segment): boolean => a.first <= b.last && b.first <= a.last;

/** Confidence given to a rule-found direct quotation (a quotation with a speech verb beside it is rarely wrong). */
const RULE_CONFIDENCE = 0.9;

/**
 * Adds the rule-found quotations the model missed: those whose cue and contents touch no attribution the
 * model found. Where both found one, the model's spans win (they follow the annotation conventions). A transcript
 * turn ("RUSU: … The ministry is concerned about …") or a signed line (`“…” ― Ana Ruiz`) is one attribution and the
 * reports inside it others, so it gives way only to a model attribution on its own colon or dash (PolNeAR dev: turns
 * +0.07 on every role, signed lines +0.2; train unchanged).
 */
export function mergeRuleAttributions(ctx: AttributionContext, found: readonly TokenAttribution[]): TokenAttribution[] {
  // of the rules, only a transcript turn has the colon itself for its cue, and only a signed line a dash
  const whole = (r: RuleAttribution) => WHOLE_CUES.has(ctx.tokens.words[r.cue.first]);
  const added = ruleAttributions(ctx).filter(
    (r) => !found.some((f) => overlaps(f.cue, r.cue) || (!whole(r) && f.contents.some((c) => r.contents.some((rc) => overlaps(c, rc))))),
  );
  return [...found, ...added.map((r) => ({ ...r, confidence: RULE_CONFIDENCE }))].sort((a, b) => a.cue.first - b.cue.first);
}

/**
 * The headline claim ("Lavrov: Western troops would be legitimate targets", headline.ts) replaces whatever the
 * tagger made of its label and colon: the title's convention is surer than a tagger trained on body text.
 */
export function withHeadlineClaim(ctx: AttributionContext, tagged: readonly TokenAttribution[]): TokenAttribution[] {
  // a label the claim rule turns down is no speaker where the tagger found it either: "The Latest: …", "(WARNING: …)"
  const found = tagged.filter((f) => !(ctx.tokens.words[f.cue.first] === ':' && f.source && notSpeakerLabel(ctx.tokens.lower, f.source.first, f.source.last)));
  const claim = headlineClaim(ctx);
  if (!claim) return found;
  const label = { role: 'SRC' as const, first: claim.source!.first, last: claim.cue.last };
  const kept = found.filter((f) => !overlaps(f.cue, label) && !(f.source && overlaps(f.source, label)));
  return [{ ...claim, confidence: RULE_CONFIDENCE }, ...kept];
}

/**
 * One stretch of reported words has one speaker. When two cues claim overlapping content, the cue nearer to it
 * keeps it: in `the Kremlin said the measures would fail. "Sanctions are illegal," Peskov said.` the quotation
 * is Peskov's, not a second piece of the Kremlin's statement. An attribution never loses its only content.
 */
export function exclusiveContents(found: readonly TokenAttribution[]): TokenAttribution[] {
  const distance = (cue: Segment, s: Segment) => (s.last < cue.first ? cue.first - s.last : s.first > cue.last ? s.first - cue.last : 0);
  return found.map((a) => {
    if (a.contents.length < 2) return a;
    // the clause right after this cue that holds the other cue holds its whole report, nested in this one: "was quoted
    // as saying that the attack showed …"
    const nests = (c: Segment, b: TokenAttribution) => overlaps(b.cue, c) && c.first > a.cue.last && c.first <= a.cue.last + 2;
    const kept = a.contents.filter((c) => !found.some((b) => b !== a && b.contents.some((d) => overlaps(c, d)) && distance(b.cue, c) < distance(a.cue, c) && !nests(c, b)));
    return kept.length > 0 && kept.length < a.contents.length ? { ...a, contents: kept } : a;
  });
}

/**
 * Finds attributions with spans only: needs paragraphs, sentences and tokens, not mentions, so evaluation
 * and training can call it on a freshly segmented document.
 */
export function extractAttributions(doc: Doc, model: AttributionModel, options: Partial<ExtractOptions> = {}): RawAttribution[] {
  const o = { ...DEFAULT_EXTRACT_OPTIONS, ...options };
  const ctx = attributionContext(doc);
  const atoms = tokenAtoms(ctx);
  const cueConfidence = new Float64Array(ctx.tokens.length);
  const cues = findCues(ctx, atoms, model, cueConfidence, o);
  const span = (s: Segment) => makeSpan(ctx.text, ctx.tokens.starts[s.first], ctx.tokens.ends[s.last]);
  return withHeadlineClaim(ctx, mergeRuleAttributions(ctx, exclusiveContents(findRoles(ctx, atoms, model, cues, cueConfidence, o)))).map((a) => ({
    type: attributionType(ctx, a.cue, a.contents),
    cue: span(a.cue),
    content: a.contents.map(span),
    source: a.source ? span(trimSource(ctx.text, ctx.tokens, a.source, a.cue)) : null,
    confidence: a.confidence,
  }));
}
