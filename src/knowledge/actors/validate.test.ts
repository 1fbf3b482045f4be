import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadActorBase } from './load.js';
import { ActorsFileError } from './validate.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-actors-'));
function userFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
function loadError(file: string): ActorsFileError {
  try {
    loadActorBase({ generated: false, extraFiles: [file] });
  } catch (e) {
    assert.ok(e instanceof ActorsFileError, `expected ActorsFileError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected loading to fail');
}

const good = { id: 'jane-doe', name: 'Jane Doe', kind: 'person', country: 'GBR', aliases: ['J. Doe'], gender: 'f',
  roles: [{ title: 'Mayor of Exampleton', country: 'GBR', sector: 'GOV', start: '2020-01-01', end: null }] };

test('a valid user file adds matchable actors and overrides curated ids', () => {
  const file = userFile('good.json', [good, { id: 'RUS', name: 'Russia (user)', kind: 'state', country: 'RUS', aliases: ['Rossiya'] }]);
  const kb = loadActorBase({ generated: false, extraFiles: [file] });
  assert.deepEqual(kb.matchAt(['Jane', 'Doe'], 0)?.ids, ['jane-doe']);
  assert.equal(kb.get('jane-doe')?.source, 'user');
  assert.equal(kb.get('RUS')?.name, 'Russia (user)');
  assert.deepEqual(kb.matchAt(['Rossiya'], 0)?.ids, ['RUS']);
  assert.equal(kb.code('jane-doe', '2021-05-05')?.title, 'Mayor of Exampleton');
});

test('invalid user files throw ACTORS_FILE_INVALID naming the file and the problem', () => {
  const cases: [string, unknown, RegExp][] = [
    ['not-array.json', { id: 'x' }, /expected a JSON array/],
    ['bad-json.json', '[{"id": "x",]', /not valid JSON/],
    ['no-name.json', [{ ...good, name: undefined }], /record 1 \(id "jane-doe"\): missing "name"/],
    ['bad-country.json', [{ ...good, country: 'ru' }], /"country" must be a 3-letter upper-case code, got "ru"/],
    ['bad-kind.json', [{ ...good, kind: 'alien' }], /"kind" must be one of/],
    ['bad-date.json', [{ ...good, roles: [{ ...good.roles[0], start: '2020-13-45' }] }], /role 1: "start" must be an ISO date/],
    ['reversed.json', [{ ...good, roles: [{ ...good.roles[0], start: '2021-01-01', end: '2020-01-01' }] }], /start 2021-01-01 is after end 2020-01-01/],
    ['dup.json', [good, good], /record 2 \(id "jane-doe"\): duplicate id/],
    ['extra.json', [{ ...good, nickname: 'JD' }], /unknown field "nickname"/],
    ['aliases.json', [{ ...good, aliases: 'Jane' }], /"aliases" must be an array of non-empty strings/],
  ];
  for (const [name, content, message] of cases) {
    const file = userFile(name, content);
    const err = loadError(file);
    assert.equal(err.code, 'ACTORS_FILE_INVALID', name);
    assert.equal(err.file, file);
    assert.ok(err.message.includes(`${file}: `), err.message);
    assert.match(err.message, message, name);
  }
  const missing = loadError(join(dir, 'missing.json'));
  assert.match(missing.message, /cannot read file \(ENOENT\)/);
});
