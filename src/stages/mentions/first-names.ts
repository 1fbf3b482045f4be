import type { Gender } from './pronouns.ts';

/**
 * Common given names by gender, for people the actor base does not know ("Olena Marchenko … she"). A
 * small list on purpose: it only has to cover the first names that recur in international political news;
 * a name missing here leaves the gender open, which the resolver handles by recency and salience.
 */
const MALE = `
  aaron abdul abdullah abdel abu adam ahmad ahmed alan albert aleksandr aleksei alex alexander alexandre alexei
  alexey ali alistair amir andrew andrei andrey andriy anthony antonio antony arnold arseniy arthur ashraf
  barack ben benjamin benny bernard bernie bill bob boris brian bruce carl carlos charles chris christian
  christopher chuck colin daniel david dennis denis dmitri dmitry dmytro donald douglas ed edward emmanuel
  eric erik emil evgeny fabio fernando francis francisco frank franz friedrich gabriel gary george gerhard
  gordon greg gregory hamid hans harold harry hassan hector heinz henry hugo hussein ibrahim igor ilya imran
  isaac ivan jack jacob jake james jamie jan javier jean jeff jeffrey jens jeremy jerome jim jimmy joe joel
  johann john jon jonathan jorge jose joseph juan julian justin karl keir kevin khalid kim klaus kurt larry
  lee leo leon lloyd louis luis mahmoud mahmoud marco marcus mark martin matteo matthew max michael miguel
  mike mikhail mohamed mohammad mohammed muhammad mykola mykhailo narendra nicholas nick nicolas nikolai
  nikolay oleg oleksandr oleksii olaf omar oscar otto pablo patrick paul pedro peter petro petr philip
  pierre rafael ralph ramzan raymond recep rex richard rick robert roberto roger roman ron ronald rudolf
  rustem ryan saddam salman sam samuel sanjay scott sebastian serge sergei sergey sergiy sergiy simon stanislav
  stephen steve steven stuart taras ted theodore thomas tim timothy tom tony valery vasily victor
  viktor vitali vitaliy vladimir vladislav volodymyr walter wang william xi yair yevgeny yossi yuri yury ilham
  zbigniew
`;
const FEMALE = `
  alexandra alice alina allison amanda amy ana anastasia angela angelina ann anna anne annalena annette
  barbara beata betty brenda carla carol caroline catherine charlotte chrystia claire claudia cristina
  daria deborah diana donna dorothy elena elisabeth elizabeth ella ellen elvira emily emma eva evelyn
  fiona frances françoise gabriela giorgia gloria hanna hannah helen helga hillary ingrid irina
  iryna isabel jacinda jane janet jennifer jessica jill joan joanna josephine judith julia julie kamala
  karen kate katherine kathleen kaja katarina katrin kristalina laura lena linda lisa liz louise lucy
  lydia madeleine maia margaret margarethe maria marie marina marine martha mary melania melissa mette
  michelle mirjana monica nadia nancy natalia natalie nataliya natasha nicola nikki nina olena olga
  oksana patricia paula pauline priti rachel rebecca rita rosa ruth sahra sandra sanna sarah sharon sheila
  sophie stephanie susan svetlana tamara tanya tatiana tatyana theresa ursula valentina valeria vera
  victoria viktoria virginia wendy xiomara yelena yulia yuliia zainab
`;

const GENDER = new Map<string, Gender>();
for (const w of MALE.trim().split(/\s+/)) GENDER.set(w, 'm');
for (const w of FEMALE.trim().split(/\s+/)) GENDER.set(w, 'f');

export function genderOfFirstName(lower: string): Gender | undefined {
  return GENDER.get(lower);
}
