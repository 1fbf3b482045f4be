import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleWorld, sectorRoles } from './fake-kb.test-helper.ts';
import { analyse } from './run.test-helper.ts';

const world = { kb: roleWorld(), roles: sectorRoles, date: '2024-05-01' };
const code = (a: ReturnType<typeof analyse>, text: string, n = 0) => {
  const actor = a.m(text, n).actor;
  return actor ? `${actor.country} ${actor.sector ?? '-'}` : 'none';
};

test('a nationality before a role noun is one mention of that country\'s group, coded by the role', () => {
  const cases: [string, string, string][] = [
    ['Dutch troops left the base at dawn.', 'Dutch troops', 'NLD MIL'],
    ['Four Kenyan soldiers were hurt in the ambush.', 'Four Kenyan soldiers', 'KEN MIL'],
    ['Chilean riot police cleared the square.', 'Chilean riot police', 'CHL COP'],
    ['The bus took Syrian civilians to the border.', 'Syrian civilians', 'SYR CVL'],
    ['A Peruvian diplomat was expelled.', 'A Peruvian diplomat', 'PER GOV'],
    ['Two U.S. servicemen were rescued at sea.', 'Two U.S. servicemen', 'USA MIL'],
  ];
  for (const [text, span, expected] of cases) {
    const a = analyse(text, world);
    assert.equal(code(a, span), expected, text);
    assert.equal(a.m(span).form, 'nominal', text);
  }
});

test('the nationality inside the group stays a mention of the state', () => {
  const a = analyse('Dutch troops left the base.', world);
  assert.equal(a.m('Dutch').type, 'NORP');
  assert.equal(code(a, 'Dutch'), 'NLD -');
  assert.ok(!a.same('Dutch', 'Dutch troops'));
});

test('the tagger\'s reading of the next word does not stretch the group past its role', () => {
  // A verb after a plural ("police fired") is often tagged as a noun; the role ends the phrase.
  const a = analyse('Kenyan police fired tear gas at the march.', world);
  assert.equal(code(a, 'Kenyan police'), 'KEN COP');
  assert.ok(!a.mentions.some((m) => m.text.startsWith('Kenyan police fired')));
});

test('after a country name only the role itself makes a group: no group from a verb and its object', () => {
  const a = analyse('Peru attacks rebels in the jungle. Chile mobilized soldiers.', world);
  assert.ok(!a.mentions.some((m) => m.text.includes('attacks')), a.mentions.map((m) => m.text).join(' | '));
  assert.ok(!a.mentions.some((m) => m.text.startsWith('Chile mobilized')));
  assert.equal(code(a, 'Peru'), 'PER -');
});

test('an intergovernmental body before a role gives its own code with the role\'s sector', () => {
  const a = analyse('UN peacekeepers patrolled the buffer zone.', world);
  assert.equal(code(a, 'UN peacekeepers'), 'UNO MIL');
});

test('members of an armed group, party or NGO are coded as the organisation', () => {
  const a = analyse('Hamas fighters crossed the fence. Oxfam workers reached the camp.', world);
  assert.equal(a.m('Hamas fighters').actor?.id, 'HAMAS');
  assert.equal(a.m('Oxfam workers').actor?.id, 'OXFAM');
  assert.ok(!a.same('Hamas fighters', 'Hamas'), 'the fighters are not the organisation\'s own mention');
});

test('a nationality before a people is that state\'s community, and a plural nationality its civilians', () => {
  const a = analyse('Syrian Kurds voted on Sunday. Croatian Serbs boycotted the census. Peruvians queued for hours.', world);
  assert.equal(code(a, 'Syrian Kurds'), 'SYR CVL');
  assert.equal(code(a, 'Croatian Serbs'), 'HRV CVL');
  assert.equal(code(a, 'Peruvians'), 'PER CVL');
  assert.equal(a.m('Croatian Serbs').type, 'NORP');
});

test('a group located by a preposition or named after a region takes that country', () => {
  const a = analyse('Rebels from Kivu ambushed a convoy. Later Kivu rebels withdrew.', world);
  assert.equal(code(a, 'Rebels'), 'COD REB');
  assert.equal(code(a, 'Kivu rebels'), 'COD REB');
});

test('hyphenated names split by the segmenter still match their aliases', () => {
  const a = analyse('A leader of al-Qaeda was killed. Troops entered Guinea-Bissau.', world);
  assert.equal(a.m('al-Qaeda').actor?.id, 'AL-QAEDA');
  assert.equal(a.m('Guinea-Bissau').actor?.id, 'GNB', 'not Guinea');
});

test('an ethnic community is coded by the country it lives in, when the text says so', () => {
  const a = analyse('Ethnic Hungarians in western Romania held a vote. The Hungarians of Romania boycotted it. Hungarians in Peru left.', world);
  assert.equal(code(a, 'Hungarians', 0), 'ROU CVL');
  assert.equal(code(a, 'Hungarians', 1), 'ROU CVL');
  assert.equal(code(a, 'Hungarians', 2), 'HUN CVL', 'without "ethnic", "in" is where they are, not who they are');
  const later = analyse('Police shot two ethnic Hungarians in a raid in southern Romania. Ethnic Hungarians in Hungary voted.', world);
  assert.equal(code(later, 'Hungarians', 0), 'ROU CVL', 'the place may come later in the clause');
  assert.equal(code(later, 'Hungarians', 1), 'HUN CVL', 'in their own country they stay its civilians');
});

test('nationalities coordinated before one role share it', () => {
  const a = analyse('Chilean and Peruvian troops joined the drill. Dutch, Kenyan and Malian soldiers stayed.', world);
  assert.equal(code(a, 'Peruvian troops'), 'PER MIL');
  assert.equal(code(a, 'Chilean'), 'CHL MIL', 'the first conjunct stands for the Chilean troops');
  assert.equal(code(a, 'Dutch'), 'NLD MIL');
  assert.equal(code(a, 'Kenyan'), 'KEN MIL');
  const alone = analyse('Chilean wine and Peruvian troops arrived.', world);
  assert.equal(code(alone, 'Chilean'), 'CHL -', 'not across another noun');
});

test('an organisation placed "based in" a country takes it; troops "stationed in" one do not', () => {
  const a = analyse('A militia based in Mali claimed the raid. Troops stationed in Mali withdrew.', world);
  assert.equal(code(a, 'A militia'), 'MLI UAF');
  assert.equal(code(a, 'Troops'), 'none', 'soldiers abroad are rarely the host country\'s');
});

test('state media speak for the government', () => {
  const a = analyse('An official Kenyan newspaper praised the plan. A Kenyan newspaper criticised it.', world);
  assert.equal(code(a, 'An official Kenyan newspaper'), 'KEN GOV');
  assert.equal(code(a, 'A Kenyan newspaper'), 'KEN JRN');
});

test('a noun written before an organisation\'s name describes it and is no mention of its own', () => {
  const a = analyse('The militant Hamas issued a statement. The rebels later denied it.', { kb: roleWorld(), roles: sectorRoles });
  assert.ok(!a.mentions.some((m) => m.text === 'The militant'));
  assert.equal(a.m('Hamas').actor?.id, 'HAMAS');
  assert.equal(a.m('The rebels').form, 'nominal', 'a plural noun on its own still is');
});

test('a people tied to one state gives its members that state\'s code', () => {
  const kb = roleWorld([{ id: 'people-kikuyu', name: 'Kikuyu', kind: 'collective', country: 'KEN', sector: 'CVL', aliases: [], adjectives: ['Kikuyu', 'Kikuyus'] }]);
  const a = analyse('Kikuyu refugees crossed the border. The Kikuyus protested.', { kb, roles: sectorRoles });
  assert.equal(a.m('Kikuyu refugees').actor?.country, 'KEN');
  assert.equal(a.m('Kikuyu refugees').actor?.sector, 'REF');
  assert.equal(a.m('Kikuyus').actor?.country, 'KEN');
  // a people holds no state office: its lawmakers and officials are elites
  assert.equal(analyse('Kikuyu lawmakers walked out.', { kb, roles: sectorRoles }).m('Kikuyu lawmakers').actor?.sector, 'ELI');
  assert.equal(analyse('Kenyan lawmakers walked out.', { kb, roles: sectorRoles }).m('Kenyan lawmakers').actor?.sector, 'LEG');
});

test("a nationality before civilians' homes or property stands for the country's civilians", () => {
  const a = analyse('Troops demolished Peruvian homes and shelled Kenyan villages. Peruvian officials protested.', world);
  assert.equal(code(a, 'Peruvian', 0), 'PER CVL');
  assert.equal(code(a, 'Kenyan'), 'KEN CVL');
  assert.equal(code(a, 'Peruvian officials'), 'PER GOV');
  assert.equal(code(analyse('Peruvian territory was shelled.', world), 'Peruvian'), 'PER -');
});

test('a common noun older style capitalises still carries the role: "Peruvian Web sites"', () => {
  const roles = { isRoleNoun: (n: string) => n === 'web sites', sectorOf: (n: string) => (n === 'web sites' ? 'JRN' : undefined) };
  const a = analyse('Hackers defaced Peruvian Web sites.', { kb: roleWorld(), roles, date: '2010-01-01' });
  assert.equal(code(a, 'Peruvian Web sites'), 'PER JRN');
});

test('a community the base does not list is placed by where it lives: "the Sikhs of Kenya"', () => {
  const a = analyse('The Sikhs of Kenya protested. Police met ethnic Kurds in southern Peru.', world);
  assert.equal(code(a, 'Sikhs'), 'KEN CVL');
  assert.equal(code(a, 'Kurds'), 'PER CVL');
});
