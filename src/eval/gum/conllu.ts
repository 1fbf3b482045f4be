/**
 * Reader for GUM's CoNLL-U with CorefUD entity brackets (gum-news/dep/*.conllu; see its FORMAT.md).
 * Rebuilds a plain text from the gold tokens — tokens joined by a space unless `SpaceAfter=No`,
 * sentences by a space, paragraphs (`# newpar`) by a blank line — and gives every gold token and
 * entity mention character offsets into that text, so the pipeline's output can be compared by offset.
 */
export interface GumToken {
  readonly form: string;
  readonly upos: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

export interface GumMention {
  /** Entity id within the document: mentions with one eid form one coreference chain. */
  readonly eid: string;
  /** person, organization, place, event, time, abstract, object, substance, plant, animal. */
  readonly etype: string;
  /** Relation to the previous mention of the entity: coref, ana, appos, pred, cata, disc; sgl for singletons. */
  readonly link: string;
  readonly identity?: string;
  /** Token indices (document-level, 0-based), end exclusive. */
  readonly first: number;
  readonly end: number;
  /** Token indices of the minimal (head) span. */
  readonly minspan: readonly number[];
  readonly start: number;
  readonly endChar: number;
}

export interface GumDoc {
  readonly id: string;
  readonly date?: string;
  readonly text: string;
  readonly tokens: readonly GumToken[];
  readonly mentions: readonly GumMention[];
}

interface Open {
  eid: string;
  fields: string[];
  first: number;
}

export function parseConllu(source: string): GumDoc[] {
  const docs: GumDoc[] = [];
  let cur: { id: string; date?: string; parts: string[]; length: number; tokens: GumToken[]; mentions: GumMention[]; open: Open[]; sentence: number; newPar: boolean; spaceAfter: boolean } | undefined;
  let pendingSurface: { until: number; form: string; spaceAfter: boolean; subStart: number; used: number } | undefined;
  const flush = () => cur && docs.push({ id: cur.id, date: cur.date, text: cur.parts.join(''), tokens: cur.tokens, mentions: cur.mentions.sort((a, b) => a.first - b.first || b.end - a.end) });
  const append = (s: string) => {
    cur!.parts.push(s);
    cur!.length += s.length;
  };
  let sentenceStarted = false;
  for (const line of source.split('\n')) {
    if (line.startsWith('# newdoc id')) {
      flush();
      cur = { id: line.split('=')[1].trim(), parts: [], length: 0, tokens: [], mentions: [], open: [], sentence: -1, newPar: true, spaceAfter: false };
      continue;
    }
    if (!cur) continue;
    if (line.startsWith('# meta::dateCreated')) cur.date = line.split('=')[1].trim();
    if (line.startsWith('# newpar')) cur.newPar = true;
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      sentenceStarted = false;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 10) continue;
    if (!sentenceStarted) {
      sentenceStarted = true;
      cur.sentence++;
      if (cur.length > 0) append(cur.newPar ? '\n\n' : ' ');
      cur.newPar = false;
      cur.spaceAfter = false;
    }
    const misc = cols[9];
    const noSpace = /(^|\|)SpaceAfter=No(\||$)/.test(misc);
    if (cols[0].includes('-')) {
      // Multiword token ("don't" = "do" + "n't"): the text has the surface form; sub-tokens share its span.
      const [from, to] = cols[0].split('-').map(Number);
      if (cur.spaceAfter) append(' ');
      pendingSurface = { until: to - from + 1, form: cols[1], spaceAfter: !noSpace, subStart: cur.length, used: 0 };
      append(cols[1]);
      cur.spaceAfter = !noSpace;
      continue;
    }
    if (cols[0].includes('.')) continue; // empty nodes
    let start: number;
    let end: number;
    if (pendingSurface) {
      // "Warhol's" = "Warhol" + "'s": consecutive pieces of the surface when they spell it, else the whole.
      const p = pendingSurface;
      if (p.form.startsWith(cols[1], p.used)) {
        start = p.subStart + p.used;
        end = start + cols[1].length;
        p.used += cols[1].length;
      } else {
        start = p.subStart;
        end = start + p.form.length;
      }
      if (--p.until === 0) pendingSurface = undefined;
    } else {
      if (cur.spaceAfter) append(' ');
      start = cur.length;
      append(cols[1]);
      end = cur.length;
      cur.spaceAfter = !noSpace;
    }
    const index = cur.tokens.length;
    cur.tokens.push({ form: cols[1], upos: cols[3], start, end, sentence: cur.sentence });
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1];
    if (entity) readBrackets(entity, index, cur.open, cur.tokens, cur.mentions);
  }
  flush();
  return docs;
}

function readBrackets(value: string, index: number, open: Open[], tokens: GumToken[], out: GumMention[]): void {
  for (let i = 0; i < value.length; ) {
    if (value[i] === '(') {
      let j = i + 1;
      while (j < value.length && value[j] !== '(' && value[j] !== ')') j++;
      const fields = value.slice(i + 1, j).split('-');
      const o: Open = { eid: fields[0], fields, first: index };
      if (value[j] === ')') {
        out.push(close(o, index, tokens));
        i = j + 1;
      } else {
        open.push(o);
        i = j;
      }
    } else {
      let j = i;
      while (j < value.length && value[j] !== ')') j++;
      const eid = value.slice(i, j);
      for (let k = open.length - 1; k >= 0; k--) {
        if (open[k].eid === eid) {
          out.push(close(open[k], index, tokens));
          open.splice(k, 1);
          break;
        }
      }
      i = j + 1;
    }
  }
}

function close(o: Open, last: number, tokens: GumToken[]): GumMention {
  // eid-etype-infstat-salience-centering-minspan-link[-identity]
  const [eid, etype, , , , minspan, link, ...rest] = o.fields;
  const positions = (minspan ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return {
    eid, etype, link: link ?? '', identity: rest.length ? decode(rest.join('-')) : undefined,
    first: o.first, end: last + 1, minspan: positions.map((p) => o.first + p - 1).filter((k) => k <= last),
    start: tokens[o.first].start, endChar: tokens[last].end,
  };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
