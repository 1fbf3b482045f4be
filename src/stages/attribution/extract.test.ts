import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { exclusiveContents, extractAttributions, type RawAttribution } from './extract.ts';
import { DEFAULT_ATTRIBUTION_MODEL_PATH, loadAttributionModel } from './model.ts';
import { segmented } from './testing.ts';

const skip = !existsSync(DEFAULT_ATTRIBUTION_MODEL_PATH) && `no model at ${DEFAULT_ATTRIBUTION_MODEL_PATH}`;

function extract(text: string): RawAttribution[] {
  return extractAttributions(segmented(text), loadAttributionModel());
}

/** The one attribution whose cue text is `cue`. */
function byCue(found: RawAttribution[], cue: RegExp): RawAttribution {
  const hit = found.filter((a) => cue.test(a.cue.text));
  assert.equal(hit.length, 1, `one attribution with cue ${cue}, found: ${JSON.stringify(found.map((a) => a.cue.text))}`);
  return hit[0];
}

const content = (a: RawAttribution) => a.content.map((c) => c.text).join(' … ');

test('direct quotations with the cue after, inverted, or before with a colon', { skip }, () => {
  const after = byCue(extract('“The border stays closed,” the minister said.'), /said/);
  assert.equal(after.type, 'direct');
  assert.equal(after.source?.text, 'the minister');
  assert.match(content(after), /^“The border stays closed,”$/);
  const inverted = byCue(extract('"We expect a reply by Friday," said Ambassador Maria Keller.'), /said/);
  assert.equal(inverted.source?.text, 'Ambassador Maria Keller');
  assert.equal(inverted.type, 'direct');
  const colon = byCue(extract('The governor said: “Schools reopen on Monday.”'), /said/);
  assert.match(content(colon), /Schools reopen on Monday/);
  assert.equal(colon.type, 'direct');
});

test('a colon quote without quotation marks: the content is what follows the colon', { skip }, () => {
  for (const text of ['The ministry said in a statement: the talks will resume next week.', 'The union wrote on its website: members will strike on Monday.']) {
    const [a] = extract(text);
    assert.ok(a, text);
    assert.match(a.cue.text, /^(said|wrote)/);
    assert.match(a.source?.text ?? '', /^The (ministry|union)$/);
    assert.match(content(a), /^(the talks|members) will/);
  }
});

test('a quotation split around its cue gives two content spans', { skip }, () => {
  const a = byCue(extract('“The offer is serious,” he said, “and it will not be repeated.”'), /said/);
  assert.equal(a.content.length, 2);
  assert.match(a.content[0].text, /offer is serious/);
  assert.match(a.content[1].text, /not be repeated/);
  assert.equal(a.source?.text, 'he');
  const inverted = byCue(extract('“We are ready,” said Lavrov, “but not at any price.”'), /said/);
  assert.deepEqual(inverted.content.map((c) => c.text), ['“We are ready,”', '“but not at any price.”']);
  assert.equal(inverted.source?.text, 'Lavrov');
});

test('a quotation running over two paragraphs keeps both paragraphs as content', { skip }, () => {
  const a = byCue(extract('The senator said: “We will vote against the bill.\n\n“We will keep voting against it until it changes.”'), /said/);
  assert.equal(a.content.length, 2);
  assert.match(a.content[1].text, /keep voting/);
});

test('reported speech with and without "that", with a pronoun source', { skip }, () => {
  const withThat = byCue(extract('He warned that the ceasefire would collapse within days.'), /warned/);
  assert.equal(withThat.source?.text, 'He');
  assert.equal(withThat.type, 'indirect');
  assert.match(content(withThat), /the ceasefire would collapse within days$/);
  const without = byCue(extract('The senator said the bill would pass next week.'), /said/);
  assert.equal(without.source?.text, 'The senator');
  assert.match(content(without), /^the bill would pass next week$/);
});

test('"according to X" is typed according-to with X as the source', { skip }, () => {
  const a = byCue(extract('The strike killed four people, according to local officials.'), /according/);
  assert.equal(a.type, 'according-to');
  assert.equal(a.source?.text, 'local officials');
  assert.match(content(a), /The strike killed four people/);
});

test('a partial quotation inside reported speech is mixed; a cognition verb is belief', { skip }, () => {
  const mixed = byCue(extract('Lavrov said foreign troops would be "legitimate targets" for the army.'), /said/);
  assert.equal(mixed.type, 'mixed');
  const belief = byCue(extract('Moscow believes the sanctions will fail.'), /believes/);
  assert.equal(belief.type, 'belief');
  assert.match(content(belief), /the sanctions will fail/);
  assert.equal(byCue(extract('Kyiv wants the talks to resume in the spring.'), /wants/).type, 'belief');
});

test('a scare quote in the narrator’s voice is not an attribution', { skip }, () => {
  for (const text of ['The so-called “peace plan” stalled in the Senate.', 'Critics of the "reform" gathered outside the ministry.']) {
    const found = extract(text);
    assert.ok(!found.some((a) => a.content.some((c) => /plan|reform/.test(c.text) && c.text.length < 20)), JSON.stringify(found));
  }
});

test('spans point into the text and confidences lie in 0..1', { skip }, () => {
  const text = 'The mayor said the roads would reopen. “We are ready,” she added.';
  for (const a of extract(text)) {
    for (const s of [a.cue, ...a.content, ...(a.source ? [a.source] : [])]) assert.equal(text.slice(s.start, s.end), s.text);
    assert.ok(a.confidence >= 0 && a.confidence <= 1);
  }
});

test('overlapping contents go to the nearer cue; no attribution loses its only content', () => {
  const seg = (role: 'CUE' | 'CON' | 'SRC', first: number, last: number) => ({ role, first, last });
  // cue A at 2 with contents [3..8] and [12..20]; cue B at 22 claims [12..20] too
  const a = { cue: seg('CUE', 2, 2), contents: [seg('CON', 3, 8), seg('CON', 12, 20)], source: seg('SRC', 0, 1), confidence: 0.8 };
  const b = { cue: seg('CUE', 22, 22), contents: [seg('CON', 12, 20)], source: seg('SRC', 21, 21), confidence: 0.9 };
  const [x, y] = exclusiveContents([a, b]);
  assert.deepEqual(x.contents, [seg('CON', 3, 8)]);
  assert.deepEqual(y.contents, [seg('CON', 12, 20)]);
  // a single content is never taken away, even from the farther cue
  const lone = { ...a, contents: [seg('CON', 12, 20)] };
  assert.deepEqual(exclusiveContents([lone, b])[0].contents, [seg('CON', 12, 20)]);
});

test('the clause right after a cue keeps the report nested in it: "was quoted as saying that the attack showed …"', () => {
  const seg = (role: 'CUE' | 'CON' | 'SRC', first: number, last: number) => ({ role, first, last });
  // cue A at 1..4 with the subject [0..0] misread as content and the clause [5..12]; cue B at 8 inside it claims [9..12]
  const a = { cue: seg('CUE', 1, 4), contents: [seg('CON', 0, 0), seg('CON', 5, 12)], source: null, confidence: 0.8 };
  const b = { cue: seg('CUE', 8, 8), contents: [seg('CON', 9, 12)], source: seg('SRC', 6, 7), confidence: 0.9 };
  assert.deepEqual(exclusiveContents([a, b])[0].contents, a.contents);
  // a piece that does not open right after the cue still goes to the nearer cue
  const later = { ...a, contents: [seg('CON', 0, 0), seg('CON', 7, 12)] };
  assert.deepEqual(exclusiveContents([{ ...later, cue: seg('CUE', 1, 2) }, b])[0].contents, [seg('CON', 0, 0)]);
});
