/**
 * build-actors.ts — derive Parley's generated actor and role-noun data from the
 * PETRARCH-2 / Phoenix dictionaries (MIT, Open Event Data Alliance) and the NGEC-2025
 * PLOVER agents file (MIT).
 *
 *   node --import tsx scripts/build-actors.ts --dictionaries ../shared/data/dictionaries [--out data]
 *
 * The dictionaries themselves are never copied into the repository: this script reads them
 * and writes only derived facts (names, codes, date ranges) as compact JSON:
 *   data/actors/phoenix-states.json   country-level names (+ capital/city synonyms, used as places)
 *   data/actors/phoenix-persons.json  persons with dated roles (country + sector per role)
 *   data/actors/phoenix-orgs.json     institutions, IGOs/NGOs/companies, armed non-state groups
 *   data/roles/roles.json             role noun (lower case, with plurals) -> PLOVER agent code
 * The formats are documented in data/actors/README.md. The output is deterministic
 * (sorted, no timestamps) so a rebuild from the same inputs gives byte-identical files.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------- CLI

function parseArgs(argv: string[]): { dictionaries: string; out: string } {
  let dictionaries = '';
  let out = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'data');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dictionaries') dictionaries = argv[++i] ?? '';
    else if (argv[i] === '--out') out = argv[++i] ?? out;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!dictionaries) throw new Error('usage: build-actors.ts --dictionaries DIR [--out DATA_DIR]');
  return { dictionaries: resolve(dictionaries), out: resolve(out) };
}

// ---------------------------------------------------------------- codes

/** Sector chunks (CAMEO and PLOVER). Anything else after the country chunk is an
 *  organisation or region qualifier (UNO, NAT, IAE, HMS ...) and is not a sector. */
const SECTORS = new Set(
  ('GOV MIL REB OPP COP JUD LEG PTY ELI CVL BUS LAB AGR EDU MED HLH REF SPY UAF CRM NGO ENV ' +
    'DEV HRI JRN REL SOC PRM PRE MOD RAD INS SEP UIS AMN IRC GRP SET').split(' '),
);
/** Religion / ethnicity chunks: not sectors, skipped when picking the sector. */
const NON_COUNTRY_FIRST = new Set([...SECTORS, 'ELI']);
/** Chunks that are sectors after a country but act as the "country" when they come first
 *  (NGOHLHIRC = an NGO; IGOWSTNAT = an IGO; MNCUSA = a company). */
const ORG_COUNTRIES = new Set(['IGO', 'NGO', 'MNC', 'IMG']);
/** Codes that are not real countries (fictional Kinakuta, annotator initials). */
const JUNK_COUNTRIES = new Set(['KNT', 'KKL']);
/** CAMEO country codes that differ from the ISO-style codes Parley uses (Kosovo has no ISO
 *  code; Parley follows the EU/IMF user-assigned XKX). */
const COUNTRY_RENAMES: Record<string, string> = { KSV: 'XKX' };
function canonicalCountry(code: string): string {
  return COUNTRY_RENAMES[code] ?? code;
}
/** CAMEO -> PLOVER sector renames (PLOVER: JRN = media, MED = medical). */
const PLOVER_SECTOR: Record<string, string> = { MED: 'JRN', HLH: 'MED' };

interface Code { country: string; sector: string; raw: string }

/** Split a CAMEO code into Parley's country and (PLOVER-flavoured) sector. IGO codes become
 *  UNO (UN system), EUR (EU bodies) or IGO, as documented in data/actors/README.md. */
function splitCode(raw: string, fallbackCountry: string): Code | null {
  if (!/^[A-Z]{3,}$/.test(raw)) return null;
  const chunks = raw.match(/.{3}/g) ?? [];
  let country = chunks[0]!;
  let rest = chunks.slice(1);
  if (NON_COUNTRY_FIRST.has(country) && !ORG_COUNTRIES.has(country)) { country = fallbackCountry; rest = chunks; }
  if (!country || JUNK_COUNTRIES.has(country)) return null;
  if (country === 'IGO' && (rest[0] === 'UNO' || rest[0] === 'EUR')) { country = rest[0]; rest = rest.slice(1); }
  country = canonicalCountry(country);
  const sec = rest.find((c) => SECTORS.has(c)) ?? '';
  return { country, sector: PLOVER_SECTOR[sec] ?? sec, raw };
}

// ---------------------------------------------------------------- dates

/** PETRARCH dates: 6 digits = YYMMDD (YY <= 30 -> 20YY), 8 digits = YYYYMMDD. */
function isoDate(s: string): string | null {
  let y: number, m: number, d: number;
  if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy; m = Number(s.slice(2, 4)); d = Number(s.slice(4, 6));
  } else if (/^\d{8}$/.test(s)) {
    y = Number(s.slice(0, 4)); m = Number(s.slice(4, 6)); d = Number(s.slice(6, 8));
  } else return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

interface RawRole { code: string; start?: string; end?: string }
let invalidDates = 0;

/** Parse the inside of one "[CODE dates]" group. Returns null for [---] or unreadable groups. */
function parseBracket(inner: string): RawRole | null {
  const m = /^\s*([A-Z-]+)\s*(.*?)\s*$/.exec(inner);
  if (!m || m[1]!.startsWith('-')) return null;
  const code = m[1]!;
  const spec = m[2]!.replace(/\s+/g, '');
  if (!spec) return { code };
  let r: RegExpExecArray | null;
  if ((r = /^([<>])(\d+)$/.exec(spec))) {
    const d = isoDate(r[2]!);
    if (!d) { invalidDates++; return null; }
    return r[1] === '>' ? { code, start: d } : { code, end: d };
  }
  if ((r = /^(\d+)-(\d+)$/.exec(spec))) {
    const a = isoDate(r[1]!), b = isoDate(r[2]!);
    if (!a || !b || a > b) { invalidDates++; return null; }
    return { code, start: a, end: b };
  }
  invalidDates++;
  return null;
}

// ---------------------------------------------------------------- actor files

interface RawEntry { phrases: string[]; roles: RawRole[]; hasInlineCode: boolean; comment: string; file: string }

/** Read an actor dictionary: a primary phrase line starts an entry, '+' lines add synonyms,
 *  bracket groups (inline or on TAB-indented lines) add codes to the current entry. This is
 *  how PETRARCH-2's read_actor_dictionary groups lines. */
function readActorFile(path: string, file: string): RawEntry[] {
  const out: RawEntry[] = [];
  let cur: RawEntry | null = null;
  for (const rawLine of readFileSync(path, 'utf8').split('\n')) {
    if (/^\s*#/.test(rawLine) || !rawLine.trim()) continue;
    const hash = rawLine.indexOf('#');
    const comment = hash >= 0 ? rawLine.slice(hash + 1).trim() : '';
    const line = (hash >= 0 ? rawLine.slice(0, hash) : rawLine).trim();
    if (!line) continue;
    const brackets = [...line.matchAll(/\[([^\]]*)\]/g)].map((g) => parseBracket(g[1]!)).filter((x): x is RawRole => !!x);
    const phrase = line.replace(/\[[^\]]*\]?/g, '').trim();
    if (line.startsWith('[')) { cur?.roles.push(...brackets); continue; }
    if (line.startsWith('+')) {
      if (cur && phrase.length > 1) cur.phrases.push(phrase.slice(1).trim());
      cur?.roles.push(...brackets);
      continue;
    }
    cur = { phrases: [phrase], roles: brackets, hasInlineCode: line.includes('['), comment, file };
    out.push(cur);
  }
  return out;
}

// ---------------------------------------------------------------- names

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'el', 'y', 'et']);
const ORG_WORDS = new Set(
  ('ARMY FORCE FORCES PARTY MINISTRY COUNCIL ASSEMBLY PARLIAMENT COURT COMMISSION COMMITTEE AGENCY UNION FRONT ' +
    'MOVEMENT ORGANIZATION ORGANISATION GOVERNMENT POLICE CONGRESS SENATE BANK FUND OFFICE DEPARTMENT SERVICE ' +
    'SERVICES GUARD GUARDS BRIGADE BRIGADES GROUP LEAGUE ASSOCIATION SOCIETY INSTITUTE CENTER CENTRE PROGRAM ' +
    'PROGRAMME MISSION NETWORK FEDERATION COALITION ALLIANCE BLOC NATIONS REPUBLIC STATE STATES AUTHORITY BOARD ' +
    'TRIBUNAL CABINET NAVY AIR MILITIA CORPS COMMAND BUREAU FOUNDATION TRUST WATCH INTERNATIONAL INITIATIVE ' +
    'PROJECT FORUM SECRETARIAT DIVISION REGIME JUNTA CHAMBER NEWS RADIO TELEVISION TIMES PRESS COMPANY CORPORATION ' +
    'INC LTD CORP INDUSTRIES GROUPS CELLS CELL NUCLEI ACTION ARMED BATTALION COMMANDOS MUJAHIDEEN MUJAHIDIN JIHAD ' +
    'COMPANIES PEOPLE PEOPLES REVOLUTIONARY LIBERATION ISLAMIC NATIONAL UNITED SECURITY MONITOR ENVOY PEACEKEEPER ' +
    'PEACEKEEPERS DELEGATION MINISTER PRESIDENT EMBASSY CONSULATE HOSPITAL UNIVERSITY SCHOOL CHURCH COUNCILS').split(' '),
);

function words(phrase: string): string[] {
  return phrase.replace(/_/g, ' ').split(/\s+/).map((w) => w.replace(/^_+|_+$/g, '')).filter(Boolean);
}

/** Phoenix phrases are upper case; restore a normal written form. Persons get title case
 *  (O'Malley, Al-Assad, McCain); organisations keep short acronyms (NATO, UNHCR). */
function displayForm(ws: string[], kind: 'person' | 'org' | 'state'): string {
  return ws
    .map((w, i) => {
      if (/^[A-Z]\.([A-Z]\.)+$/.test(w) || /^(II|III|IV|VI)$/.test(w)) return w;
      const lower = w.toLowerCase();
      if (i > 0 && kind !== 'person' && SMALL_WORDS.has(lower)) return lower;
      // Only single-token aliases are matched case-sensitively, so only there does the
      // acronym guess matter; in longer names keep the common two-letter acronyms.
      if (kind !== 'person' && ws.length > 1 && /^(US|UN|EU|UK|AU)$/.test(w)) return w;
      if (kind === 'state' && ws.length === 1 && (w.length <= 3 || /^[^AEIOUY]+$/.test(w))) return w;
      if (kind === 'org' && (ws.length === 1 ? w.length <= 6 : w.length <= 5 && !/[AEIOU]/.test(w) && /^[A-Z]+$/.test(w))) return w;
      return lower
        .replace(/(^|[-.\s/(])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase())
        .replace(/'([a-z])([a-z]*)/g, (m, c: string, r: string) => (c === 's' && !r ? m : `'${c.toUpperCase()}${r}`))
        .replace(/^Mc([a-z])/, (_, c: string) => `Mc${c.toUpperCase()}`);
    })
    .join(' ');
}

/**
 * Clean a phrase: drop a leading "the", pull parenthesised acronyms out as extra phrases. The dictionaries are all in
 * capitals, so an acronym is told from a disambiguator by its shape: one short word ("(LTTE)", "(PIRA)"), not a
 * compass word ("KOREA_(NORTH)") nor a longer word or phrase ("GEORGIA_(CAUCASUS)", "GEORGIA_(SOVEREIGN_STATE)"),
 * which would make "South" South Korea and "the Caucasus" Georgia.
 */
function cleanPhrase(phrase: string): { ws: string[]; extra: string[] } {
  const extra: string[] = [];
  const noParen = phrase.replace(/\(([^)]*)\)/g, (_, inner: string) => {
    if (/^[A-Z][A-Z0-9-]{2,4}$/.test(inner) && !COMPASS.has(inner)) extra.push(inner);
    return ' ';
  });
  let ws = words(noParen).filter((w) => w !== '+' && w !== '-' && w !== '--');
  if (ws.length > 1 && ws[0] === 'THE') ws = ws.slice(1);
  return { ws, extra };
}

const COMPASS = new Set(['NORTH', 'SOUTH', 'EAST', 'WEST']);

function slug(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

// ---------------------------------------------------------------- classification

type Kind = 'state' | 'person' | 'organisation' | 'group';
interface OutRecord {
  id: string; n: string; k: Kind; c: string; s?: string; x?: string; a: string[];
  r?: [string, string, string, string][]; // [country, sector, start, end]
}

function looksLikeOrg(ws: string[]): boolean {
  return ws.some((w) => ORG_WORDS.has(w.replace(/[^A-Z]/g, '')) || /[&/,0-9]/.test(w));
}

function looksLikePerson(entry: RawEntry, ws: string[]): boolean {
  if (/CountryInfo/i.test(entry.comment)) return true;
  if (looksLikeOrg(ws) || entry.phrases[0]!.includes('(')) return false;
  const dated = entry.roles.some((r) => r.start || r.end);
  if (ws.length === 1) return dated;
  if (!ws.every((w) => /^[A-Z][A-Z'.-]*$/.test(w))) return false;
  if (dated) return ws.length <= 6;
  // Undated: a short run of name-like words ("GILLIAN_MELLSOP_"), not "FRIENDS_OF_THE_EARTH".
  return ws.length <= 4 && !ws.some((w) => SMALL_WORDS.has(w.toLowerCase()));
}

function toRoles(entry: RawEntry, fallback: string): [string, string, string, string][] {
  const seen = new Set<string>();
  const out: [string, string, string, string][] = [];
  for (const r of entry.roles) {
    const c = splitCode(r.code, fallback);
    if (!c) continue;
    const row: [string, string, string, string] = [c.country, c.sector, r.start ?? '', r.end ?? ''];
    const key = row.join('|');
    if (!seen.has(key)) { seen.add(key); out.push(row); }
  }
  // Dated roles newest first, the undated default last (the loader does not rely on order).
  return out.sort((a, b) => (b[2] || b[3] || '').localeCompare(a[2] || a[3] || ''));
}

/** One-word synonyms that are generic words, not names ("FOUNDATION", "LIGHTNING"). */
const GENERIC_ONE_WORD = new Set([...ORG_WORDS, 'LIGHTNING', 'CORNERSTONE', 'OCCUPIED', 'INEVITABLES']);

function aliasesOf(entry: RawEntry, kind: 'person' | 'org' | 'state'): { name: string; aliases: string[] } {
  const forms: string[] = [];
  for (const p of entry.phrases) {
    const { ws, extra } = cleanPhrase(p);
    if (ws.length === 1 && forms.length && GENERIC_ONE_WORD.has(ws[0]!)) continue;
    if (ws.length) forms.push(displayForm(ws, kind));
    forms.push(...extra);
  }
  const seen = new Set<string>();
  const uniq = forms.filter((f) => {
    const k = slug(f);
    if (!k || k.length < 2 || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { name: uniq[0] ?? '', aliases: uniq.slice(1) };
}

// ---------------------------------------------------------------- build actors

/** Persons whose every dated role ended before this date are dropped: news from the 1990s
 *  on is Parley's target and the dictionary's long tail of 1950s-80s cabinets costs ~1 MB. */
const PERSON_CUTOFF = '1990-01-01';

function buildActors(dir: string) {
  const files: [string, string][] = [
    ['Countries', 'Phoenix.Countries.actors.txt'],
    ['International', 'Phoenix.International.actors.txt'],
    ['MilNonState', 'Phoenix.MilNonState.actors.txt'],
  ];
  const states = new Map<string, OutRecord>();
  const persons: OutRecord[] = [];
  const orgs: OutRecord[] = [];
  let droppedOld = 0, droppedNoCode = 0, droppedUseless = 0;
  for (const [file, name] of files) {
    const entries = readActorFile(join(dir, name), file);
    let block = '';
    entries.forEach((e, idx) => {
      const { ws } = cleanPhrase(e.phrases[0]!);
      const first = e.roles[0] ? splitCode(e.roles[0].code, block) : null;
      // Country header lines: "RUSSIAN_FEDERATION_  [RUS]", or for successor states a dated
      // history ("UKRAINE_ [USRUKR <910824] [UKR >911221]"): any bare 3-letter country code.
      if (file === 'Countries' && !/CountryInfo/i.test(e.comment)) {
        const bare = e.roles.filter((r) => /^[A-Z]{3}$/.test(r.code) && !NON_COUNTRY_FIRST.has(r.code));
        const territory = e.hasInlineCode && e.roles.length === 1 && /^[A-Z]{6,}$/.test(e.roles[0]!.code) && !SECTORS.has(e.roles[0]!.code.slice(3, 6));
        if (bare.length || territory) {
          const current = bare.find((r) => !r.end) ?? bare[bare.length - 1];
          const code = current ? canonicalCountry(current.code) : e.roles[0]!.code;
          if (JUNK_COUNTRIES.has(code.slice(0, 3))) { block = code; return; }
          if (current) block = code;
          addState(states, code, e);
          return;
        }
      }
      if (!e.roles.length) { droppedNoCode++; return; }
      if (!first) return;
      const isPerson = looksLikePerson(e, ws);
      const roles = toRoles(e, first.country || block);
      if (!roles.length) { droppedNoCode++; return; }
      if (isPerson) {
        const dated = roles.filter((r) => r[2] || r[3]);
        if (dated.length && dated.every((r) => r[3] && r[3] < PERSON_CUTOFF)) { droppedOld++; return; }
        if (!dated.length && file === 'Countries') { droppedOld++; return; }
        const { name, aliases } = aliasesOf(e, 'person');
        if (!name) return;
        persons.push({ id: slug(name), n: name, k: 'person', c: (dated[0] ?? roles[0]!)[0], a: aliases, r: roles });
        return;
      }
      const { name, aliases } = aliasesOf(e, 'org');
      if (!name) return;
      const def = roles.find((r) => !r[2] && !r[3]) ?? roles[0]!;
      const cameo = e.roles.find((r) => !r.start && !r.end)?.code ?? e.roles[0]!.code;
      const kind: Kind = file === 'MilNonState' ? 'group' : 'organisation';
      // Closed-end funds, trusts and bare code words ("MNC") are no political actors.
      if (def[0] === 'MNC' && /\b(Fund|Funds|Trust|Portfolio|Income|Municipal|Bancorp|Bancshares)\b/i.test(name)) { droppedUseless++; return; }
      if (/^[A-Z]{3}$/.test(name) && (SECTORS.has(name) || ORG_COUNTRIES.has(name))) { droppedUseless++; return; }
      const rec: OutRecord = { id: slug(name), n: name, k: kind, c: def[0], a: aliases };
      const sector = def[1] || (kind === 'group' ? 'REB' : '');
      if (sector) rec.s = sector;
      if (cameo.length > 6 || !cameo.startsWith(def[0])) rec.x = cameo;
      if (roles.some((r) => r[2] || r[3])) rec.r = roles;
      orgs.push(rec);
    });
  }
  return { states: [...states.values()], persons: dedupe(persons), orgs: dedupe(orgs), droppedOld, droppedNoCode, droppedUseless };
}

function addState(states: Map<string, OutRecord>, code: string, e: RawEntry): void {
  const { name, aliases } = aliasesOf(e, 'state');
  const prev = states.get(code);
  if (prev) {
    const have = new Set([prev.n, ...prev.a].map(slug));
    for (const a of [name, ...aliases]) if (!have.has(slug(a))) { prev.a.push(a); have.add(slug(a)); }
    return;
  }
  states.set(code, { id: code, n: name, k: 'state', c: code.slice(0, 3), a: aliases });
}

/** Same name + kind + country = one actor (the dictionaries repeat some entries); other
 *  id clashes get the country appended, then a counter. */
function dedupe(recs: OutRecord[]): OutRecord[] {
  const byKey = new Map<string, OutRecord>();
  const ids = new Set<string>();
  const out: OutRecord[] = [];
  for (const r of recs) {
    const key = `${r.k}|${r.c}|${slug(r.n)}`;
    const prev = byKey.get(key);
    if (prev) {
      const have = new Set([prev.n, ...prev.a].map(slug));
      for (const a of r.a) if (!have.has(slug(a))) { prev.a.push(a); have.add(slug(a)); }
      if (r.r) {
        const seen = new Set((prev.r ?? []).map((x) => x.join('|')));
        prev.r = [...(prev.r ?? []), ...r.r.filter((x) => !seen.has(x.join('|')))];
      }
      continue;
    }
    let id = r.id;
    if (ids.has(id)) id = `${r.id}-${r.c.toLowerCase()}`;
    for (let i = 2; ids.has(id); i++) id = `${r.id}-${r.c.toLowerCase()}-${i}`;
    ids.add(id);
    r.id = id;
    byKey.set(key, r);
    out.push(r);
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------- agents (role nouns)

const SKIP_AGENT_CODES = new Set(['JNK', 'NON', 'UNK']);
const NO_MEN_PLURAL = new Set(['german', 'human', 'roman', 'shaman', 'talisman', 'ottoman', 'caiman']);

function pluralOf(phrase: string): string {
  const ws = phrase.split(' ');
  const last = ws.pop()!;
  let p: string;
  if (/man$/.test(last) && !NO_MEN_PLURAL.has(last)) p = last.replace(/man$/, 'men');
  else if (/[^aeiou]y$/.test(last)) p = last.slice(0, -1) + 'ies';
  else if (/(s|x|z|ch|sh)$/.test(last)) p = last + 'es';
  else p = last + 's';
  return [...ws, p].join(' ');
}

/** Read an agents file into phrase -> code (lower-case phrases, regular and listed plurals). */
function readAgents(path: string, cameo: boolean): Map<string, string> {
  const out = new Map<string, string>();
  const subst = new Map<string, string[]>();
  const add = (phrase: string, code: string) => {
    const p = phrase.toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
    if (!p || /\b(to|for|in|of|at|with|and)$/.test(p) || out.has(p)) return;
    out.set(p, code);
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const def = /^!([A-Z]+)!\s*=\s*(.*)$/.exec(line);
    if (def) { subst.set(def[1]!, def[2]!.split(',').map((s) => s.trim()).filter(Boolean)); continue; }
    const m = /^(.*?)\s*(?:\{([^}]*)\})?\s*\[([^\]]+)\]/.exec(line);
    if (!m) continue;
    let code = m[3]!.trim().replace('~', '');
    if (cameo) code = (code.match(/.{3}/g) ?? []).map((c) => PLOVER_SECTOR[c] ?? c).join('');
    if (!/^[A-Z]{3,}$/.test(code) || SKIP_AGENT_CODES.has(code.slice(0, 3))) continue;
    let base = m[1]!.replace(/_+$/, '').trim();
    // A few phrases keep PETRARCH stems ("DEFENCE_MINIST" = minister/ministry + plurals).
    if (/\bMINIST\b/.test(base.replace(/_/g, ' '))) base = base.replace(/MINIST(?=_|\s|$)/, '!MINIST!');
    const marker = /!([A-Z]+)!/.exec(base);
    if (marker) {
      for (const s of subst.get(marker[1]!) ?? []) add(base.replace(marker[0], s), code);
      continue;
    }
    add(base, code);
    const irregular = m[2];
    if (irregular === undefined) add(pluralOf(base.toLowerCase().replace(/_/g, ' ')), code);
    else for (const f of irregular.split(/\s+/).filter(Boolean)) add(f, code);
  }
  return out;
}

function buildRoles(dir: string): Record<string, string> {
  const plover = readAgents(join(dir, 'ngec-plover', 'PLOVER_agents.txt'), false);
  const phoenix = readAgents(join(dir, 'Phoenix.agents.txt'), true);
  // PLOVER (NGEC-2025) is preferred; Phoenix only fills nouns PLOVER lacks.
  for (const [k, v] of phoenix) if (!plover.has(k)) plover.set(k, v);
  return Object.fromEntries([...plover.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

// ---------------------------------------------------------------- output

const SOURCE =
  'Derived by scripts/build-actors.ts from PETRARCH-2 Phoenix dictionaries (github.com/openeventdata/petrarch2, ' +
  'commit 676801cd9cb2924bbbad09f86d15c9323e7097bf, MIT, (c) 2014 Open Event Data Alliance). Facts only; see data/actors/README.md.';

/** One record per line: compact, yet diffs stay readable. */
function writeRecords(path: string, about: string, records: OutRecord[], kind?: Kind): number {
  // A file of one kind states it once ("kind") instead of on every record; empty alias
  // lists are left out; roles become one "COUNTRY/SECTOR/START/END;..." string (fewer JSON
  // tokens to parse at load). All restored by the loader (src/knowledge/actors/generated.ts).
  const body = records
    .map((r) => JSON.stringify({ ...r, k: kind ? undefined : r.k, a: r.a.length ? r.a : undefined, r: r.r?.map((x) => x.join('/')).join(';') }))
    .join(',\n');
  const head = kind ? `"kind":${JSON.stringify(kind)},\n` : '';
  const text = `{"about":${JSON.stringify(about)},\n${head}"records":[\n${body}\n]}\n`;
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

function main(): void {
  const { dictionaries, out } = parseArgs(process.argv.slice(2));
  mkdirSync(join(out, 'actors'), { recursive: true });
  mkdirSync(join(out, 'roles'), { recursive: true });
  const a = buildActors(dictionaries);
  const sizes = {
    states: writeRecords(join(out, 'actors', 'phoenix-states.json'), SOURCE, a.states, 'state'),
    persons: writeRecords(join(out, 'actors', 'phoenix-persons.json'), SOURCE, a.persons, 'person'),
    orgs: writeRecords(join(out, 'actors', 'phoenix-orgs.json'), SOURCE, a.orgs),
  };
  const roles = buildRoles(dictionaries);
  const rolesText =
    JSON.stringify({
      about:
        'Role noun (lower case) -> PLOVER agent code (first 3 letters = sector). Derived by scripts/build-actors.ts from ' +
        'NGEC-2025 PLOVER_agents.txt (MIT; preferred) and PETRARCH-2 Phoenix.agents.txt (MIT; CAMEO MED/HLH renamed to ' +
        'PLOVER JRN/MED). Hand-checked overrides live in data/roles/curated.json.',
      nouns: roles,
    }, null, 0).replace(/","/g, '",\n"') + '\n';
  writeFileSync(join(out, 'roles', 'roles.json'), rolesText);
  console.log(
    `states ${a.states.length} (${sizes.states} B), persons ${a.persons.length} (${sizes.persons} B), ` +
      `orgs ${a.orgs.length} (${sizes.orgs} B), role nouns ${Object.keys(roles).length} (${Buffer.byteLength(rolesText)} B); ` +
      `dropped: ${a.droppedOld} old/undated persons, ${a.droppedNoCode} uncoded entries, ${a.droppedUseless} funds/code words, ${invalidDates} invalid date groups`,
  );
}

main();
