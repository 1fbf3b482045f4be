import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleWorld, sectorRoles, type FakeRecord } from './fake-kb.test-helper.ts';
import { analyse } from './run.test-helper.ts';

// Invented people with real country codes and dated offices.
const PEOPLE: FakeRecord[] = [
  { id: 'tomas-brenner', name: 'Tomas Brenner', kind: 'person', country: 'NOR', gender: 'm', roles: [{ title: 'Prime Minister of Norway', country: 'NOR', sector: 'GOV', start: '2010-05-11', end: '2016-07-13' }] },
  { id: 'ana-vela', name: 'Ana Vela', kind: 'person', country: 'PER', gender: 'f', roles: [{ title: 'President of Peru', country: 'PER', sector: 'GOV', start: '2001-01-01', end: '2007-01-01' }] },
  { id: 'omar-idris-haddad', name: 'Omar Idris Haddad', kind: 'person', country: 'SYR', gender: 'm', roles: [{ title: '', country: 'SYR', sector: 'GOV', start: '1993-10-16', end: '2019-04-11' }] },
  { id: 'karim-haddad', name: 'Karim Haddad', kind: 'person', country: 'IRQ', gender: 'm', roles: [{ title: '', country: 'IRQ', sector: 'GOV', start: '1980-01-01', end: '2030-01-01' }] },
  { id: 'lena-ortiz', name: 'Lena Ortiz', kind: 'person', country: 'CHL', gender: 'f', roles: [{ title: 'Chilean Foreign Minister', country: 'CHL', sector: 'GOV', start: '2009-01-01', end: '2013-01-01' }] },
  { id: 'yusuf-haddad', name: 'Yusuf Haddad', kind: 'person', country: 'NOR', gender: 'm', roles: [{ title: 'King of Norway', country: 'NOR', sector: 'GOV', start: '1961-03-03', end: '1999-07-23' }] },
];
const world = (date: string) => ({ kb: roleWorld(PEOPLE), roles: sectorRoles, date });
const code = (a: ReturnType<typeof analyse>, text: string) => {
  const actor = a.m(text).actor;
  return actor ? `${actor.country} ${actor.sector ?? '-'}` : 'none';
};

test('an office before a name the base lacks codes the person from the text', () => {
  const cases: [string, string, string][] = [
    ['Malian President Lamin Touray opened the summit.', 'Lamin Touray', 'MLI GOV'],
    ['Kenyan General Avi Koren toured the base.', 'Avi Koren', 'KEN MIL'],
    ['Japan\'s foreign minister Chen Weilun flew home.', 'Chen Weilun', 'JPN GOV'],
  ];
  for (const [text, name, expected] of cases) assert.equal(code(analyse(text, world('2010-01-01')), name), expected, text);
});

test('two unknown officials of one country keep apart: their ids carry their names', () => {
  const a = analyse('Malian President Lamin Touray met Malian Prime Minister Awa Ceesay.', world('2010-01-01'));
  assert.notEqual(a.m('Lamin Touray').actor?.id, a.m('Awa Ceesay').actor?.id);
  assert.ok(!a.same('Lamin Touray', 'Awa Ceesay'));
});

test('the office in the text wins over the base\'s record for the article date', () => {
  // On the date the base has Ana Vela out of office; the text calls her president.
  const now = analyse('President Ana Vela said the vote would go ahead.', world('2010-01-01'));
  assert.equal(code(now, 'Ana Vela'), 'PER GOV');
  const surname = analyse('President Vela said the vote would go ahead.', world('2010-01-01'));
  assert.equal(surname.m('Vela').actor?.id, 'ana-vela', 'a surname with the office finds the one who held it');
});

test('"former" and "deposed" make the office a past one (PLOVER elite)', () => {
  for (const text of ['Former Prime Minister Tomas Brenner spoke.', 'Deposed Prime Minister Tomas Brenner fled.', 'He met former Prime Minister Tomas Brenner.']) {
    assert.equal(code(analyse(text, world('2012-01-01')), 'Tomas Brenner'), 'NOR ELI', text);
  }
});

test('a description before a known name does not overrule the base', () => {
  for (const date of ['2012-01-01', '2020-01-01']) {
    const a = analyse('Voters backed candidate Tomas Brenner.', world(date));
    assert.notEqual(a.m('Tomas Brenner').actor?.sector, 'PTY', `"candidate" is not an office (${date})`);
  }
  assert.equal(code(analyse('Voters backed candidate Tomas Brenner.', world('2012-01-01')), 'Tomas Brenner'), 'NOR GOV');
});

test('a country in the possessive or after "of" gives an office or institution its country', () => {
  const a = analyse("Peru's Senate voted on Friday. The Czech Republic's Constitutional Court ruled. King Haddad of Norway arrived.", world('1990-01-01'));
  assert.equal(code(a, 'Senate'), 'PER LEG');
  assert.equal(code(a, 'Constitutional Court'), 'CZE JUD');
  assert.equal(a.m('Haddad').actor?.id, 'yusuf-haddad', 'of three Haddads, the one of Norway');
});

test('a name written without its middle name is the base\'s fuller name', () => {
  const a = analyse('Omar Haddad rejected the accord.', world('2000-01-01'));
  assert.equal(a.m('Omar Haddad').actor?.id, 'omar-idris-haddad');
  const other = analyse('Omar Sayed rejected the accord.', world('2000-01-01'));
  assert.equal(other.m('Omar Sayed').actor, undefined, 'the first name alone is no match');
});

test('a role with a possessor country and no holder in the base is that country\'s office', () => {
  const a = analyse("Slovenia's prime minister resigned. Mali's lawmakers voted.", world('2010-01-01'));
  assert.equal(code(a, "Slovenia's prime minister"), 'SVN GOV');
  assert.equal(code(a, "Mali's lawmakers"), 'MLI LEG');
});

test('offices the base writes with their country ("Prime Minister of Norway", "Chilean Foreign Minister") are found from the text', () => {
  const a = analyse("Norway's prime minister met Chile's top diplomat.", world('2012-01-01'));
  assert.equal(a.m("Norway's prime minister").actor?.id, 'tomas-brenner');
  assert.equal(a.m("Chile's top diplomat").actor?.id, 'lena-ortiz');
  const later = analyse("Norway's prime minister spoke.", world('2020-01-01'));
  assert.notEqual(later.m("Norway's prime minister").actor?.id, 'tomas-brenner', 'not on a date outside the term');
});

test('a hyphenated office with no name after it is a title, not a name: "the Secretary-General"', () => {
  for (const text of ['The Secretary-General said so.', 'Lena Ortiz, the NATO Secretary-General, said so.', 'The Under-Secretary-General arrived.']) {
    const a = analyse(text, world('2010-01-01'));
    assert.ok(!a.mentions.some((m) => m.text.startsWith('-') || m.text === 'General'), text);
  }
});

test("an international body's office in apposition makes its holder the body's, whatever nationality the base gives", () => {
  const un: FakeRecord = { id: 'UN', name: 'United Nations', kind: 'organisation', country: 'UNO', aliases: ['UN'] };
  const roles = { isRoleNoun: (n: string) => n.endsWith('coordinator'), sectorOf: (n: string) => (n === 'relief coordinator' || n === 'humanitarian coordinator' ? 'GOV' : undefined) };
  const kb = roleWorld([...PEOPLE, un]);
  const spelled = analyse('Lena Ortiz, the United Nations Relief Coordinator, asked for access.', { kb, roles, date: '2020-01-01' });
  assert.equal(code(spelled, 'Lena Ortiz'), 'UNO GOV', 'a capitalised office after the body is a title, not a name');
  const lower = analyse('Ivo Petrak, the UN humanitarian coordinator, asked for access.', { kb, roles, date: '2020-01-01' });
  assert.equal(code(lower, 'Ivo Petrak'), 'UNO GOV', 'an unknown name takes the office too');
  const named = analyse('UN Relief Coordinator Lena Ortiz arrived.', { kb, roles, date: '2020-01-01' });
  assert.ok(named.mentions.some((m) => m.text === 'Lena Ortiz'), 'a name after the office stays a name');
});

test('a title modifier alone strips no title: "National Day" is no person "Day"', () => {
  const a = analyse('Ana Vela gave her National Day address. National Security Adviser Omar Idris Haddad listened.', world('2005-01-01'));
  assert.ok(!a.mentions.some((m) => m.text === 'Day' && m.type === 'PERSON'));
  assert.ok(a.mentions.some((m) => m.text === 'Omar Idris Haddad'), 'a full office before a name is still a title');
});
