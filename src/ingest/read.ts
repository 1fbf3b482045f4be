import { ParleyError } from '../errors/catalogue.ts';
import { toIsoDate } from './dates.ts';
import { listArticleFiles, statFile, statInput } from './files.ts';
import { fromFile, fromStdin } from './sources.ts';
import { resolveLimits, type IngestItem, type IngestLimits, type IngestOptions, type InputFormat, type Outcome, type RawArticle } from './types.ts';

const FORMATS = new Set(['auto', 'text', 'html', 'jsonl', 'feed']);

interface Plan {
  limits: IngestLimits;
  format: InputFormat | undefined;
  /** Resolved only when "-" is read: touching process.stdin opens it, which can keep the process alive. */
  stdin: () => NodeJS.ReadableStream;
  overrides: { published?: string; outlet?: string };
}

/** Checks the options once, up front: a bad option is misuse and throws, before any input is touched. */
function plan(options: IngestOptions): Plan {
  const format = options.format ?? 'auto';
  if (!FORMATS.has(format)) throw new ParleyError('USAGE', `unknown format "${format}" (auto, text, html, jsonl, feed)`);
  let published: string | undefined;
  if (options.pubDate !== undefined) {
    published = toIsoDate(options.pubDate);
    if (!published) throw new ParleyError('USAGE', `publication date "${options.pubDate}" is not an ISO date (YYYY-MM-DD)`);
  }
  return {
    limits: resolveLimits(options.limits),
    format: format === 'auto' ? undefined : format,
    stdin: () => options.stdin ?? process.stdin,
    overrides: { published, outlet: options.outlet?.trim() || undefined },
  };
}

/** Everything one path yields: "-" is stdin, a directory is walked, anything else is one file. */
async function* outcomesOf(path: string, p: Plan): AsyncGenerator<Outcome> {
  if (path === '-') return yield* fromStdin(p.stdin(), p.format, p.limits);
  let isDirectory: boolean;
  try {
    isDirectory = (await statInput(path)).isDirectory();
  } catch (e) {
    return yield { ok: false, origin: path, error: e as ParleyError };
  }
  if (!isDirectory) return yield* fromFile(path, p.format, p.limits);
  let entries;
  try {
    entries = await listArticleFiles(path, p.limits.maxFiles);
  } catch (e) {
    if (!(e instanceof ParleyError)) throw e;
    return yield { ok: false, origin: path, error: e };
  }
  for (const entry of entries) {
    if (entry.error) yield { ok: false, origin: entry.path, error: entry.error };
    else yield* fromFile(entry.path, p.format, p.limits);
  }
}

/** --pub-date and --outlet win over whatever the input says. */
function withOverrides(article: RawArticle, overrides: Plan['overrides']): RawArticle {
  if (!overrides.published && !overrides.outlet) return article;
  return {
    text: article.text,
    meta: { ...article.meta, ...(overrides.published && { published: overrides.published }), ...(overrides.outlet && { outlet: overrides.outlet }) },
  };
}

/**
 * Reads any number of inputs with batch semantics: each failure (a missing file, a bad JSONL line, a feed item
 * without text) is yielded as an item with its stable code and origin, and the run goes on.
 * Throws ParleyError('USAGE') only for bad options.
 */
export async function* readInputs(paths: string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const p = plan(options);
  for (const path of paths) {
    for await (const outcome of outcomesOf(path, p)) {
      if (outcome.ok) yield { ok: true, article: withOverrides(outcome.article, p.overrides) };
      else yield { ok: false, origin: outcome.origin, code: outcome.error.code, message: outcome.error.message };
    }
  }
}

/**
 * One file (or "-") for `parley analyze FILE`: all of its articles, or a ParleyError for the first problem,
 * whose message names the origin ("feed.xml#3: …"). A directory is refused (INPUT_UNREADABLE): use readInputs.
 */
export async function readOne(path: string, options: IngestOptions = {}): Promise<RawArticle[]> {
  const p = plan(options);
  if (path !== '-') await statFile(path);
  const articles: RawArticle[] = [];
  for await (const outcome of outcomesOf(path, p)) {
    if (!outcome.ok) throw withOrigin(outcome.error, outcome.origin);
    articles.push(withOverrides(outcome.article, p.overrides));
  }
  return articles;
}

function withOrigin(error: ParleyError, origin: string): ParleyError {
  const prefix = `${error.message.split(': ')[0]}: `;
  const detail = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : '';
  return new ParleyError(error.code, detail ? `${origin}: ${detail}` : origin, { ...error.details, origin });
}
