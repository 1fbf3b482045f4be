import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../doc/layers.ts';
import { makeSpan } from '../../doc/span.ts';
import type { RawAttribution } from './extract.ts';
import { subjectSources } from './subject-source.ts';
import { spanOf } from './testing.ts';

function sourceOf(text: string, cue: string, names: string[], tagged?: string): string | null {
  const mention = (name: string): Mention => ({ ...makeSpan(text, text.indexOf(name), text.indexOf(name) + name.length), type: 'PERSON', form: 'name', entity: name });
  const at = text.indexOf(cue);
  const source = tagged ? makeSpan(text, text.indexOf(tagged), text.indexOf(tagged) + tagged.length) : null;
  const raw: RawAttribution = { type: 'indirect', cue: makeSpan(text, at, at + cue.length), content: [makeSpan(text, at + cue.length + 1, text.length - 1)], source, confidence: 0.5 };
  const [a] = subjectSources(text, [makeSpan(text, 0, text.length)], names.map(mention), [raw]);
  return a.source?.text ?? null;
}

test('a cue without a source takes the subject right before it, over auxiliaries and adverbs', () => {
  assert.equal(sourceOf('Ana Ruiz declared the vote void.', 'declared', ['Ana Ruiz']), 'Ana Ruiz');
  assert.equal(sourceOf('Ana Ruiz has repeatedly warned that talks would fail.', 'warned', ['Ana Ruiz']), 'Ana Ruiz');
  assert.equal(sourceOf('Regional leaders almost universally condemned the test.', 'condemned', ['Regional leaders']), 'Regional leaders');
  assert.equal(sourceOf('The envoys met in Lima and angrily rejected the plan.', 'rejected', ['envoys']), 'The envoys');
});

test('no subject across a comma or a verb, and none that is the object of a preposition', () => {
  assert.equal(sourceOf('Ana Ruiz, asking for calm, left.', 'asking', ['Ana Ruiz']), 'Ana Ruiz', 'but a participle after a comma is the subject\'s');
  assert.equal(sourceOf('The envoys were upbeat, perhaps sensing that a deal was near.', 'perhaps sensing', ['envoys']), 'The envoys', 'with an adverb before it');
  assert.equal(sourceOf('Ana Ruiz, who was asking for calm, left.', 'asking', ['Ana Ruiz']), 'who', 'in a relative clause, its pronoun');
  assert.equal(sourceOf('In Lima, Ivo Petrak met Ana Ruiz and argued that talks would fail.', 'argued', ['Lima', 'Ivo Petrak', 'Ana Ruiz']), null);
  assert.equal(sourceOf('In a letter to Ivo Petrak demanded a reply.', 'demanded', ['Ivo Petrak']), null);
  assert.equal(sourceOf('Prices rose as Ana Ruiz warned of a crisis.', 'warned of', ['Ana Ruiz']), 'Ana Ruiz', '"as" opens a clause');
  // but a participle right after the object is what the object does
  assert.equal(sourceOf('The ad shows footage of Ivo Petrak asking for more troops.', 'asking', ['Ivo Petrak']), 'Ivo Petrak');
  assert.equal(sourceOf('The ad shows footage of Ivo Petrak as he asked for more troops.', 'asked', ['Ivo Petrak']), null);
});

test('a source tagged inside a modifier set off by commas gives way to the subject the modifier describes', () => {
  const text = 'Finance Minister Ana Ruiz, speaking after her return to the Senate, said the budget would pass.';
  assert.equal(sourceOf(text, 'said', ['Ana Ruiz', 'Senate'], 'Senate,'), 'Finance Minister Ana Ruiz');
  assert.equal(sourceOf('A spokesman for the Senate said the budget would pass.', 'said', ['Senate'], 'Senate'), 'Senate', 'no comma: no modifier');
  assert.equal(sourceOf('Ana Ruiz, the leader of the Senate, said it.', 'said', ['Ana Ruiz', 'Senate'], 'the leader of the Senate,'), 'the leader of the Senate,', 'an apposition is no object');
});

test('a second cue the tagger gave the same wrong source is corrected the same way ("said X and argued Y")', () => {
  const text = 'Ana Ruiz, speaking after her return to the Senate, said the budget would pass and argued that cuts were needed.';
  const span = (s: string) => spanOf(text, s);
  const mentions: Mention[] = ['Ana Ruiz', 'Senate'].map((n) => ({ ...span(n), type: 'PERSON', form: 'name', entity: n }));
  const raw = (cue: string, content: string): RawAttribution => ({ type: 'indirect', cue: span(cue), content: [span(content)], source: span('Senate,'), confidence: 0.5 });
  const out = subjectSources(text, [makeSpan(text, 0, text.length)], mentions, [raw('said', 'the budget would pass'), raw('argued', 'that cuts were needed')]);
  assert.deepEqual(out.map((a) => a.source?.text), ['Ana Ruiz', 'Ana Ruiz']);
});

test('a short aside between commas stands between a subject and its cue: "The ministry, for its part, claimed"', () => {
  const text = 'The ministry, for its part, claimed that the strike failed.';
  assert.equal(sourceOf(text, 'claimed', ['The ministry', 'its']), 'The ministry');
  // a relative clause between commas is skipped too, and the name inside it is not the subject
  assert.equal(sourceOf('The ministry, which Ana Ruiz leads, claimed that it failed.', 'claimed', ['The ministry', 'Ana Ruiz']), 'The ministry');
  assert.equal(sourceOf('The ministry, led by Ana Ruiz, claimed that it failed.', 'claimed', ['The ministry', 'Ana Ruiz']), null, 'a participle phrase is no aside');
});

test("a participle cue after a comma reports the clause subject's words; a source takes in its name's article and honorific", () => {
  assert.equal(sourceOf('The Green League filed a complaint on Monday, claiming that the vote was rigged.', 'claiming', ['Green League']), 'The Green League');
  assert.equal(sourceOf('Mr. Ruiz praised the plan, calling it a breakthrough.', 'calling', ['Ruiz']), 'Mr. Ruiz');
  assert.equal(sourceOf('In a letter to Ivo Petrak, critics wrote back, asking for calm.', 'asking', ['Ivo Petrak']), null, 'never the object of a preposition');
  assert.equal(sourceOf('Ana Ruiz met the press and left, and nobody was claiming victory.', 'claiming', ['Ana Ruiz']), null, 'no comma right before the cue');
  assert.equal(sourceOf('LIMA — Ana Ruiz opened the talks, saying peace was near.', 'saying', ['LIMA', 'Ana Ruiz']), 'Ana Ruiz', 'not the dateline');
  assert.equal(sourceOf('Former Vice President Ana Ruiz left the talks, saying peace was near.', 'saying', ['Ana Ruiz']), 'Former Vice President Ana Ruiz', 'capitalised titles too');
});

test('a participle after a comma is the subject\'s, not the object\'s the tagger took for the nearest name', () => {
  assert.equal(sourceOf('Ana Ruiz compared Lima to Quito, saying both had failed.', 'saying', ['Ana Ruiz', 'Lima', 'Quito'], 'Quito'), 'Ana Ruiz');
  assert.equal(sourceOf('Ana Ruiz, the mayor, met Ivo Petrak, saying peace was near.', 'saying', ['Ana Ruiz', 'Ivo Petrak'], 'Ivo Petrak'), 'Ivo Petrak', 'no verb right after the subject');
  assert.equal(sourceOf('In Lima, Ana Ruiz met Ivo Petrak, saying peace was near.', 'saying', ['Lima', 'Ana Ruiz', 'Ivo Petrak'], 'Ivo Petrak'), 'Ivo Petrak', 'the subject does not open the sentence');
});

test('a participle opening its sentence, or after a subordinator, reports the words of its clause\'s subject', () => {
  assert.equal(sourceOf('Ana Ruiz sang to the crowd before asking it to vote.', 'asking', ['Ana Ruiz']), 'Ana Ruiz');
  assert.equal(sourceOf('After thanking the crowd, the senator promised to fight on.', 'thanking', ['senator']), 'the senator');
  assert.equal(sourceOf('But while denouncing the deal, Ana Ruiz kept her seat.', 'denouncing', ['Ana Ruiz']), 'Ana Ruiz');
  assert.equal(sourceOf('Conceding that talks may stall, Lima and its allies met again.', 'Conceding', ['Lima', 'Lima and its allies']), 'Lima and its allies', 'the whole mention');
  assert.equal(sourceOf('Denying the report, officials in Lima said nothing.', 'Denying', ['Lima']), null, 'no mention right after the comma');
  assert.equal(sourceOf('After meeting the envoy, Ms. Ruiz left the talks.', 'meeting', ['Ruiz']), 'Ms. Ruiz', 'its title too');
  assert.equal(sourceOf('Ana Ruiz is thanking her staff.', 'thanking', ['Ana Ruiz']), 'Ana Ruiz', 'not an opening: the subject before the cue');
});

test('a cue right after a relative pronoun has the pronoun for a source', () => {
  assert.equal(sourceOf('The data came from the ministry, which reported 300 cases.', 'reported', []), 'which');
  assert.equal(sourceOf('Voters who have repeatedly said the vote was rigged stayed home.', 'said', []), 'who');
  assert.equal(sourceOf('Ana Ruiz, who’s called for new taxes, spoke first.', '’s called for', []), 'who', 'the cue holds the contracted auxiliary');
  assert.equal(sourceOf('Voters who met Ana Ruiz said the vote was rigged.', 'said', []), null, 'not across a verb');
  assert.equal(sourceOf('The law must pass, which is expected soon.', 'is expected', []), null, 'a passive cue reports on its pronoun');
});

test('a passive cue\'s agent after "by" is its source, unless the tagger read it as content', () => {
  const agentOf = (text: string, cue: string, content: string, names: string[]) => {
    const at = (x: string) => makeSpan(text, text.indexOf(x), text.indexOf(x) + x.length);
    const raw: RawAttribution = { type: 'indirect', cue: at(cue), content: [at(content)], source: null, confidence: 0.5 };
    const mentions = names.map((n): Mention => ({ ...at(n), type: 'PERSON', form: /^(?:him|he)$/.test(n) ? 'pronoun' : 'nominal', entity: n }));
    return subjectSources(text, [makeSpan(text, 0, text.length)], mentions, [raw])[0].source?.text ?? null;
  };
  assert.equal(agentOf('Ana Ruiz was criticized by some of her rivals for the cuts.', 'was criticized', 'Ana Ruiz', ['Ana Ruiz', 'her rivals']), 'some of her rivals');
  assert.equal(agentOf('Ana Ruiz has been called a liar by senior judges.', 'has been called', 'a liar', ['Ana Ruiz', 'senior judges']), 'senior judges');
  assert.equal(agentOf('The plan was rejected by him.', 'was rejected', 'The plan', ['him']), 'him');
  assert.equal(agentOf('Ana Ruiz was criticized by her rivals for the cuts.', 'was criticized', 'her rivals for the cuts', ['Ana Ruiz', 'her rivals']), null, 'read as content');
  assert.equal(agentOf('The plan was rejected by a vote he called rigged.', 'was rejected', 'The plan', ['he']), null, 'not a pronoun inside a clause');
  assert.equal(agentOf('Ana Ruiz was criticized, but by 2020 her rivals had left.', 'was criticized', 'Ana Ruiz', ['Ana Ruiz', 'her rivals']), null, 'not past a comma');
});

test('a raising verb\'s subject is not its source: the writer infers the view', () => {
  assert.equal(sourceOf('Ana Ruiz seems to think the vote was rigged.', 'seems', ['Ana Ruiz'], 'Ana Ruiz'), null);
  assert.equal(sourceOf('The measure is expected to pass next week.', 'is expected', ['measure']), null);
  assert.equal(sourceOf('Ana Ruiz appeared to blame the army.', 'appeared', ['Ana Ruiz']), null);
  assert.equal(sourceOf('Ana Ruiz said the vote was rigged.', 'said', ['Ana Ruiz']), 'Ana Ruiz');
});

test('a verb cue after "and" shares the subject that opens the sentence, or the relative pronoun of its clause', () => {
  assert.equal(sourceOf('Ana Ruiz met Ivo Petrak on Monday and argued that talks would fail.', 'argued', ['Ana Ruiz', 'Ivo Petrak']), 'Ana Ruiz');
  assert.equal(sourceOf('The council condemned the test and then pledged to impose sanctions.', 'pledged', ['council']), 'The council');
  assert.equal(sourceOf('The ministry accepted the ruling, but also argued that it came too late.', 'argued', ['ministry']), 'The ministry', '"but" too');
  assert.equal(sourceOf('Crowds cheered the envoys, who toured the port and called for calm.', 'called for', ['Crowds', 'envoys']), 'who');
  assert.equal(sourceOf('Outside the hall Ivo Petrak left and said nothing.', 'said', ['Ivo Petrak']), null, 'the subject does not open the sentence');
  assert.equal(sourceOf("Petrak's campaign bought ads and announced a recount.", 'announced', ['Petrak']), null, 'a possessor is not the subject');
  assert.equal(sourceOf('When asked about Lima, Ivo Petrak smiled and said the talks would go on.', 'said', ['Lima', 'Ivo Petrak']), 'Ivo Petrak', 'after an opening subordinate clause');
  assert.equal(sourceOf('After the vote, in Lima, crowds cheered and said it was over.', 'said', ['Lima']), null, 'no subject right after its comma');
  assert.equal(sourceOf('Ana Ruiz met the envoys, thanking them and praising the deal.', 'praising', ['Ana Ruiz', 'them']), null, 'not a participle');
});

test('a cue followed by a mention that closes the sentence has it for a source: "…, said Ana Ruiz."', () => {
  assert.equal(sourceOf('Talks will resume, noted Peru\'s Ana Ruiz.', 'noted', ['Peru', 'Ana Ruiz']), 'Peru\'s Ana Ruiz', 'with its possessor');
  const text = 'Talks will resume, noted Ana Ruiz.';
  const tagged: RawAttribution = { type: 'indirect', cue: makeSpan(text, 19, 24), content: [makeSpan(text, 25, 33)], source: null, confidence: 0.5 };
  const ruiz: Mention = { ...makeSpan(text, 25, 33), type: 'PERSON', form: 'name', entity: 'e1' };
  const [a] = subjectSources(text, [makeSpan(text, 0, text.length)], [ruiz], [tagged]);
  assert.deepEqual([a.source?.text, a.content.map((c) => c.text)], ['Ana Ruiz', ['Talks will resume']], 'a name the tagger read as content is the source, and the content what comes before');
  assert.equal(sourceOf('Losses would outstrip the gains, said Ruiz.', 'said', ['Ruiz']), 'Ruiz');
  assert.equal(sourceOf('Losses would outstrip the gains, said Ruiz in a report.', 'said', ['Ruiz']), null, 'more follows the mention');
});

test('a time between subject and cue: the subject is the source, and a subject the tagger read as content leaves it', () => {
  assert.equal(sourceOf('Ana Ruiz on Monday rejected the offer.', 'rejected', ['Ana Ruiz']), 'Ana Ruiz');
  assert.equal(sourceOf('Ivo Petrak late on Friday said the border would reopen.', 'said', ['Ivo Petrak']), 'Ivo Petrak');
  const text = 'The ministry late on Friday said the border would reopen.';
  const span = (s: string) => spanOf(text, s);
  const mentions: Mention[] = [{ ...span('The ministry'), type: 'ORG', form: 'nominal', entity: 'e1' }];
  const tagged = (content: string[]): RawAttribution => ({ type: 'indirect', cue: span('said'), content: content.map(span), source: null, confidence: 0.5 });
  const [a] = subjectSources(text, [makeSpan(text, 0, text.length)], mentions, [tagged(['The ministry late', 'the border would reopen'])]);
  assert.equal(a.source?.text, 'The ministry');
  assert.deepEqual(a.content.map((c) => c.text), ['the border would reopen']);
  // a passive cue's subject is what is reported on: it stays content
  const passive = 'Ana Ruiz was criticized by her rivals for the cuts.';
  const p = (s: string) => makeSpan(passive, passive.indexOf(s), passive.indexOf(s) + s.length);
  const raw: RawAttribution = { type: 'indirect', cue: p('was criticized'), content: [p('Ana Ruiz'), p('for the cuts')], source: p('her rivals'), confidence: 0.5 };
  const [b] = subjectSources(passive, [makeSpan(passive, 0, passive.length)], [{ ...p('Ana Ruiz'), type: 'PERSON', form: 'name', entity: 'e1' }], [raw]);
  assert.deepEqual(b.content.map((c) => c.text), ['Ana Ruiz', 'for the cuts']);
});

test('a relative clause or a time after the comma closing an apposition may stand between subject and cue', () => {
  assert.equal(sourceOf('Egypt, which backs the army, has called for talks.', 'has called for', ['Egypt']), 'Egypt');
  assert.equal(sourceOf('The army chief, General Ana Ruiz, on Sunday rejected the truce.', 'rejected', ['Ana Ruiz']), 'General Ana Ruiz');
  // a participle after a relative clause is the main clause's, not the relative's antecedent's
  assert.equal(sourceOf('Ivo Petrak praised Ana Ruiz, who leads the party, saying she had won.', 'saying', ['Ivo Petrak', 'Ana Ruiz']), 'Ivo Petrak');
});

test('a dateline names no source: one the tagger found there gives way to the subject after it', () => {
  const text = 'DOHA, Nov 24 (Meridian Post) - Ana Ruiz urged a truce on Monday, saying aid had stalled.';
  assert.equal(sourceOf(text, 'saying', ['DOHA', 'Meridian Post', 'Ana Ruiz'], 'Meridian Post'), 'Ana Ruiz');
  assert.equal(sourceOf('KYIV (Baltic Wire) - Aid deliveries have collapsed, saying nothing.', 'saying', ['KYIV', 'Baltic Wire'], 'Baltic Wire'), null);
  assert.equal(sourceOf('Ana Ruiz (Lima) said on Monday that aid had stalled.', 'said', ['Ana Ruiz', 'Lima'], 'Ana Ruiz'), 'Ana Ruiz', 'no dateline, the source stays');
});

test('the description before an inverted source that the tagger read as quotation joins the source, when it names the same referent', () => {
  const text = '"We prefer dialogue," the ministry\'s spokeswoman, Lin Jiayi, said.';
  const span = (s: string) => spanOf(text, s);
  const mentions: Mention[] = [
    { ...span("the ministry's spokeswoman"), type: 'PERSON', form: 'nominal', entity: 'e1' },
    { ...span('the ministry'), type: 'ORG', form: 'nominal', entity: 'e2' },
    { ...span('Lin Jiayi'), type: 'PERSON', form: 'name', entity: 'e1' },
  ];
  const raw = (source: string): RawAttribution => ({ type: 'mixed', cue: span('said'), content: [span('"We prefer dialogue," the ministry\'s spokeswoman,')], source: span(source), confidence: 0.5 });
  const [a] = subjectSources(text, [makeSpan(text, 0, text.length)], mentions, [raw('Lin Jiayi')]);
  assert.equal(a.source?.text, "the ministry's spokeswoman, Lin Jiayi,");
  assert.deepEqual(a.content.map((c) => c.text), ['"We prefer dialogue,"']);
  // words that name someone else stay where the tagger put them
  const other = mentions.map((m) => (m.text === 'Lin Jiayi' ? { ...m, entity: 'e3' } : m));
  const [b] = subjectSources(text, [makeSpan(text, 0, text.length)], other, [raw('Lin Jiayi')]);
  assert.equal(b.source?.text, 'Lin Jiayi');
  // a reported clause that merely mentions the speaker is no description: "He will not run, he said"
  const said = 'He will not run again, he said.';
  const he = (from: number): Mention => ({ ...makeSpan(said, said.indexOf(from ? 'he' : 'He', from), said.indexOf(from ? 'he' : 'He', from) + 2), type: 'PERSON', form: 'pronoun', entity: 'e1' });
  const at = said.indexOf('said');
  const clause: RawAttribution = { type: 'indirect', cue: makeSpan(said, at, at + 4), content: [makeSpan(said, 0, 21)], source: makeSpan(said, 23, 25), confidence: 0.5 };
  const [c] = subjectSources(said, [makeSpan(said, 0, said.length)], [he(0), he(10)], [clause]);
  assert.deepEqual([c.source?.text, c.content.map((p) => p.text)], ['he', ['He will not run again']]);
});

test('a source inside a relative clause closing right before the cue gives way to the subject before the clause', () => {
  const text = 'Ana Ruiz, who both opposed the plan, urged talks.';
  assert.equal(sourceOf(text, 'urged', ['Ana Ruiz'], 'both'), 'Ana Ruiz');
  // a cue inside the relative clause keeps the pronoun
  assert.equal(sourceOf('Ana Ruiz, who said talks had failed, left.', 'said', ['Ana Ruiz'], 'who'), 'who');
});

test('the subject of "was quoted as saying" is its source, not content', () => {
  const text = 'Ana Ruiz was quoted as saying that talks had stalled.';
  const span = (s: string) => spanOf(text, s);
  const raw: RawAttribution = { type: 'indirect', cue: span('was quoted as saying'), content: [span('Ana Ruiz'), span('that talks had stalled')], source: null, confidence: 0.5 };
  const mentions: Mention[] = [{ ...span('Ana Ruiz'), type: 'PERSON', form: 'name', entity: 'e1' }];
  const [a] = subjectSources(text, [makeSpan(text, 0, text.length)], mentions, [raw]);
  assert.deepEqual([a.source?.text, a.content.map((c) => c.text)], ['Ana Ruiz', ['that talks had stalled']]);
  // another passive keeps its subject as content: "Ana Ruiz was named envoy"
  const named: RawAttribution = { ...raw, cue: span('was quoted as saying'), content: raw.content };
  const other = 'Ana Ruiz was named envoy on Monday by the board.';
  const o = (s: string) => spanOf(other, s);
  const [b] = subjectSources(other, [makeSpan(other, 0, other.length)], [{ ...o('Ana Ruiz'), type: 'PERSON', form: 'name', entity: 'e1' }], [{ ...named, cue: o('was named'), content: [o('Ana Ruiz'), o('envoy')] }]);
  assert.deepEqual(b.content.map((c) => c.text), ['Ana Ruiz', 'envoy']);
});
