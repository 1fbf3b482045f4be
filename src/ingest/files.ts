import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../errors/catalogue.ts';
import { isArticleFileName } from './detect.ts';

/** A file system error as the input error a user can act on; anything that is not one is rethrown. */
export function fsError(e: unknown, path: string): ParleyError {
  if (e instanceof ParleyError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') throw e;
  if (code === 'ENOENT') return new ParleyError('INPUT_NOT_FOUND', path, { errno: code });
  // ENOTDIR: "notes.txt/child", a path through a file; EISDIR: a directory where a file was expected.
  return new ParleyError('INPUT_UNREADABLE', `${path} (${code})`, { errno: code });
}

export async function statInput(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (e) {
    throw fsError(e, path);
  }
}

/** Stats a path that must be a file (or a pipe), not a directory. */
export async function statFile(path: string): Promise<Stats> {
  const info = await statInput(path);
  if (info.isDirectory()) throw new ParleyError('INPUT_UNREADABLE', `${path} is a directory (EISDIR)`, { errno: 'EISDIR' });
  return info;
}

/**
 * The bytes of one file, refusing before reading when it is bigger than `maxBytes`. Pipes and devices
 * ("<(curl …)", /dev/stdin) have no size to stat, so they are read up to the limit instead.
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await statFile(path);
  if (info.isFile() && info.size > maxBytes) throw tooLarge(info.size, maxBytes);
  try {
    if (!info.isFile()) return await readAllBounded(createReadStream(path), maxBytes);
    const bytes = await readFile(path);
    if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes); // it grew after stat
    return bytes;
  } catch (e) {
    throw fsError(e, path);
  }
}

/** Reads a stream whole, failing as soon as it passes `maxBytes` rather than after buffering all of it. */
export async function readAllBounded(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > maxBytes) throw tooLarge(size, maxBytes, 'more than ');
    parts.push(bytes);
  }
  return Buffer.concat(parts);
}

function tooLarge(size: number, maxBytes: number, prefix = ''): ParleyError {
  return new ParleyError('INPUT_TOO_LARGE', `${prefix}${size} bytes > ${maxBytes} (maxDocumentBytes)`);
}

export type WalkEntry = { path: string; error?: ParleyError };

/**
 * Files under a directory that look like articles, in a deterministic order: entries sorted by name (code
 * units, not locale), depth first. Dotfiles, dot-directories and node_modules are skipped, and so are
 * symlinked directories, which could loop. An unreadable sub-directory is an entry with an error.
 * Throws INPUT_TOO_MANY_FILES as soon as the count passes `maxFiles`, before any file is read.
 */
export async function listArticleFiles(dir: string, maxFiles: number): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  let files = 0;
  const walk = async (path: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (e) {
      out.push({ path, error: fsError(e, path) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = join(path, entry.name);
      const kind = entry.isSymbolicLink() ? await symlinkTarget(child) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
      if (kind === 'dir') await walk(child);
      if (kind !== 'file' || !isArticleFileName(entry.name)) continue;
      if (++files > maxFiles) throw new ParleyError('INPUT_TOO_MANY_FILES', `${dir} holds more than ${maxFiles} files (maxFiles)`);
      out.push({ path: child });
    }
  };
  await walk(dir);
  return out;
}

async function symlinkTarget(path: string): Promise<'file' | 'other'> {
  try {
    return (await stat(path)).isFile() ? 'file' : 'other';
  } catch {
    return 'other'; // a dangling link is not an article
  }
}
