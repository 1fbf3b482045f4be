import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFromExtension, isArticleFileName, sniffFormat, xmlRootName } from './detect.ts';

test('extensions choose the reader, case-insensitively', () => {
  assert.equal(formatFromExtension('a/b/story.HTM'), 'html');
  assert.equal(formatFromExtension('dump.ndjson'), 'jsonl');
  assert.equal(formatFromExtension('notes.md'), 'text');
  assert.equal(formatFromExtension('feed.atom'), 'feed');
  assert.equal(formatFromExtension('photo.png'), undefined);
  assert.equal(formatFromExtension('README'), undefined);
});

test('a directory walk takes known extensions and extension-less files only', () => {
  assert.ok(isArticleFileName('article-17'));
  assert.ok(isArticleFileName('x.rss'));
  assert.ok(!isArticleFileName('chart.pdf'));
  assert.ok(!isArticleFileName('data.json'));
});

test('feeds are sniffed by their root element, after an XML prolog and comments', () => {
  assert.equal(sniffFormat('<?xml version="1.0"?>\n<!-- generated -->\n<rss version="2.0"><channel/></rss>'), 'feed');
  assert.equal(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'feed');
  assert.equal(sniffFormat('\uFEFF<rdf:RDF xmlns:rdf="x"></rdf:RDF>'), 'feed');
  assert.equal(xmlRootName('<?xml version="1.0"?><!DOCTYPE urlset><urlset/>'), 'urlset');
});

test('HTML is sniffed by doctype or an opening html/head/body tag', () => {
  assert.equal(sniffFormat('  <!DOCTYPE html><title>x</title>'), 'html');
  assert.equal(sniffFormat('<HTML lang="fr"><body>Bonjour</body></HTML>'), 'html');
  assert.equal(sniffFormat('<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html>'), 'html');
  assert.equal(sniffFormat('<body><p>Fragment</p></body>'), 'html');
});

test('JSONL needs every non-blank line to open an object; prose starting with "{" is text', () => {
  assert.equal(sniffFormat('{"text": "a"}\n\n{"text": "b"}\n'), 'jsonl');
  assert.equal(sniffFormat('{"text": "only one"}'), 'jsonl');
  assert.equal(sniffFormat('{braces} are used in the first line\nbut not here'), 'text');
  assert.equal(sniffFormat('{\n  "text": "pretty-printed JSON is not JSONL"\n}'), 'text');
  assert.equal(sniffFormat('The minister said <b> was a typo.'), 'text');
});
