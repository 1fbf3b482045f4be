import type { TokenTable } from '../../doc/tokens.ts';

/** Pass 1 tags the cues; pass 2 tags one cue's source and content. */
export const CUE_TAGS = ['O', 'B-CUE', 'I-CUE'] as const;
export const ROLE_TAGS = ['O', 'B-SRC', 'I-SRC', 'B-CON', 'I-CON'] as const;
export type Role = 'SRC' | 'CUE' | 'CON';

/** A run of tokens [first, last] decoded with one role. */
export interface Segment {
  readonly role: Role;
  readonly first: number;
  readonly last: number;
}

/** A character range [start, end) to tag with a role; each range starts with a B tag. */
export interface RoleRange {
  readonly role: Role;
  readonly start: number;
  readonly end: number;
}

/**
 * Character ranges to tags (indices into `tagNames`) over all tokens. A token takes a role when at least
 * half of it lies inside a range, so "Trump" in "Trump’s" (a source ending before the 's) is tagged and
 * the 's is not. Ranges of a role the tag set lacks are ignored.
 */
export function tagsFromRanges(tokens: TokenTable, ranges: readonly RoleRange[], tagNames: readonly string[] = CUE_TAGS): Int32Array {
  const tags = new Int32Array(tokens.length);
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const r of sorted) {
    const begin = tagNames.indexOf(`B-${r.role}`);
    if (begin < 0) continue;
    while (i > 0 && tokens.ends[i - 1] > r.start) i--;
    while (i < tokens.length && tokens.ends[i] <= r.start) i++;
    let first = true;
    for (let k = i; k < tokens.length && tokens.starts[k] < r.end; k++) {
      const inside = Math.min(tokens.ends[k], r.end) - Math.max(tokens.starts[k], r.start);
      if (inside * 2 < tokens.ends[k] - tokens.starts[k]) continue;
      tags[k] = first ? begin : begin + 1;
      first = false;
    }
  }
  return tags;
}

/** Tags of a sequence whose first token is document token `offset`, back to segments. */
export function segmentsFromTags(tags: Int32Array, offset: number, tagNames: readonly string[] = CUE_TAGS): Segment[] {
  const roles = tagNames.map((t) => (t === 'O' ? null : (t.slice(2) as Role)));
  const inside = tagNames.map((t) => t.startsWith('I-'));
  const out: Segment[] = [];
  let open: Role | null = null;
  let openFirst = 0;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : 0;
    if (open && !(inside[tag] && roles[tag] === open)) {
      out.push({ role: open, first: openFirst + offset, last: i - 1 + offset });
      open = null;
    }
    if (roles[tag] && !open) {
      open = roles[tag];
      openFirst = i;
    }
  }
  return out;
}
