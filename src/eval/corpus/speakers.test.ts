import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createParley } from '../../engine/parley.ts';
import { scoreSpeakers } from './speakers.ts';

test('statements are located by their content and speakers compared by name or surname', () => {
  const parley = createParley();
  const a = parley.analyze('Finnish President Alexander Stubb said on Monday that the border would stay closed. "We see no reason to change course," he told reporters.', { published: '2025-06-02' });
  const report = scoreSpeakers([a], [
    { article: 'x', speaker: 'Alexander Stubb', cue: 'said', content_start: 'the border would stay closed', type: 'indirect' },
    { article: 'x', speaker: 'Alexander Stubb', cue: 'told', content_start: 'We see no reason', type: 'direct' },
    { article: 'x', speaker: 'Nobody', cue: 'said', content_start: 'not in the text at all', type: 'indirect' },
  ]);
  assert.equal(report.statements, 3);
  assert.equal(report.found, 2);
  assert.equal(report.speakerCorrect, 2);
  assert.equal(report.misses.length, 1);
});

test('a joint statement scores its co-speakers: the gold ones, no more and no fewer', () => {
  const parley = createParley();
  const a = parley.analyze('Qatar and Egypt said on Monday that the truce should be extended. Turkey said the talks would resume.', { published: '2025-06-02' });
  const statement = { article: 'x', speaker: 'Qatar', cue: 'said', content_start: 'the truce should be extended', type: 'indirect' };
  const right = scoreSpeakers([a], [{ ...statement, coSpeakers: ['Egypt'] }]);
  assert.deepEqual([right.coSpeakersCorrect, right.coSpeakersScored], [1, 1]);
  const wrong = scoreSpeakers([a], [{ ...statement, coSpeakers: ['Egypt', 'Jordan'] }, { ...statement, content_start: 'the talks would resume', speaker: 'Turkey' }]);
  assert.deepEqual([wrong.coSpeakersCorrect, wrong.coSpeakersScored], [0, 1]);
});

test('surnames one letter apart count as one transliterated name, short ones do not', async () => {
  const { sameSpeaker } = await import('./speakers.ts');
  const said = (name: string) => ({ name, entity: 'e1' });
  assert.equal(sameSpeaker('Volodymyr Zelensky', said('Volodymyr Zelenskyy')), true);
  assert.equal(sameSpeaker('Sergei Lavrov', said('Sergey Lavrov')), true);
  assert.equal(sameSpeaker('Olaf Scholz', said('Friedrich Merz')), false);
  assert.equal(sameSpeaker('Jan Kos', said('Ana Kol')), false);
});

test('a gold name that resolves to the speaker\'s actor matches; bodies by country and sector, persons only by identity', async () => {
  const { sameSpeaker } = await import('./speakers.ts');
  const said = (name: string, actor: object) => ({ name, entity: 'e1', actor }) as never;
  const moscow = { id: 'RUS-GOV', name: 'Government of Russia', country: 'RUS', sector: 'GOV' };
  const kremlin = { id: 'kremlin', name: 'Kremlin', country: 'RUS', sector: 'GOV' };
  const ministry = { id: 'RUSMIL', name: 'Russian Defence Ministry', country: 'RUS', sector: 'MIL' };
  const lavrov = { id: 'sergey-lavrov', name: 'Sergey Lavrov', country: 'RUS', sector: 'GOV', title: 'Foreign Minister' };
  assert.equal(sameSpeaker('Russian government', said('Moscow', moscow), moscow), true);
  assert.equal(sameSpeaker('Kremlin', said('Moscow', moscow), kremlin), true);
  assert.equal(sameSpeaker('Russian Ministry of Defence', said('Moscow', moscow), ministry), false);
  assert.equal(sameSpeaker('Dmitry Peskov', said('Moscow', moscow), { ...lavrov, id: 'dmitry-peskov', name: 'Dmitry Peskov' }), false);
  assert.equal(sameSpeaker('Russian government', said('Lavrov', lavrov), moscow), false);
});
