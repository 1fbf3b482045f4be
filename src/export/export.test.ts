import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, csvLine, toCsv } from './csv.ts';
import { ploverRecords, toPloverJsonl } from './plover-jsonl.ts';
import { analysisOf } from './test-support.ts';

const meta = { published: '2024-03-07', url: 'https://example.org/a?b=1,2', outlet: 'The "Daily" Wire', title: 'Talks, then threats' };
const text = 'Lavrov warned that foreign troops would be legitimate targets. Poland expelled three Russian diplomats on Tuesday.';
const record = analysisOf('doc1', text, meta, [{ cue: 'warned that', content: 'foreign troops would be legitimate targets', source: 'Lavrov' }]);

test('PLOVER JSON Lines: one record per event with the required and the offered fields', () => {
  const jsonl = toPloverJsonl([record]);
  const lines = jsonl.split('\n');
  assert.equal(lines.at(-1), '', 'each line ends in a newline');
  const records = lines.slice(0, -1).map((l) => JSON.parse(l));
  assert.equal(records.length, record.events.length);
  for (const r of records) {
    for (const key of ['id', 'date', 'actor', 'event', 'recipient', 'mode', 'context', 'event_text', 'text_info', 'cite_info']) assert.ok(key in r, key);
    assert.match(r.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(Array.isArray(r.actor) && Array.isArray(r.event));
    assert.equal(text.slice(r.text_info.start, r.text_info.end), r.event_text[0], 'offsets point at the trigger');
    assert.deepEqual([r.cite_info.url, r.cite_info.publication, r.cite_info.published], [meta.url, meta.outlet, meta.published]);
  }
  const [threat, expel] = records;
  assert.deepEqual([threat.id, threat.event, threat.actor[0].code, threat.parley.attribution], ['doc1-ev1', ['THREATEN'], 'RUS', 'a1']);
  assert.deepEqual([expel.event, expel.mode, expel.date, expel.actor[0].entity_text], [['SANCTION'], ['expel'], '2024-03-05', 'Poland']);
});

test('an event without its own date takes the publication date; no events, no lines', () => {
  const [threat] = ploverRecords([record]);
  assert.equal(threat.date, '2024-03-07');
  assert.equal(toPloverJsonl([analysisOf('empty', 'The weather was fine.', meta)]), '');
});

test('CSV quoting follows RFC 4180', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "no"'), '"say ""no"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('cr\rhere'), '"cr\rhere"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(false), 'false');
  assert.equal(csvLine(['x', 1, null, 'y,z']), 'x,1,,"y,z"\r\n');
});

/** Splits RFC 4180 text back into rows, to check that what was written reads back. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && s[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

test('events and positions tables read back with a header and one row each', () => {
  const events = parseCsv(toCsv([record], 'events'));
  assert.equal(events[0][0], 'doc_id');
  assert.equal(events.length, 1 + record.events.length);
  assert.ok(events.every((r) => r.length === events[0].length), 'every row has every column');
  const col = (name: string) => events[0].indexOf(name);
  assert.equal(events[1][col('outlet')], 'The "Daily" Wire');
  assert.equal(events[1][col('url')], meta.url);
  assert.equal(events[1][col('type')], 'THREATEN');
  const positions = parseCsv(toCsv([record], 'positions'));
  assert.equal(positions[0][1], 'position_id');
  assert.equal(positions.length, 1 + record.positions.length);
  assert.ok(record.positions.length >= 1);
  assert.equal(positions[1][positions[0].indexOf('stance')], 'oppose');
});
