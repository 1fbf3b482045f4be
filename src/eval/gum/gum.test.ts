import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu } from './conllu.ts';
import { goldNames, scoreNames, type Counts } from './mentions.ts';
import { evaluateCoref } from './coref.ts';

// A made-up two-sentence document in GUM's format: entity 1 is a person named, then referred to by "She".
const SAMPLE = [
  '# newdoc id = GUM_news_sample',
  '# meta::dateCreated = 2020-02-02',
  '# newpar',
  '# text = Anna Weber\'s plan won.',
  '1\tAnna\tAnna\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tEntity=(1-person-new-sssss-cf1-1,2-coref',
  '2-3\tWeber\'s\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tWeber\tWeber\tPROPN\tNNP\t_\t1\tflat\t_\t_',
  '3\t\'s\t\'s\tPART\tPOS\t_\t1\tcase\t_\tEntity=1)',
  '4\tplan\tplan\tNOUN\tNN\t_\t5\tnsubj\t_\t_',
  '5\twon\twin\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No',
  '6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_',
  '',
  '# newpar',
  '# text = She thanked the Ministry of Water.',
  '1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv:act-sssss-cf1-1-ana)',
  '2\tthanked\tthank\tVERB\tVBD\t_\t0\troot\t_\t_',
  '3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(2-organization-new-sssss-cf2-2-sgl-Ministry_of_Water',
  '4\tMinistry\tMinistry\tPROPN\tNNP\t_\t2\tobj\t_\t_',
  '5\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_',
  '6\tWater\tWater\tPROPN\tNNP\t_\t4\tnmod\t_\tEntity=2)|SpaceAfter=No',
  '7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
  '',
].join('\n');

test('CoNLL-U: text rebuilt from tokens, multiword tokens split by their spelling, brackets into mentions', () => {
  const [doc] = parseConllu(SAMPLE);
  assert.equal(doc.text, "Anna Weber's plan won.\n\nShe thanked the Ministry of Water.");
  assert.equal(doc.date, '2020-02-02');
  for (const t of doc.tokens) if (t.form !== "Weber's") assert.equal(doc.text.slice(t.start, t.end), t.form);
  const spans = doc.mentions.map((m) => [m.eid, m.etype, m.link, doc.text.slice(m.start, m.endChar)]);
  assert.deepEqual(spans, [
    ['1', 'person', 'coref', "Anna Weber's"],
    ['1', 'person', 'ana', 'She'],
    ['2', 'organization', 'sgl', 'the Ministry of Water'],
  ]);
  assert.equal(doc.mentions[2].identity, 'Ministry_of_Water');
});

test('gold names drop determiners and possessives; scoring counts each gold once', () => {
  const [doc] = parseConllu(SAMPLE);
  const gold = goldNames(doc);
  assert.deepEqual(gold.map((g) => [g.type, doc.text.slice(...g.spans[0])]), [['PERSON', 'Anna Weber'], ['ORG', 'Ministry of Water']]);
  const counts: Record<string, Counts> = {};
  const org = doc.text.indexOf('Ministry');
  scoreNames(gold, [{ type: 'PERSON', start: 0, end: 10 }, { type: 'PERSON', start: 0, end: 10 }, { type: 'GPE', start: org, end: org + 17 }], counts);
  assert.deepEqual(counts.PERSON, { tp: 1, fp: 1, fn: 0 });
  assert.deepEqual(counts.ORG, { tp: 0, fp: 0, fn: 1 });
  assert.deepEqual(counts.untyped, { tp: 2, fp: 1, fn: 0 }, 'the mistyped ministry still counts as a found span');
});

test('pronoun evaluation on the sample: "She" resolved to Anna Weber', async () => {
  const dir = await import('node:fs/promises').then(async (fs) => {
    const d = await fs.mkdtemp(join((await import('node:os')).tmpdir(), 'gum-'));
    await fs.mkdir(join(d, 'dep'));
    await fs.writeFile(join(d, 'dep', 'GUM_news_sample.conllu'), SAMPLE);
    return d;
  });
  const r = await evaluateCoref({ dataDir: dir, knowledge: {} });
  assert.deepEqual(r.byPronoun.she, { n: 1, correct: 1 });
  assert.equal(r.personPronouns.accuracy, 1);
});

const GUM = join(import.meta.dirname, '../../../../shared/data/gum-news');

test('GUM news: person pronouns resolved at 0.80 or better', { skip: existsSync(join(GUM, 'dep')) ? false : `no GUM data at ${GUM}` }, async () => {
  const r = await evaluateCoref({ dataDir: GUM });
  assert.ok(r.pronouns.n > 300, `${r.pronouns.n} pronouns`);
  assert.ok(r.personPronouns.accuracy >= 0.8, `person pronoun accuracy ${r.personPronouns.accuracy.toFixed(3)}`);
});
