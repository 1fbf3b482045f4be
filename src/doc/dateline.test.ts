import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineLength } from './dateline.ts';

const dateline = (text: string): string => text.slice(0, datelineLength(text, 0));

test('a dateline: a place (shouted, or before a bracket or comma), a date or an agency, up to a free-standing dash', () => {
  assert.equal(dateline('MOSCOW (Reuters) - Russia said'), 'MOSCOW (Reuters) - ');
  assert.equal(dateline('KYIV, Ukraine, Sept. 11 — The army'), 'KYIV, Ukraine, Sept. 11 — ');
  assert.equal(dateline('Lima (AP) — Peru voted'), 'Lima (AP) — ');
  assert.equal(dateline('Buenos Aires, March 3 – The peso'), 'Buenos Aires, March 3 – ');
  assert.equal(dateline('NEW YORK — Stocks fell'), 'NEW YORK — ');
  assert.equal(dateline('July 13 - US Secretary of State'), 'July 13 - ');
  assert.equal(dateline('(Baltic Wire) - Lavrov said'), '(Baltic Wire) - ');
});

test('no dateline in running text, at a hyphen or after a lower-case word', () => {
  assert.equal(dateline('Moscow - which rejected the plan - said'), '');
  assert.equal(dateline('UN Secretary-General Antonio Guterres said'), '');
  assert.equal(dateline('NATO said on Monday - for the first time - that'), '');
  assert.equal(dateline('The KREMLIN - a fortress'), '');
});

test('a dateline is looked for where asked, not anywhere after', () => {
  const text = 'Filed from KYIV — today.';
  assert.equal(datelineLength(text, 0), 0);
  assert.equal(datelineLength(text, text.indexOf('KYIV')), 'KYIV — '.length);
});
