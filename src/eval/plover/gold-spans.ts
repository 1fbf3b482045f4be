import { readFileSync } from 'node:fs';

/**
 * A gold span located in the analysed text: its pieces (several for "Sierra Leonean ... refugees"), the phrase
 * before any post-modifier ("refugees" of "refugees escaping the drought in Chad") and its head word.
 */
export interface GoldSpan {
  readonly pieces: ReadonlyArray<readonly [number, number]>;
  readonly phrase: readonly [number, number];
  readonly head: readonly [number, number];
}

/** Words that start a post-modifier: the head of "Oxfam working in Yemen" is "Oxfam", of "rebels from Kivu" "rebels". */
const POST_MODIFIER = /\s(?:of|in|loyal|based|operating|living|ordered|fleeing|from|at|who|that)\s|\s\(|,/;

/** Where the post-modifier starts, or -1. An "of" followed by a name is inside a title: "Minister of Trade Ana Ruiz". */
function postModifierAt(span: string): number {
  const at = span.search(POST_MODIFIER);
  if (at < 0 || !span.startsWith(' of ', at)) return at;
  const rest = span.slice(at + 4).split(' ');
  const capitals = rest.filter((w) => /^\p{Lu}/u.test(w)).length;
  return /^\p{Lu}/u.test(rest[0]) && capitals >= 3 ? -1 : at;
}
const wordAt = (text: string, from: number, word: string): number => {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return at;
  }
  return -1;
};

/** A span of the record's markup for one role, with where it starts in the markup's plain text. */
export interface MarkupSpan {
  readonly text: string;
  readonly at: number;
}

/**
 * Where a gold span is: its words as a whole word sequence (whitespace folded; when they recur, the occurrence
 * nearest the record's markup span for that role), or its "..."-separated pieces in order, or else the runs of
 * its words inside the markup span of that role sharing most words with it (a coder's "Chilean warships" may
 * be marked up as "Chilean and Peruvian warships", "East Timorese" as "Timorese").
 */
export function locateGold(text: string, gold: string, hints: readonly MarkupSpan[] = []): GoldSpan | null {
  const words = gold.replace(/\s+/g, ' ').trim();
  let pieces: [number, number][] = [];
  let from = 0;
  for (const piece of words.split(/\s*(?:\.\.\.|…)\s*/).filter(Boolean)) {
    const at = pieces.length === 0 ? nearestHint(text, piece, hints) : wordAt(text, from, piece);
    if (at < 0) {
      pieces = runsInHint(text, words, bestHint(words, hints));
      break;
    }
    pieces.push([at, at + piece.length]);
    from = at + piece.length;
  }
  if (pieces.length === 0) return null;
  const [a, b] = pieces[0];
  const cut = postModifierAt(text.slice(a, b));
  const phraseEnd = pieces.length === 1 && cut > 0 ? a + cut : pieces[pieces.length - 1][1];
  const headStart = Math.max(text.lastIndexOf(' ', phraseEnd - 1) + 1, pieces[pieces.length - 1][0]);
  return { pieces, phrase: [a, phraseEnd], head: [headStart, phraseEnd] };
}

/** Runs of the gold words, in order, inside the hint's stretch of text ("French", "warships"). */
function runsInHint(text: string, gold: string, hint: MarkupSpan | undefined): [number, number][] {
  const start = hint ? nearest(text, hint.text, hint.at) : -1;
  if (!hint || start < 0) return [];
  const end = start + hint.text.length;
  const runs: [number, number][] = [];
  let from = start;
  for (const w of gold.split(' ')) {
    const at = wordAt(text, from, w);
    if (at < 0 || at + w.length > end) continue;
    const last = runs[runs.length - 1];
    if (last && /^\s*$/.test(text.slice(last[1], at))) last[1] = at + w.length;
    else runs.push([at, at + w.length]);
    from = at + w.length;
  }
  return runs;
}

/** The occurrence of `piece` nearest the markup span that contains it (the first occurrence without one). */
function nearestHint(text: string, piece: string, hints: readonly MarkupSpan[]): number {
  const hint = hints.find((h) => h.text.includes(piece));
  return hint ? nearest(text, piece, hint.at + hint.text.indexOf(piece)) : wordAt(text, 0, piece);
}

function nearest(text: string, piece: string, near: number): number {
  let best = -1;
  for (let at = wordAt(text, 0, piece); at >= 0; at = wordAt(text, at + 1, piece)) if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  return best;
}

function bestHint(gold: string, hints: readonly MarkupSpan[]): MarkupSpan | undefined {
  const mine = new Set(gold.toLowerCase().split(/\W+/).filter(Boolean));
  const shared = (h: MarkupSpan) => h.text.toLowerCase().split(/\W+/).filter((w) => mine.has(w)).length;
  return hints.reduce<MarkupSpan | undefined>((best, h) => (!best || shared(h) > shared(best) ? h : best), undefined);
}

/**
 * The SRC, TAR and SRC/TAR spans of a record's markup ("(TAR: Sierra Leonean)") for one role, each with its
 * offset in the markup's plain text (tags removed, literal brackets such as "(APEC)" kept).
 */
export function markupSpans(markup: string, role: 'actor' | 'recipient'): MarkupSpan[] {
  const want = role === 'actor' ? /^SRC/ : /TAR$/;
  const out: MarkupSpan[] = [];
  const open: ({ tag: string; at: number } | null)[] = [];
  let plain = '';
  for (let i = 0; i < markup.length; i++) {
    const tag = markup[i] === '(' ? /^\((SRC\/TAR|SRC|TAR|EVT|LOC):\s*/.exec(markup.slice(i, i + 12)) : null;
    if (tag) {
      open.push({ tag: tag[1], at: plain.length });
      i += tag[0].length - 1;
    } else if (markup[i] === '(') {
      open.push(null);
      plain += '(';
    } else if (markup[i] === ')' && open.length) {
      const closing = open.pop();
      if (!closing) plain += ')';
      else if (want.test(closing.tag)) out.push({ text: plain.slice(closing.at).trim(), at: closing.at });
    } else plain += markup[i];
  }
  return out;
}

/** The records' markup strings (gsr.ts does not keep them), by id. */
export function markupById(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; markup?: string };
    out.set(r.id, r.markup ?? '');
  }
  return out;
}
