import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSpan } from '../../doc/span.ts';
import type { RawAttribution } from './extract.ts';
import { inheritSources } from './inherit.ts';

function at(text: string, cue: string, source: string | null, content: string): RawAttribution {
  const c = text.indexOf(cue);
  const s = source === null ? null : makeSpan(text, text.indexOf(source), text.indexOf(source) + source.length);
  const k = text.indexOf(content, c);
  return { type: 'indirect', cue: makeSpan(text, c, c + cue.length), content: [makeSpan(text, k, k + content.length)], source: s, confidence: 0.5 };
}

const whole = (t: string) => [makeSpan(t, 0, t.length)];

test('a participle or coordinated cue without a source takes the source of the clause it continues', () => {
  const a = 'Ankara rejected the offer, calling it a trap.';
  assert.equal(inheritSources(a, whole(a), [at(a, 'rejected', 'Ankara', 'the offer'), at(a, 'calling', null, 'it a trap')])[1].source?.text, 'Ankara');
  const b = 'The ministry says it wants talks but insists they must start soon.';
  assert.equal(inheritSources(b, whole(b), [at(b, 'says', 'The ministry', 'it wants talks'), at(b, 'insists', null, 'they must start soon')])[1].source?.text, 'The ministry');
  const c = 'The envoy told reporters, "We will not retreat," adding that talks would resume.';
  assert.equal(inheritSources(c, whole(c), [at(c, 'told', 'The envoy', 'We will not retreat'), at(c, 'adding', null, 'talks would resume')])[1].source?.text, 'The envoy');
});

test('no inheritance across sentences, without a linking comma or conjunction, or over an existing source', () => {
  const a = 'Kyiv denied it. Officials said nothing.';
  const sentences = [makeSpan(a, 0, 15), makeSpan(a, 16, a.length)];
  assert.equal(inheritSources(a, sentences, [at(a, 'denied', 'Kyiv', 'it'), at(a, 'said', null, 'nothing')])[1].source, null);
  const b = 'Tehran denied the report that sources confirmed it.';
  assert.equal(inheritSources(b, whole(b), [at(b, 'denied', 'Tehran', 'the report'), at(b, 'confirmed', null, 'it.')])[1].source, null);
  const c = 'Paris agreed, and Berlin said yes.';
  assert.equal(inheritSources(c, whole(c), [at(c, 'agreed', 'Paris', 'agreed'), at(c, 'said', 'Berlin', 'yes')])[1].source?.text, 'Berlin');
});

test('a passive or raising cue does not take the source of the clause it continues', () => {
  const a = 'The mayor rejected the audit and was accused of hiding its findings.';
  assert.equal(inheritSources(a, whole(a), [at(a, 'rejected', 'The mayor', 'the audit'), at(a, 'was accused of', null, 'hiding its findings')])[1].source, null);
  const b = 'The envoy said the talks were over, but appeared to leave room for a deal.';
  assert.equal(inheritSources(b, whole(b), [at(b, 'said', 'The envoy', 'the talks were over'), at(b, 'appeared', null, 'to leave room for a deal')])[1].source, null);
});
