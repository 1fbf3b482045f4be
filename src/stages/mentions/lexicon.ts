import type { Gender } from './pronouns.ts';

/**
 * The small closed word lists mention detection needs besides the actor base. Everything is lower-case and
 * matched against TokenTable.lower. Lists name classes of words, not particular articles.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Honorifics before a name: they make the name a PERSON and often give its gender ("Ms Okafor" → she). */
export const HONORIFICS: ReadonlyMap<string, Gender | undefined> = new Map<string, Gender | undefined>([
  ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'],
  ['sir', 'm'], ['dame', 'f'], ['lord', 'm'], ['lady', 'f'], ['king', 'm'], ['queen', 'f'], ['prince', 'm'],
  ['princess', 'f'], ['sheikh', 'm'], ['sheikha', 'f'], ['dr', undefined], ['dr.', undefined],
  ['prof', undefined], ['prof.', undefined], ['professor', undefined], ['rev', undefined], ['rev.', undefined],
  ['father', 'm'], ['pope', 'm'], ['ayatollah', 'm'], ['imam', 'm'], ['emir', 'm'], ['sultan', 'm'], ['crown', undefined],
]);

/**
 * Words of an office written before a name ("Foreign Minister Sergey Lavrov", "Gen. Valery Gerasimov"). They
 * are stripped off the front of a capitalised run: the PERSON mention is the name, the title is evidence.
 */
export const TITLE_WORDS = set(`
  president vice prime minister deputy foreign defence defense interior finance economy justice health trade
  secretary chancellor premier senator sen. sen representative rep. rep governor gov. gov general gen. gen
  colonel col. lieutenant lt. lt major maj. captain capt. admiral adm. sergeant sgt. commander marshal
  mayor ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chair chief director judge
  justice commissioner attorney speaker leader minority majority opposition house state foreign-minister
  congressman congresswoman lawmaker mp secretary-general president-elect acting former first late
  supreme national security adviser advisor counsel special ceo founder head administrator curator coach
  manager inspector superintendent sheriff detective officer agent pastor bishop archbishop cardinal rabbi
  undersecretary under-secretary executive editor affairs coordinator rapporteur
`);

/** A run ending in one of these names an organisation ("the Russian Defence Ministry", "Hamas's Qassam Brigades"). */
export const ORG_HEADS = set(`
  ministry party council agency army committee union bank forces commission department office court
  parliament assembly congress senate organisation organization corporation company co. corp. corp inc.
  inc ltd ltd. llc group front movement alliance coalition federation association institute university
  college school fund police guard guards navy command service services bureau administration government
  cabinet brigade brigades battalion regiment militia church foundation club network times post journal
  news press tribune herald television radio agency commission authority authorities board mission
  secretariat directorate caucus league institution centre center reserve exchange airlines airways
  motors industries holdings bloc embassy consulate legion corps unit division chiefs force forum trust
  initiative observatory
`);

/** A run ending in one of these names a place ("Kherson Oblast", "the Gaza Strip", "Red Sea"). */
export const PLACE_HEADS = set(`
  city province region oblast island islands republic kingdom state states county district river sea
  ocean strip bank valley mountains mountain peninsula gulf bay coast territory territories emirate emirates
  village town square street avenue airport port border heights plateau basin lake desert
`);

/** Connectors allowed inside a name when both sides are capitalised ("Ministry of Foreign Affairs"). */
export const NAME_CONNECTORS = set(`of for de del la al el bin ben van von der du da and &`);

/** Capitalised words that are not names of people, organisations or places. */
export const NOT_NAMES = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep
  sept oct nov dec today yesterday tomorrow however meanwhile but and or the a an this that these those it
  its he she they we i you his her their our my your there here what when where why how who which
  christmas easter ramadan eid covid-19 covid coronavirus internet web god gmt utc et bst cet ad bc
  read more photo image video update updated editor note advertisement reporting additional
  sept. jan. feb. mar. apr. jun. jul. aug. oct. nov. dec. mon. tue. tues. wed. thu. thurs. fri. sat. sun.
`);

/** Place-introducing prepositions: an unknown capitalised word after them is most often a place ("in Bakhmut"). */
export const PLACE_PREPOSITIONS = set(`in near across outside inside throughout`);

/** Verbs whose subject or object is a person more often than not: "Okafor said", "told Okafor". */
export const PERSON_VERBS = set(`
  said says say told tells added adding stated wrote writes explained argued claimed insisted warned urged
  asked noted acknowledged admitted denied recalled replied responded stressed suggested tweeted posted
  announced declared commented
`);

/**
 * Capitalised words for groups of people by politics, religion or ethnicity, which are NORP like
 * nationalities ("Republicans", "Muslims", "Hispanics"); the actor base adds parties' own adjectives.
 */
export const GROUP_WORDS = set(`
  democrat democrats democratic republican republicans conservative conservatives liberal liberals socialist
  socialists communist communists labourite tory tories muslim muslims christian christians jew jews jewish
  catholic catholics protestant protestants evangelical evangelicals sunni sunnis shia shiite shiites
  hindu hindus sikh sikhs buddhist buddhists hispanic hispanics latino latinos latina latinas arab arabs
  kurd kurds kurdish african-american african-americans asian-american asian-americans
`);
