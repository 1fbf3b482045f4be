import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeActorBase, roleWorld, sectorRoles, WORLD, type FakeRecord } from './fake-kb.test-helper.ts';
import { oneEditApart } from '../../knowledge/actors/normalize.ts';
import { analyse } from './run.test-helper.ts';

// Invented people with real country codes.
const PEOPLE: FakeRecord[] = [
  { id: 'marta-kovalenko', name: 'Marta Kovalenko', kind: 'person', country: 'NOR', gender: 'f', roles: [{ title: 'Prime Minister', country: 'NOR', sector: 'GOV', start: '2001-01-01' }] },
  { id: 'jonas-hallberg', name: 'Jonas Hallberg', kind: 'person', country: 'NOR', gender: 'm', roles: [{ title: 'Foreign Minister', country: 'NOR', sector: 'GOV', start: '2001-01-01' }] },
  { id: 'jonas-hallborg', name: 'Jonas Hallborg', kind: 'person', country: 'CHL', gender: 'm', roles: [{ title: 'Senator', country: 'CHL', sector: 'LEG', start: '2001-01-01' }] },
];
const world = { kb: roleWorld(PEOPLE), roles: sectorRoles, date: '2010-01-01' };
const code = (a: ReturnType<typeof analyse>, text: string) => {
  const actor = a.m(text).actor;
  return actor ? `${actor.country} ${actor.sector ?? '-'}` : 'none';
};

test('a lower-case description right before a name titles it and both are one person', () => {
  const cases: [string, string, string, string][] = [
    ['Kenyan junior foreign minister Ali Wekesa summoned the envoy.', 'Kenyan junior foreign minister', 'Ali Wekesa', 'KEN GOV'],
    ['Peruvian deputy defence minister Rosa Quispe resigned on Friday.', 'Peruvian deputy defence minister', 'Rosa Quispe', 'PER GOV'],
    ['The Syrian army general Omar Tlass said the talks had failed.', 'The Syrian army general', 'Omar Tlass', 'SYR MIL'],
  ];
  for (const [text, description, name, expected] of cases) {
    const a = analyse(text, world);
    assert.equal(code(a, name), expected, text);
    assert.ok(a.same(description, name), text);
    assert.ok(a.m(name).actor?.id.includes('-'), `a person id, not the government's: ${text}`);
  }
});

test('a state\'s envoy to an intergovernmental body is the state\'s, not the body\'s', () => {
  const a = analyse("Norway's UN diplomat said the vote was close. UN observers arrived later.", world);
  assert.equal(code(a, "Norway's UN diplomat"), 'NOR GOV');
  assert.equal(code(a, 'UN observers'), 'UNO GOV');
});

test('a surname one letter off is the base\'s person when the first name agrees and only one fits', () => {
  assert.equal(analyse('Marta Kovalenco met the press.', world).m('Marta Kovalenco').actor?.id, 'marta-kovalenko');
  assert.equal(analyse('Marta Kovalneko met the press.', world).m('Marta Kovalneko').actor?.id, 'marta-kovalenko', 'two letters swapped');
  // Hallberg and Hallborg are both one edit from "Hallburg": no guess.
  assert.equal(analyse('Jonas Hallburg met the press.', world).m('Jonas Hallburg').actor, undefined);
  // Another first name is another person.
  assert.equal(analyse('Maria Kovalenco met the press.', world).m('Maria Kovalenco').actor, undefined);
});

test('one edit: insertion, deletion, substitution, adjacent swap; never two', () => {
  assert.ok(oneEditApart('mitterand', 'mitterrand'));
  assert.ok(oneEditApart('bouteflicka', 'bouteflika'));
  assert.ok(oneEditApart('hallberg', 'hallborg'));
  assert.ok(oneEditApart('kovalneko', 'kovalenko'));
  assert.ok(!oneEditApart('kovalenko', 'kovalenko'));
  assert.ok(oneEditApart('nebenzia', 'nebenzya'));
  assert.ok(oneEditApart('vassily', 'vasily'));
  assert.ok(!oneEditApart('nebenzia', 'nebensya'));
});

test('a group with no country of its own takes the country its post-modifier or the sentence places it in', () => {
  const cases: [string, string, string][] = [
    ['Refugees fleeing the fighting in Kenya crossed the border.', 'Refugees', 'KEN REF'],
    ['Rebels loyal to Peru\'s former army chief seized the town.', 'Rebels', 'PER REB'],
    ['A newspaper based in Lima said the vote was rigged.', 'A newspaper', 'PER JRN'],
    ['Protesters clashed with police in Mosul on Sunday.', 'Protesters', 'IRQ CVL'],
  ];
  for (const [text, group, expected] of cases) assert.equal(code(analyse(text, world), group), expected, text);
});

test('in a story that names one country, a group placed nowhere else is of that country', () => {
  assert.equal(code(analyse('Peruvian police dispersed protesters on Monday.', world), 'protesters'), 'PER CVL');
  assert.equal(code(analyse('Peruvian police and Kenyan troops dispersed protesters.', world), 'protesters'), 'none', 'two countries');
  assert.equal(code(analyse('Kenya protested. Peruvian police dispersed protesters.', world), 'protesters'), 'none', 'two countries in the story');
  assert.equal(code(analyse('Police fired on Muslim protesters in Lima.', world), 'Muslim protesters'), 'PER CVL', 'a religion names no state');
});

test('an unknown titled person takes the one country the story names as an actor or topic', () => {
  assert.equal(code(analyse('Trade Minister Ali Wekesa said Kenya would open its markets.', world), 'Ali Wekesa'), 'KEN GOV');
  assert.equal(code(analyse('Trade Minister Ali Wekesa met the Peruvian envoy.', world), 'Ali Wekesa'), 'none', "another person's nationality");
  assert.equal(code(analyse('Trade Minister Ali Wekesa arrived in Lima on Monday.', world), 'Ali Wekesa'), 'none', 'a place he visits');
  assert.equal(code(analyse('Trade Minister Ali Wekesa said tariffs hurt Kenya more than Peru.', world), 'Ali Wekesa'), 'none', 'two countries');
  assert.equal(code(analyse('Mosul, May 4 - Trade Minister Ali Wekesa said tariffs would rise.', world), 'Ali Wekesa'), 'none', 'where the story was filed');
  assert.equal(code(analyse('Mosul, May 4 - Trade Minister Ali Wekesa said Kenya would open its markets.', world), 'Ali Wekesa'), 'KEN GOV', 'a dateline is no second country');
});

test('no context country when the sentence places things in two countries, or for state sectors', () => {
  assert.equal(code(analyse('Protesters marched in Lima and in Quito.', world), 'Protesters'), 'none');
  assert.equal(code(analyse('Officials met in Lima on Monday.', world), 'Officials'), 'none');
  // "Kenyan refugees in Peru" keep their own country
  assert.equal(code(analyse('Kenyan refugees in Peru protested.', world), 'Kenyan refugees'), 'KEN REF');
});

test('an office written with its seat and an alternative title is found from "the Kremlin spokesman"', () => {
  const spokesman: FakeRecord = {
    id: 'oleg-sarin', name: 'Oleg Sarin', kind: 'person', country: 'RUS', gender: 'm',
    roles: [{ title: 'Kremlin spokesman (Press Secretary of the President of Russia)', country: 'RUS', sector: 'GOV', start: '2015-01-01' }],
  };
  const kb = fakeActorBase([...WORLD, spokesman]);
  const later = analyse('The Kremlin said it would not attend. The Kremlin spokesman told reporters that Russia wanted guarantees.', { kb, date: '2020-05-01' });
  assert.equal(later.m('The Kremlin spokesman').actor?.id, 'oleg-sarin');
  const before = analyse('The Kremlin said it would not attend. The Kremlin spokesman told reporters that Russia wanted guarantees.', { kb, date: '2010-05-01' });
  assert.notEqual(before.m('The Kremlin spokesman').actor?.id, 'oleg-sarin', 'not before he took office');
  // "a Kremlin spokesman" is one of the press office, unnamed: not the office holder
  const unnamed = analyse('The Kremlin said it would not attend. A Kremlin spokesman told reporters that Russia wanted guarantees.', { kb, date: '2020-05-01' });
  assert.notEqual(unnamed.m('A Kremlin spokesman').actor?.id, 'oleg-sarin');
});

test('a description in apposition after an unknown name codes the person, as one before it does', () => {
  const a = analyse("Ali Wekesa, Kenya's leading deputy minister, resigned on Friday.", world);
  assert.equal(code(a, 'Ali Wekesa'), 'KEN GOV');
  assert.ok(a.m('Ali Wekesa').actor?.id.endsWith('-ali-wekesa'));
  assert.ok(a.same('Ali Wekesa', "Kenya's leading deputy minister"));
});

test('"the UN chief" and "the head of the agency" are the person heading that organisation on the date', () => {
  const un: FakeRecord = { id: 'UN', name: 'United Nations', kind: 'organisation', country: 'UNO', aliases: ['UN'] };
  const watchdog: FakeRecord = { id: 'WATCH', name: 'Atomic Watchdog Agency', kind: 'organisation', country: 'UNO', aliases: ['Atomic Watchdog'] };
  const people: FakeRecord[] = [
    { id: 'lena-ortiz', name: 'Lena Ortiz', kind: 'person', country: 'CHL', gender: 'f', roles: [{ title: 'UN Secretary-General', country: 'UNO', sector: 'GOV', start: '2017-01-01', org: 'UN' }] },
    { id: 'ivo-petrak', name: 'Ivo Petrak', kind: 'person', country: 'CZE', gender: 'm', roles: [{ title: 'Spokesman for the UN Secretary-General', country: 'UNO', sector: 'GOV', start: '2017-01-01', org: 'UN' }] },
    { id: 'ana-vela', name: 'Ana Vela', kind: 'person', country: 'PER', gender: 'f', roles: [{ title: 'Director General of the Atomic Watchdog Agency', country: 'UNO', sector: 'GOV', start: '2019-01-01', org: 'WATCH' }] },
  ];
  const kb = fakeActorBase([...WORLD.filter((r) => r.id !== 'UN'), un, watchdog, ...people]);
  const a = analyse('The UN chief warned of famine. The head of the Atomic Watchdog said inspectors were blocked.', { kb, date: '2020-01-01' });
  assert.equal(a.m('The UN chief').actor?.id, 'lena-ortiz', 'the Secretary-General, not her spokesman');
  assert.equal(a.m('The head').actor?.id, 'ana-vela');
  assert.notEqual(analyse('The head of the Atomic Watchdog said so.', { kb, date: '2018-01-01' }).m('The head').actor?.id, 'ana-vela', 'not before she took office');
});

test('an unknown association tied to no country is an NGO; one with a country adjective is that country\'s', () => {
  const a = analyse('The Association of Andean Jurists objected. The Peruvian Workers Federation marched.', world);
  assert.equal(a.m('Association of Andean Jurists').actor?.country, 'NGO');
  assert.equal(code(a, 'Peruvian Workers Federation'), 'PER LAB', "a named body with a country is that country's, its members' noun giving the sector");
});

test("a people's leaders and elders are elites; an association's members give its sector; 'opposition' makes a group the opposition", () => {
  const quechua: FakeRecord = { id: 'people-quechua', name: 'Quechua', kind: 'collective', country: 'PER', sector: 'CVL', adjectives: ['Quechua'] };
  const roles = { isRoleNoun: (n: string) => ['elders', 'villagers', 'leaders', 'lawyers', 'candidates', 'lawmakers'].includes(n), sectorOf: (n: string) => ({ elders: 'CVL', villagers: 'CVL', leaders: 'GOV', lawyers: 'JUD', candidates: 'PTY', lawmakers: 'LEG' } as Record<string, string>)[n] };
  const a = analyse('Quechua elders met Quechua villagers. The Association of Andean Lawyers objected.', { kb: roleWorld([quechua]), roles, date: '2010-01-01' });
  assert.equal(code(a, 'Quechua elders'), 'PER ELI');
  assert.equal(code(a, 'Quechua villagers'), 'PER CVL', 'its people stay civilians');
  assert.equal(code(a, 'Association of Andean Lawyers'), 'NGO JUD');
  const b = analyse('Peruvian opposition candidates and Peruvian lawmakers met.', { kb: roleWorld(), roles, date: '2010-01-01' });
  assert.equal(code(b, 'Peruvian opposition candidates'), 'PER OPP');
  assert.equal(code(b, 'Peruvian lawmakers'), 'PER LEG');
});

test('a national body named "Ministry of X" takes the sector of "X ministry"; "Joint Chiefs of Staff" is one body', () => {
  const roles = { isRoleNoun: (n: string) => ['defence ministry', 'joint chiefs of staff'].includes(n), sectorOf: (n: string) => ({ 'defence ministry': 'MIL', 'joint chiefs of staff': 'MIL' } as Record<string, string>)[n] };
  const a = analyse("The Peruvian Ministry of Defence said so. Kenya's Joint Chiefs of Staff agreed.", { kb: roleWorld(), roles, date: '2010-01-01' });
  assert.equal(code(a, 'Peruvian Ministry of Defence'), 'PER MIL');
  assert.ok(a.mentions.some((m) => m.text === 'Joint Chiefs of Staff' && m.type === 'ORG'), 'not the person "Joint Chiefs" and the person "Staff"');
});

test('a titled name takes the country of the body its apposition names, before any other country in the story', () => {
  const a = analyse("Kenya's army chief, General Ali Wekesa, rejected a U.S.-backed truce.", world);
  assert.equal(code(a, 'Ali Wekesa'), 'KEN MIL');
});

test('an envoy "in" or "to" a capital is not that country\'s: the possessor says whose', () => {
  const a = analyse("Norway's ambassador in Santiago, Jonas Hallberg, said the talks went well.", world);
  assert.ok(a.same("Norway's ambassador", 'Jonas Hallberg'));
  assert.notEqual(a.m('Jonas Hallberg').actor?.country, 'CHL');
});
