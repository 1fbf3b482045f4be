import nlp from 'compromise';
import type { Predicted } from '../gum/mentions.ts';

interface Match {
  text: string;
  offset: { start: number; length: number };
}
interface View {
  json(o: { offset: true }): Match[];
}

const TRAILING = /(?:['\u2019]s|['\u2019]|[.,;:!?)"\u201D])+$/u;
const LEADING = /^(?:the\s+|["\u201C(])/iu;

/**
 * compromise's people, organisations and places as mentions, the peer the brief compares against. Its
 * matches may carry a possessive or punctuation ("NATO's", "Stoltenberg."), which are trimmed so spans
 * are compared on the name alone, as ours and CoreNLP's are.
 */
export function compromiseNames(text: string): Predicted[] {
  const doc = nlp(text) as unknown as { people(): View; organizations(): View; places(): View };
  const out: Predicted[] = [];
  const add = (view: View, type: string) => {
    for (const m of view.json({ offset: true })) {
      let start = m.offset.start;
      let surface = text.slice(start, start + m.offset.length);
      const lead = LEADING.exec(surface)?.[0].length ?? 0;
      start += lead;
      surface = surface.slice(lead).replace(TRAILING, '').trimEnd();
      if (surface) out.push({ type, start, end: start + surface.length });
    }
  };
  add(doc.people(), 'PERSON');
  add(doc.organizations(), 'ORG');
  add(doc.places(), 'GPE');
  return out;
}
