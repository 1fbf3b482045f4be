import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsForOverTime, withParticle } from './particles.ts';
import { contextOf, segmentOf, tokenText } from './testing.ts';

const grown = (text: string, cue: string) => {
  const ctx = contextOf(text);
  return tokenText(ctx, withParticle(ctx, segmentOf(ctx, cue, 'CUE')));
};

test('a cue takes the preposition its verb or noun takes: "called on", "pointed out", "questions about"', () => {
  assert.equal(grown('The United States called on China to act responsibly.', 'called'), 'called on');
  assert.equal(grown('Activists are calling for a recount.', 'calling'), 'calling for');
  assert.equal(grown('She pointed out that the deal had expired.', 'pointed'), 'pointed out');
  assert.equal(grown('He faced questions about the missing funds.', 'questions'), 'questions about');
  assert.equal(grown('The senator was accused of lying to the committee.', 'was accused'), 'was accused of');
});

test('no preposition, another one, or a to-infinitive: the cue stays as found', () => {
  assert.equal(grown('The minister called the vote a sham.', 'called'), 'called');
  assert.equal(grown('The minister called in the ambassador.', 'called'), 'called');
  assert.equal(grown('The envoy vowed to return.', 'vowed'), 'vowed');
  assert.equal(grown('He thought. About the war, nobody spoke.', 'thought'), 'thought');
});

test('"called on Monday for": the cue runs over the time to "for", grown from the verb or added where the tagger found none', () => {
  const cues = (text: string, tagged: string[]) => {
    const ctx = contextOf(text);
    return callsForOverTime(ctx, tagged.map((w) => segmentOf(ctx, w, 'CUE'))).map((c) => tokenText(ctx, c));
  };
  assert.deepEqual(cues('Peru and Chile called on Monday for the truce to be extended.', []), ['called on Monday for']);
  assert.deepEqual(cues('The senator called late on Friday for an inquiry, saying it was overdue.', ['called', 'saying']), ['called late on Friday for', 'saying']);
  assert.deepEqual(cues('Activists have been calling this week for a recount.', ['calling']), ['calling this week for']);
  // no time between, no "for", or a cue of its own on the words: nothing changes
  assert.deepEqual(cues('She called for calm.', ['called for']), ['called for']);
  assert.deepEqual(cues('She called on Monday on the board to resign.', ['called on']), ['called on']);
  assert.deepEqual(cues('He called his lawyer on Monday for advice.', []), []);
});

test('"quoted as" takes the participle that completes it', () => {
  assert.equal(grown('Ana Ruiz was quoted as saying that talks had stalled.', 'was quoted as'), 'was quoted as saying');
  assert.equal(grown('Ana Ruiz was described as a moderate.', 'was described as'), 'was described as');
});
