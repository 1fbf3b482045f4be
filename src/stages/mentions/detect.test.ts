import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './run.test-helper.ts';

test('unknown capitalised names are typed by title cues', () => {
  const cases: [string, string, string][] = [
    ['President Ama Mensah opened the session.', 'Ama Mensah', 'PERSON'],
    ['Mr. Tanaka declined to comment.', 'Tanaka', 'PERSON'],
    ['Gov. Rosa Delgado signed the bill.', 'Rosa Delgado', 'PERSON'],
    ['The Ministry of Water Resources denied the report.', 'Ministry of Water Resources', 'ORG'],
    ['A statement from the Zambian Defence Ministry followed.', 'Zambian Defence Ministry', 'ORG'],
    ['Supporters of the Green Renewal Party marched.', 'Green Renewal Party', 'ORG'],
    ['Shelling hit Kherson Oblast overnight.', 'Kherson Oblast', 'GPE'],
    ['Analysts at the Victoria Energy Forum warned of shortages.', 'Victoria Energy Forum', 'ORG'],
    ['The Maria Lopez Trust gave the grant.', 'Maria Lopez Trust', 'ORG'],
  ];
  for (const [text, name, type] of cases) {
    const a = analyse(text, { kb: null, roles: null });
    assert.equal(a.m(name).type, type, text);
    assert.equal(a.m(name).form, 'name', text);
  }
});

test('a title before a name is evidence, not part of the PERSON mention', () => {
  for (const [text, name, norp] of [
    ['Russian Foreign Minister Sergey Lavrov arrived late.', 'Sergey Lavrov', 'Russian'],
    ['Ukrainian President Olena Hrytsenko spoke first.', 'Olena Hrytsenko', 'Ukrainian'],
  ]) {
    const a = analyse(text);
    assert.equal(a.m(name).type, 'PERSON');
    assert.equal(a.m(norp).type, 'NORP', 'the nationality stays a NORP mention, as in OntoNotes');
    assert.ok(!a.mentions.some((m) => m.text.includes('Minister') && m.type === 'PERSON' && m.form === 'name'));
  }
});

test('sentence-initial ordinary capitalised words are not names', () => {
  const texts = [
    'However, the talks went on. Monday was quiet.',
    'Officials said nothing. Meanwhile, prices rose.',
    'Yesterday the envoy left. Analysts doubted it.',
  ];
  for (const text of texts) {
    const names = analyse(text, { kb: null }).mentions.filter((m) => m.form === 'name');
    assert.deepEqual(names.map((m) => m.text), [], text);
  }
});

test('a headline in title case yields only names the actor base knows', () => {
  const a = analyse('Russia Warns Ukraine Over Grain Deal\n\nThe talks resumed.');
  const names = a.mentions.filter((m) => m.form === 'name').map((m) => m.text);
  assert.deepEqual(names, ['Russia', 'Ukraine']);
});

test('collectives: the West, Western nations, European countries, the international community', () => {
  const a = analyse('The West and Western nations disagreed with European countries, and the international community watched.', { kb: null });
  const collectives = a.mentions.filter((m) => m.type === 'COLLECTIVE').map((m) => m.text);
  assert.deepEqual(collectives, ['West', 'Western nations', 'European countries', 'international community']);
  assert.ok(!a.mentions.some((m) => m.text === 'European' && m.type === 'NORP'), 'no NORP inside the collective');
});

test('nominals need a determiner or possessor; bare plurals are enough', () => {
  const a = analyse("The minister met Russia's top diplomat. Officials said the rebels had left. Minister quality matters.", { kb: null });
  const nominals = a.mentions.filter((m) => m.form === 'nominal').map((m) => m.text);
  assert.deepEqual(nominals, ['The minister', "Russia's top diplomat", 'Officials', 'the rebels']);
  const former = analyse('His ex-wife agreed. The ex-minister declined to comment.', { kb: null });
  assert.deepEqual(former.mentions.filter((m) => m.form === 'nominal').map((m) => m.text), ['His ex-wife', 'The ex-minister'], 'a former holder ("ex-")');
});

test('expletive "it" is not a mention; "it" with no organisation or country to refer to is dropped', () => {
  const a = analyse('It is unclear whether the talks will resume. The envoy said it was raining.', { kb: null });
  assert.equal(a.mentions.filter((m) => m.form === 'pronoun' && m.text.toLowerCase() === 'it').length, 0);
});

test('the stage runs without any knowledge and every mention belongs to an entity that lists it', () => {
  const a = analyse('Olena Marchenko said she would resign. Marchenko, a spokeswoman, declined to say more.', { kb: null, roles: null });
  a.mentions.forEach((m, i) => {
    const e = a.entities.find((x) => x.id === m.entity);
    assert.ok(e?.mentions.includes(i), `${m.text} listed by ${m.entity}`);
  });
  assert.ok(a.same('Olena Marchenko', 'she') && a.same('Olena Marchenko', 'Marchenko') && a.same('Marchenko', 'a spokeswoman'));
});

test('a two-part given name after a surname stays in the name; a compound adjective does not', () => {
  const a = analyse('President Lin Chia-lung met Mr. Park Min-seo. The Moscow-led bloc and Kremlin-backed groups objected.', { kb: null, roles: null });
  assert.equal(a.m('Lin Chia-lung').type, 'PERSON');
  assert.equal(a.m('Park Min-seo').form, 'name');
  assert.ok(!a.mentions.some((m) => m.form === 'name' && (m.text.includes('-led') || m.text.includes('-backed'))));
  // the compound describes the noun after it, which heads the mention: "The Moscow-led bloc", not "Moscow"'s
  assert.equal(a.m('The Moscow-led bloc').form, 'nominal');
  const b = analyse("Syria's army-backed government rejected the plan.", { kb: null, roles: null });
  assert.equal(b.m("Syria's army-backed government").type, 'ORG');
  assert.ok(!b.mentions.some((m) => m.text === "Syria's army"));
  // surname first: "Lai" later is the person, not a nationality word ending in -i
  const lai = analyse('President Lai Ching-te spoke on Friday. Critics blamed the Lai administration.', { kb: null, roles: null });
  assert.equal(lai.m('Lai').type, 'PERSON');
  assert.ok(lai.same('Lai Ching-te', 'Lai'));
});

test('"a state of emergency" is a condition, not a country', () => {
  const a = analyse('The government lifted a state of emergency on Sunday. The state said it would appeal.', { kb: null, roles: null });
  assert.ok(!a.mentions.some((m) => m.text === 'a state'));
  assert.ok(a.mentions.some((m) => m.text === 'The state'));
});

test('a plural possessive inside a name and an acronym in brackets after it name one organisation', () => {
  const a = analyse("The Serbian Workers' Union (SSS) called a strike. The SSS said it would continue. Russia's envoy left.", { kb: null, roles: null });
  assert.equal(a.m("Serbian Workers' Union").type, 'ORG');
  assert.ok(a.same("Serbian Workers' Union", 'SSS', 1));
  assert.equal(a.m("Russia's envoy").form, 'nominal', 'a singular possessive still ends the name');
});

test('a month abbreviation that is also a given name starts a name before a surname, not before a date', () => {
  const a = analyse('Jan Kowalczyk said talks would resume on Jan 5.');
  assert.ok(a.mentions.some((m) => m.text === 'Jan Kowalczyk'));
  assert.ok(!a.mentions.some((m) => m.text.startsWith('Jan 5')));
});

test("a sentence's first word before a country is an ordinary word; a country before an unknown word is a mention of its own", () => {
  const a = analyse('Recent Ukraine drone strikes were reported.');
  assert.ok(a.mentions.some((m) => m.text === 'Ukraine'), 'not one name "Recent Ukraine"');
  const b = analyse('Angry villagers saw the Ukraine Predator overhead.');
  assert.ok(b.mentions.some((m) => m.text === 'Ukraine'));
});

test('lower-case particles inside a name belong to it: "al-Burhan", "von der Leyen", "bin Salman"', () => {
  for (const [text, name] of [
    ['General Abdel Fattah al-Burhan rejected the truce.', 'Abdel Fattah al-Burhan'],
    ['Ursula von der Leyen arrived in Kyiv.', 'Ursula von der Leyen'],
    ['Mohammed bin Salman met the envoy.', 'Mohammed bin Salman'],
  ]) {
    const a = analyse(text, { kb: null });
    assert.equal(a.m(name).type, 'PERSON', text);
  }
  // a particle-like word before a lower-case word is no part of a name
  assert.ok(!analyse('Anna Weber de facto ran the party.', { kb: null }).mentions.some((m) => m.text.includes(' de')));
});

test('a portfolio after "of" may be two joined by "and"; another party after "and" is not part of the name', () => {
  for (const name of ['Ministry of Trade and Industry', 'Department of Culture and Tourism', 'Minister of Health and Social Affairs']) {
    const a = analyse(`The ${name} said on Monday that exports rose.`);
    assert.ok(a.mentions.some((m) => m.text === name), `${name}: ${a.mentions.map((m) => m.text)}`);
  }
  const a = analyse('The Ministry of Defence and Russia agreed. The Bank of England and Barclays said rates would fall.');
  const texts = a.mentions.map((m) => m.text);
  assert.ok(texts.includes('Ministry of Defence') && texts.includes('Russia'), `${texts}`);
  assert.ok(texts.includes('Bank of England') && !texts.some((t) => t.endsWith('and Barclays')), `${texts}`);
});

test('a body\'s name runs over a second "of the" and takes the country it names; a title does not', () => {
  const a = analyse('The Ministry of Foreign Affairs of the Republic of Lithuania condemned the arrests. The Secretary of State of the United States agreed.');
  const texts = a.mentions.map((m) => m.text);
  assert.ok(texts.includes('Ministry of Foreign Affairs of the Republic of Lithuania'), `${texts}`);
  assert.ok(!texts.some((t) => t.startsWith('of the')), `${texts}`);
});

test('a known given name inside a run of unknown name words is a middle name; after a place or body it starts a second name', () => {
  for (const name of ['Shafqat Ali Khan', 'Hamid Ali Rao', 'Tariq Maria Osei']) {
    const a = analyse(`Spokesperson ${name} told reporters that the talks were over.`, { kb: null, roles: null });
    assert.equal(a.m(name).text, name);
  }
  const b = analyse('Yesterday Ali Khan told reporters that the talks were over.', { kb: null, roles: null });
  assert.equal(b.m('Ali Khan').text, 'Ali Khan', 'an ordinary word opening the sentence is no name');
  const c = analyse('A lecturer at Arlington University Maria Lopez said the study was flawed.', { kb: null, roles: null });
  assert.equal(c.m('Maria Lopez').text, 'Maria Lopez', 'a body before the given name');
});
