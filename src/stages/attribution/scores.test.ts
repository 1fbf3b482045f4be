import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { emissionScores } from '../../learn/perceptron.ts';
import { scoreTableOf } from '../../learn/score-table.ts';
import { tokenAtoms } from './atoms.ts';
import { findCues } from './extract.ts';
import { CUE_FEATURES, ROLE_BASE_TEMPLATES, ROLE_FEATURES, cueColumns } from './features.ts';
import { DEFAULT_ATTRIBUTION_MODEL_PATH, loadAttributionModel } from './model.ts';
import { RoleFeaturizer } from './role-features.ts';
import { contextOf } from './testing.ts';
import { cueWindow } from './window.ts';

const skip = !existsSync(DEFAULT_ATTRIBUTION_MODEL_PATH) && `no model at ${DEFAULT_ATTRIBUTION_MODEL_PATH}`;

const TEXT = [
  '“The border stays closed,” the minister said on Tuesday. Officials believe the talks, which began in May, will fail.',
  'According to the ministry, the army withdrew. "We expect a reply by Friday," said Ambassador Maria Keller, adding that sanctions were illegal.',
  'The ministry said in a statement:',
  '“Our position has not changed.”',
].join('\n\n');

test('analysis scores (score tables) equal the training path (rows, then weights) bit for bit', { skip }, () => {
  const model = loadAttributionModel();
  const ctx = contextOf(TEXT);
  const atoms = tokenAtoms(ctx);
  for (const [first, end] of ctx.paragraphRanges) {
    const rows = emissionScores(CUE_FEATURES.featurize(cueColumns(atoms), model.cues.table, first, end), model.cues.weights, model.cues.tags.length);
    assert.deepEqual(CUE_FEATURES.score(cueColumns(atoms), scoreTableOf(model.cues), first, end), rows);
  }
  const cues = findCues(ctx, atoms, model, new Float64Array(ctx.tokens.length));
  assert.ok(cues.length >= 3, `cues: ${cues.length}`);
  const T = model.roles.tags.length;
  const B = ROLE_BASE_TEMPLATES;
  const P = ROLE_FEATURES.size;
  const training = new RoleFeaturizer(ctx, atoms, model.roles.table);
  const analysis = new RoleFeaturizer(ctx, atoms, model.roles.table);
  for (const cue of cues) {
    const [first, end] = cueWindow(ctx, cue);
    const n = end - first;
    // Analysis adds the token features' scores to the cue-relative ones' sums, so the expected side does the same.
    const all = training.sequence(cue, cues, first, end);
    const part = (from: number, width: number) => ({
      length: n,
      offsets: Int32Array.from({ length: n + 1 }, (_, i) => i * width),
      rows: Int32Array.from({ length: n * width }, (_, k) => all.rows[Math.floor(k / width) * P + from + (k % width)]),
    });
    const expected = emissionScores(part(B, P - B), model.roles.weights, T);
    const base = emissionScores(part(0, B), model.roles.weights, T);
    for (let k = 0; k < expected.length; k++) expected[k] += base[k];
    assert.deepEqual(analysis.emissions(cue, cues, first, end, scoreTableOf(model.roles)), expected);
  }
});
