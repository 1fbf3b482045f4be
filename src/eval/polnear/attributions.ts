import type { BratDocument, Fragment } from './brat.ts';

/** One span of a gold attribution: its fragments in text order (one unless discontinuous). */
export type GoldSpan = readonly Fragment[];

export interface GoldAttribution {
  readonly id: string;
  readonly source: GoldSpan | null;
  readonly cue: GoldSpan;
  /** Content, then Content2 when an annotator marked a second, separate content. */
  readonly contents: readonly GoldSpan[];
}

export interface GoldReading {
  readonly attributions: GoldAttribution[];
  /** Relations without a cue or without a content (a few dozen in the corpus), left out of scoring. */
  readonly skipped: number;
}

const CONTENT_ROLE = /^Content\d*$/;

/** Resolves every E record of a brat document to source / cue / contents, whatever order the roles come in. */
export function goldAttributions(brat: BratDocument): GoldReading {
  const attributions: GoldAttribution[] = [];
  let skipped = 0;
  for (const event of brat.events) {
    let source: GoldSpan | null = null;
    let cue: GoldSpan | null = null;
    const contents: GoldSpan[] = [];
    for (const { role, ref } of event.args) {
      const span = brat.spans.get(ref);
      if (!span || span.fragments.length === 0) continue;
      const fragments = [...span.fragments].sort((a, b) => a[0] - b[0]);
      if (role === 'Source') source = fragments;
      else if (role === 'Cue') cue = fragments;
      else if (CONTENT_ROLE.test(role)) contents.push(fragments);
    }
    if (!cue || contents.length === 0) {
      skipped++;
      continue;
    }
    attributions.push({ id: event.id, source, cue, contents });
  }
  return { attributions, skipped };
}
