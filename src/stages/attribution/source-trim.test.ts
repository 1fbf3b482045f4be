import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../doc/document.ts';
import { segmentStage } from '../segment/segment.ts';
import { trimSource } from './source-trim.ts';

/** Trims the source `source` found in `text` (the cue: the word `cue`, else the token after it) and returns what is left. */
function trimmed(text: string, source: string, cue?: string): string {
  const tokens = segmentStage.run(new Doc(text), { knowledge: {} }).layers.tokens!;
  const at = text.indexOf(source);
  let first = 0;
  while (tokens.starts[first] < at) first++;
  let last = first;
  while (tokens.ends[last] < at + source.length) last++;
  const c = cue ? tokens.words.indexOf(cue) : last + 1;
  const s = trimSource(text, tokens, { role: 'SRC', first, last }, { role: 'CUE', first: c, last: c });
  return text.slice(tokens.starts[s.first], tokens.ends[s.last]);
}

test('a subordinator, a dateline and a time adjunct after the head are no part of the source', () => {
  assert.equal(trimmed('while 73 percent said they would vote.', 'while 73 percent'), '73 percent');
  assert.equal(trimmed('LIMA - Peruvian officials said the road was closed.', 'LIMA - Peruvian officials'), 'Peruvian officials');
  assert.equal(trimmed('LIMA, May 2 - Peruvian officials said the road was closed.', 'LIMA, May 2 - Peruvian officials'), 'Peruvian officials');
  assert.equal(trimmed('LIMA, May 2 - Peruvian officials said the road was closed.', 'May 2 - Peruvian officials'), 'Peruvian officials');
  assert.equal(trimmed('The central bank just this month announced a cut.', 'The central bank just this month'), 'The central bank');
  assert.equal(trimmed('Ana Ruiz on Monday said the talks failed.', 'Ana Ruiz on Monday'), 'Ana Ruiz');
  assert.equal(trimmed('the mayor in 2010 said it would be built.', 'the mayor in 2010'), 'the mayor');
});

test('a time inside a modifier of the source stays', () => {
  assert.equal(trimmed('A poll released Monday shows a tie.', 'A poll released Monday'), 'A poll released Monday');
  assert.equal(trimmed('Ana Ruiz said it.', 'Ana Ruiz'), 'Ana Ruiz');
  assert.equal(trimmed('UN Secretary-General Ana Ruiz said it.', 'UN Secretary-General Ana Ruiz'), 'UN Secretary-General Ana Ruiz');
  // the time of a relative clause's verb, and the comma closing the clause
  assert.equal(trimmed('Ana Ruiz, who visited Lima last week, has warned of a strike.', 'Ana Ruiz, who visited Lima last week', 'has'), 'Ana Ruiz, who visited Lima last week,');
  assert.equal(trimmed('Ana Ruiz, who in 2010 said it, left.', 'who in 2010', 'said'), 'who');
});

test('"Today" with a capital is a name, not a time', () => {
  assert.equal(trimmed('A reporter for USA Today reported the talks had failed.', 'A reporter for USA Today'), 'A reporter for USA Today');
  assert.equal(trimmed('the minister today said the talks had failed.', 'the minister today'), 'the minister');
});

test('a source keeps the comma that closes its apposition, and no other', () => {
  assert.equal(trimmed('Ana Ruiz, the mayor, said the road was closed.', 'Ana Ruiz, the mayor', 'said'), 'Ana Ruiz, the mayor,');
  assert.equal(trimmed('Ana Ruiz, the mayor, said the road was closed.', 'Ana Ruiz, the mayor,', 'said'), 'Ana Ruiz, the mayor,');
  assert.equal(trimmed('The road was closed, said Ana Ruiz, who runs the town.', 'Ana Ruiz,', 'said'), 'Ana Ruiz');
  assert.equal(trimmed('The ministry, however, said the road was closed.', 'The ministry', 'said'), 'The ministry');
  // after the cue, unless a relative clause or a participle follows the comma
  const after = 'As the road was closed, said Ana Ruiz, the mayor, the town would wait.';
  assert.equal(trimmed(after, 'Ana Ruiz, the mayor', 'said'), 'Ana Ruiz, the mayor,');
  assert.equal(trimmed('"It is closed," said Ana Ruiz, the mayor, adding that it would reopen.', 'Ana Ruiz, the mayor', 'said'), 'Ana Ruiz, the mayor');
  assert.equal(trimmed('"It is closed," said Ana Ruiz, the mayor, who runs the town.', 'Ana Ruiz, the mayor', 'said'), 'Ana Ruiz, the mayor');
});

test('a source cut inside its relative clause runs on to the comma closing it before the cue', () => {
  assert.equal(trimmed('Ana Ruiz, who visited Lima last week, has warned of a strike.', 'Ana Ruiz, who visited Lima', 'has'), 'Ana Ruiz, who visited Lima last week,');
  // not over a verb, and not without a relative clause
  assert.equal(trimmed('Ana Ruiz, who visited Lima and left, has warned of a strike.', 'Ana Ruiz, who visited Lima', 'has'), 'Ana Ruiz, who visited Lima');
  assert.equal(trimmed('Ana Ruiz of the union in Lima, has warned of a strike.', 'Ana Ruiz of the union', 'has'), 'Ana Ruiz of the union');
});

test('a source ends before an adjunct of its cue set off by a comma; its apposition stays', () => {
  const before = 'Ana Ruiz, in a statement released by the ministry, said the port was closed.';
  assert.equal(trimmed(before, 'Ana Ruiz, in a statement released by the ministry,', 'said'), 'Ana Ruiz');
  const briefing = '"We are running out of time," said Ana Ruiz, a spokeswoman for the agency, at a briefing in Lima.';
  assert.equal(trimmed(briefing, 'Ana Ruiz, a spokeswoman for the agency, at a briefing in Lima', 'said'), 'Ana Ruiz, a spokeswoman for the agency');
  const statement = 'The port is closed, said the ministry of transport, in a statement on Monday.';
  assert.equal(trimmed(statement, 'the ministry of transport, in a statement on Monday', 'said'), 'the ministry of transport');
  const apposition = '"It will hold," said Ivo Petrak, the head of the mission in Kosovo.';
  assert.equal(trimmed(apposition, 'Ivo Petrak, the head of the mission in Kosovo', 'said'), 'Ivo Petrak, the head of the mission in Kosovo');
});

test('a source before its cue keeps its apposition but not a "which" clause about the body the apposition names', () => {
  const union = 'Ana Ruiz, head of the Lima Teachers Union, which represents 9,000 teachers, said the strike would go on.';
  assert.equal(trimmed(union, 'Ana Ruiz, head of the Lima Teachers Union, which represents 9,000 teachers,', 'said'), 'Ana Ruiz, head of the Lima Teachers Union,');
  // a relative clause on the source itself is part of it
  const own = 'The union, which represents 9,000 teachers, said the strike would go on.';
  assert.equal(trimmed(own, 'The union, which represents 9,000 teachers,', 'said'), 'The union, which represents 9,000 teachers,');
});

test('a source after its cue ends before a comma that opens a clause of its own', () => {
  const subject = 'According to state radio, the defence minister Ivo Petrak said the border was calm.';
  assert.equal(trimmed(subject, 'state radio, the defence minister Ivo Petrak', 'According'), 'state radio');
  const conjunction = 'According to the statistics office, and prices rose again in May, the harvest was poor.';
  assert.equal(trimmed(conjunction, 'the statistics office, and prices rose again in May', 'According'), 'the statistics office');
  const participle = '"We will stay," said Ana Ruiz, holding up a photograph of her son.';
  assert.equal(trimmed(participle, 'Ana Ruiz, holding up a photograph of her son', 'said'), 'Ana Ruiz');
  // an apposition, a relative clause and a coordinated name stay
  const apposition = '"It is over," said Ana Ruiz, a former union leader now teaching in Lima.';
  assert.equal(trimmed(apposition, 'Ana Ruiz, a former union leader now teaching in Lima', 'said'), 'Ana Ruiz, a former union leader now teaching in Lima');
  const relative = '"It is over," said Ivo Petrak, an envoy whom the president appointed last year.';
  assert.equal(trimmed(relative, 'Ivo Petrak, an envoy whom the president appointed', 'said'), 'Ivo Petrak, an envoy whom the president appointed');
  const coordinated = 'According to Ana Ruiz, head of the institute, and other economists, the cut came too late.';
  assert.equal(trimmed(coordinated, 'Ana Ruiz, head of the institute, and other economists', 'According'), 'Ana Ruiz, head of the institute, and other economists,');
});

test('a source takes in a limiting word that opens its clause, but not a preposition before it', () => {
  assert.equal(trimmed('Only a quarter of voters said they trusted the count.', 'a quarter of voters'), 'Only a quarter of voters');
  assert.equal(trimmed('In Lima, nearly half of the deputies said the vote was rigged.', 'half of the deputies'), 'nearly half of the deputies');
  assert.equal(trimmed('Not everyone agrees that the truce will hold.', 'everyone'), 'Not everyone');
  assert.equal(trimmed('The envoy talked about voters who say the vote was rigged.', 'voters'), 'voters');
  assert.equal(trimmed('Even the mayor said the vote was rigged.', 'the mayor'), 'the mayor');
});
