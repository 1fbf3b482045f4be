import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../doc/layers.ts';
import { makeSpan } from '../../doc/span.ts';
import { conjunctsOf, coordinatedSources } from './coordinated-source.ts';
import type { RawAttribution } from './extract.ts';

/** The source of `cue` after coordination, the tagger having found `source`; `names` are the mentions. */
function sourceOf(text: string, cue: string, source: string, names: string[]): string | null {
  const mention = (name: string): Mention => ({ ...makeSpan(text, text.indexOf(name), text.indexOf(name) + name.length), type: 'GPE', form: 'name', entity: name });
  const at = text.indexOf(cue);
  const s = text.indexOf(source);
  const raw: RawAttribution = { type: 'indirect', cue: makeSpan(text, at, at + cue.length), content: [makeSpan(text, at + cue.length + 1, text.length - 1)], source: makeSpan(text, s, s + source.length), confidence: 0.5 };
  const [a] = coordinatedSources(text, [makeSpan(text, 0, text.length)], names.map(mention), [raw]);
  return a.source?.text ?? null;
}

test('a source that is one conjunct of a coordinated subject takes in the others', () => {
  assert.equal(sourceOf('Qatar and Egypt have called for a truce.', 'called', 'Egypt', ['Qatar', 'Egypt']), 'Qatar and Egypt');
  assert.equal(sourceOf('Mexico, Qatar and Egypt have called for a truce.', 'called', 'Egypt', ['Mexico', 'Qatar', 'Egypt']), 'Mexico, Qatar and Egypt');
  assert.equal(sourceOf('Qatar and Egypt have called for a truce.', 'called', 'Qatar', ['Qatar', 'Egypt']), 'Qatar and Egypt', 'forward too');
  assert.equal(sourceOf('Both Ana Ruiz and the Kremlin said no.', 'said', 'the Kremlin', ['Ana Ruiz', 'Kremlin']), 'Ana Ruiz and the Kremlin');
});

test('no list across an opener, a preposition or an object, and none for a relative pronoun', () => {
  assert.equal(sourceOf('In Lima, Egypt called for a truce.', 'called', 'Egypt', ['Lima', 'Egypt']), 'Egypt', 'a comma alone is no list');
  assert.equal(sourceOf('After talks with Qatar and Egypt said no.', 'said', 'Egypt', ['Qatar', 'Egypt']), 'Egypt', 'a preposition\'s object');
  assert.equal(sourceOf('Kasich has won Ohio and Cruz suggested he quit.', 'suggested', 'Cruz', ['Kasich', 'Ohio', 'Cruz']), 'Cruz', 'an object of the clause before');
  assert.equal(sourceOf('He met Ana Ruiz and who said yes.', 'said', 'who', ['Ana Ruiz']), 'who');
});

test('a content piece the tagger took from the other conjuncts is dropped', () => {
  const text = 'China and Russia support the government.';
  const raw: RawAttribution = { type: 'indirect', cue: makeSpan(text, 17, 24), content: [makeSpan(text, 0, 9), makeSpan(text, 25, 39)], source: makeSpan(text, 10, 16), confidence: 0.5 };
  const mentions: Mention[] = [{ ...makeSpan(text, 0, 5), type: 'GPE', form: 'name', entity: 'CHN' }, { ...makeSpan(text, 10, 16), type: 'GPE', form: 'name', entity: 'RUS' }];
  const [a] = coordinatedSources(text, [makeSpan(text, 0, text.length)], mentions, [raw]);
  assert.equal(a.source?.text, 'China and Russia');
  assert.deepEqual(a.content.map((c) => c.text), ['the government']);
});

test('a coordinated source splits into the parts that each name a party', () => {
  const parts = (text: string, names: string[]): string[] | null => {
    const mentions = names.map((name): Mention => ({ ...makeSpan(text, text.indexOf(name), text.indexOf(name) + name.length), type: 'GPE', form: 'name', entity: name }));
    return conjunctsOf(makeSpan(text, 0, text.length), mentions)?.map((p) => p.text) ?? null;
  };
  assert.deepEqual(parts('Mexico, Qatar and Egypt', ['Mexico', 'Qatar', 'Egypt']), ['Mexico', 'Qatar', 'Egypt']);
  assert.deepEqual(parts('Foreign Minister Ana Ruiz and her Chilean counterpart Li Wei', ['Ana Ruiz', 'Li Wei']), ['Foreign Minister Ana Ruiz', 'her Chilean counterpart Li Wei']);
  assert.deepEqual(parts('Ana Ruiz, the mayor, and Li Wei,', ['Ana Ruiz', 'Li Wei']), ['Ana Ruiz, the mayor', 'Li Wei'], 'an apposition stays in its part');
  assert.equal(parts('Procter and Gamble', ['Procter and Gamble']), null, 'an "and" inside a mention');
  assert.equal(parts('the Ministry of Trade and Industry', ['Ministry of Trade', 'Industry']), null, 'an "and" inside a name\'s "of" phrase');
  assert.equal(parts('Qatar, the mediator,', ['Qatar']), null, 'no "and"');
  assert.equal(parts('Qatar and its allies', ['Qatar']), null, 'a part without a mention');
});

test('a list opening the sentence is one source for a participle cue far after it, unless it is a possessor', () => {
  assert.equal(sourceOf('Qatar and Egypt urged a truce on Monday, saying aid had stalled.', 'saying', 'Qatar', ['Qatar', 'Egypt']), 'Qatar and Egypt');
  assert.equal(sourceOf('DOHA, Nov 24 (Meridian Post) - Qatar and Egypt urged a truce, saying aid had stalled.', 'saying', 'Qatar', ['DOHA', 'Qatar', 'Egypt']), 'Qatar and Egypt', 'after a dateline');
  assert.equal(sourceOf("Qatar and Egypt's envoys met on Monday, saying talks would resume.", 'saying', 'Qatar', ['Qatar', 'Egypt']), 'Qatar');
  assert.equal(sourceOf('Talks began as Qatar and Egypt met, saying aid had stalled.', 'saying', 'Qatar', ['Qatar', 'Egypt']), 'Qatar', 'not opening the sentence');
});
