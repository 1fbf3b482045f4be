import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockParagraphs } from './blocks.ts';
import { parseDocument } from './dom.ts';

const paragraphsOf = (html: string) => blockParagraphs(parseDocument(html).body!);

test('block elements become separate paragraphs instead of glued text', () => {
  assert.deepEqual(paragraphsOf('<p>Talks would resume.</p><p>Officials disagreed.</p>'), ['Talks would resume.', 'Officials disagreed.']);
  assert.deepEqual(paragraphsOf('<h2>Reaction</h2><ul><li>Berlin welcomed it</li><li>Rome did not</li></ul>'), ['Reaction', 'Berlin welcomed it', 'Rome did not']);
  assert.deepEqual(paragraphsOf('<div>Outer text<div>inner block</div>tail</div>'), ['Outer text', 'inner block', 'tail']);
});

test('inline markup stays inside its paragraph and white space collapses', () => {
  assert.deepEqual(paragraphsOf('<p>The   <b>prime</b>\n  <a href="#">minister</a>, <em>she said</em>.</p>'), ['The prime minister, she said.']);
});

test('one <br> is a line break, two split the paragraph', () => {
  assert.deepEqual(paragraphsOf('<p>10 Main Street<br>Springfield</p>'), ['10 Main Street\nSpringfield']);
  assert.deepEqual(paragraphsOf('<p>First point.<br><br>Second point.<br> <br>Third.</p>'), ['First point.', 'Second point.', 'Third.']);
});

test('scripts, styles and form widgets contribute no text', () => {
  const html = '<p>Visible<script>var hidden = 1;</script></p><style>p{}</style><noscript>Enable JS</noscript><button>Share</button><p>Also visible</p>';
  assert.deepEqual(paragraphsOf(html), ['Visible', 'Also visible']);
});

test('entities are decoded and NBSP kept for normalizeText to fold', () => {
  assert.deepEqual(paragraphsOf('<p>AT&amp;T&nbsp;said &ldquo;no&rdquo;</p>'), ['AT&T\u00A0said “no”']);
});
