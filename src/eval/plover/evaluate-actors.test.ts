import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActorRef, Mention } from '../../doc/layers.ts';
import { coveringMention, evaluateActorCodes } from './evaluate-actors.ts';
import { locateGold, markupSpans } from './gold-spans.ts';

const GSR = join(import.meta.dirname, '../../../../shared/data/plover-gsr/dev.jsonl');

function mention(text: string, part: string, country?: string, sector?: string, from = 0): Mention {
  const start = text.indexOf(part, from);
  const actor: ActorRef | undefined = country ? { id: `${country}${sector ?? ''}`, name: part, country, ...(sector ? { sector } : {}) } : undefined;
  return { start, end: start + part.length, text: part, type: 'PERSON', form: 'nominal', entity: 'e', ...(actor ? { actor } : {}) };
}

test('the mention for a span: one with an actor first, then the one on the head word', () => {
  const text = 'Two Danish sailors were rescued.';
  const gold = locateGold(text, 'Danish sailors')!;
  const norp = mention(text, 'Danish', 'DNK');
  const group = mention(text, 'Two Danish sailors', 'DNK', 'MIL');
  assert.equal(coveringMention([norp, group], gold.pieces[0][0], gold.pieces[0][1], gold.head), group);
  const unlinked = mention(text, 'Two Danish sailors');
  assert.equal(coveringMention([norp, unlinked], gold.pieces[0][0], gold.pieces[0][1], gold.head), norp, 'the only mention that says a code');
  assert.equal(coveringMention([norp], 0, 3), null, 'no overlap, no mention');
});

test('a post-modifier does not stand for the phrase: "refugees from Chad" is not Chad', () => {
  const text = 'Aid reached refugees from Chad on Friday.';
  const gold = locateGold(text, 'refugees from Chad')!;
  assert.equal(text.slice(gold.phrase[0], gold.phrase[1]), 'refugees');
  assert.equal(text.slice(gold.head[0], gold.head[1]), 'refugees');
});

test('a title with "of" keeps its name: the head of "Minister of Trade Ana Ruiz" is the name', () => {
  const gold = locateGold('Minister of Trade Ana Ruiz resigned.', 'Minister of Trade Ana Ruiz')!;
  assert.deepEqual(gold.phrase, [0, 26]);
  const king = locateGold('King Olaf of Norway spoke.', 'King Olaf of Norway')!;
  assert.equal('King Olaf of Norway spoke.'.slice(king.head[0], king.head[1]), 'Olaf');
});

test('a repeated word is located inside the markup for its role', () => {
  const text = 'Chile thanked Peru after Chile and Peru signed.';
  const markup = 'Chile thanked Peru after (SRC: Chile) and (TAR: Peru) (EVT: signed).';
  const actor = locateGold(text, 'Chile', markupSpans(markup, 'actor'))!;
  const recipient = locateGold(text, 'Peru', markupSpans(markup, 'recipient'))!;
  assert.equal(actor.pieces[0][0], text.lastIndexOf('Chile'));
  assert.equal(recipient.pieces[0][0], text.lastIndexOf('Peru'));
});

test('markup spans keep literal brackets and give their offsets in the plain text', () => {
  const spans = markupSpans('The (SRC: Nordic Council) (NC) (EVT: met) the (TAR: Baltic (regional) envoys).', 'recipient');
  assert.deepEqual(spans, [{ text: 'Baltic (regional) envoys', at: 'The Nordic Council (NC) met the '.length }]);
});

test('a gold span split by coordination is located in pieces, and the other conjunct\'s mention is not its', () => {
  const text = 'Chilean and Peruvian warships sailed.';
  const markup = '(SRC: Chilean and Peruvian warships) (EVT: sailed).';
  const gold = locateGold(text, 'Chilean warships', markupSpans(markup, 'actor'))!;
  assert.deepEqual(gold.pieces.map(([a, b]) => text.slice(a, b)), ['Chilean', 'warships']);
  const discontinuous = locateGold(text, 'Chilean ... warships')!;
  assert.equal(discontinuous.pieces.length, 2);
});

test('scores on a small set of my own records: codes and sectors folded, missing mentions counted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gsr-'));
  const path = join(dir, 'mini.jsonl');
  const rec = (id: string, text: string, markup: string, actor: object[], recipient: object[]) => JSON.stringify({ id, text, markup, actor, recipient });
  writeFileSync(path, [
    rec('r1', 'Japanese police detained a man in Osaka.', '(SRC: Japanese police) (EVT: detained) a (TAR: man) in Osaka.',
      [{ text: 'Japanese police', code: 'JAP', sector: 'COP' }], [{ text: 'man', code: 'JPN', sector: 'CIV' }]),
    rec('r2', 'The Security Council condemned the raid.', 'The (SRC: Security Council) (EVT: condemned) the raid.',
      [{ text: 'Security Council', code: 'IGO', sector: null }], []),
    rec('r3', 'Aid reached refugees from Chad.', '(SRC: Aid) (EVT: reached) (TAR: refugees from Chad).',
      [], [{ text: 'refugees from Chad', code: 'TCD', sector: 'REF' }]),
  ].join('\n'));
  const analyse = (text: string) => {
    const mentions: Mention[] = text.startsWith('Japanese')
      ? [mention(text, 'Japanese police', 'JPN', 'COP'), mention(text, 'a man', 'JPN', 'CVL')]
      : text.startsWith('Aid') ? [mention(text, 'refugees'), mention(text, 'Chad', 'TCD')] : [];
    return { text, mentions, events: [] };
  };
  const r = await evaluateActorCodes({ gsrPath: path, analyse, details: true });
  assert.equal(r.n, 4);
  assert.equal(r.nSector, 3);
  assert.equal(r.code, 0.5, 'JAP = JPN; the council has no mention; "Chad" does not stand for the refugees');
  assert.equal(r.codeSector, 0.667, 'CIV is the set\'s slip for CVL');
  assert.equal(r.uncovered, 1);
  assert.deepEqual(r.rows!.map((x) => x.mention), ['Japanese police', 'a man', null, 'refugees']);
});

test('PLOVER GSR dev: actor codes with the real mentions stage stay above the regression floor', { skip: existsSync(GSR) ? false : `no GSR at ${GSR}` }, async () => {
  const r = await evaluateActorCodes({ gsrPath: GSR });
  assert.equal(r.unlocated, 0);
  assert.equal(r.n, 332);
  assert.deepEqual(r.fallbacks, [], 'the real stages, no stand-ins');
  assert.ok(r.code >= 0.85, `code ${r.code}`);
  assert.ok(r.codeSector >= 0.63, `code+sector ${r.codeSector}`);
});
