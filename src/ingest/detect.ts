import { extname } from 'node:path';
import type { InputFormat } from './types.ts';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
};

/** The reader an extension asks for; undefined for no extension or one we do not know (then we sniff). */
export function formatFromExtension(path: string): InputFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/**
 * Whether a directory walk takes this file: a known extension, or none at all ("README", "article-17"),
 * which is usually text. Other files (".png", ".pdf", ".json") are left alone rather than reported.
 */
export function isArticleFileName(name: string): boolean {
  return formatFromExtension(name) !== undefined || extname(name) === '';
}

/** Leading XML declaration, comments and processing instructions, which precede the root element of a feed. */
const XML_PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/;
const FEED_ROOT = /^<(?:rss|feed|rdf:RDF)[\s>/]/;
const HTML_START = /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/** The XML root element name of a document (after its prolog and DOCTYPE), or undefined. */
export function xmlRootName(text: string): string | undefined {
  const rest = text.replace(XML_PROLOG, '').replace(/^<!DOCTYPE[^>]*>\s*/i, '').replace(XML_PROLOG, '');
  return /^<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1];
}

/**
 * Guesses the format of an input without a telling extension (stdin, "article-17"). JSONL needs every
 * non-blank line to open an object, so prose that merely starts with "{" is not mistaken for it.
 */
export function sniffFormat(text: string): InputFormat {
  const body = text.replace(/^\uFEFF/, '');
  const start = body.replace(XML_PROLOG, '');
  if (FEED_ROOT.test(start)) return 'feed';
  if (HTML_START.test(start) || HTML_START.test(start.replace(/^<!DOCTYPE[^>]*>\s*/i, ''))) return 'html';
  const lines = body.split('\n').filter((line) => line.trim() !== '');
  if (lines.length > 0 && lines.every((line) => line.trimStart().startsWith('{'))) return 'jsonl';
  return 'text';
}
