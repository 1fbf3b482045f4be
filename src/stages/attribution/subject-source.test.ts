import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../doc/layers.ts';
import { makeSpan } from '../../doc/span.ts';
import type { RawAttribution } from './extract.ts';
import { subjectSources } from './subject-source.ts';

function sourceOf(text: string, cue: string, names: string[]): string | null {
  const mention = (name: string): Mention => ({ ...makeSpan(text, text.indexOf(name), text.indexOf(name) + name.length), type: 'PERSON', form: 'name', entity: name });
  const at = text.indexOf(cue);
  const raw: RawAttribution = { type: 'indirect', cue: makeSpan(text, at, at + cue.length), content: [makeSpan(text, at + cue.length + 1, text.length - 1)], source: null, confidence: 0.5 };
  const [a] = subjectSources(text, [makeSpan(text, 0, text.length)], names.map(mention), [raw]);
  return a.source?.text ?? null;
}

test('a cue without a source takes the subject right before it, over auxiliaries and adverbs', () => {
  assert.equal(sourceOf('Ana Ruiz declared the vote void.', 'declared', ['Ana Ruiz']), 'Ana Ruiz');
  assert.equal(sourceOf('Ana Ruiz has repeatedly warned that talks would fail.', 'warned', ['Ana Ruiz']), 'Ana Ruiz');
});

test('no subject across a comma or a verb, and none that is the object of a preposition', () => {
  assert.equal(sourceOf('Ana Ruiz, asking for calm, left.', 'asking', ['Ana Ruiz']), null);
  assert.equal(sourceOf('Ana Ruiz met Ivo Petrak and argued that talks would fail.', 'argued', ['Ana Ruiz', 'Ivo Petrak']), null);
  assert.equal(sourceOf('In a letter to Ivo Petrak demanded a reply.', 'demanded', ['Ivo Petrak']), null);
});
