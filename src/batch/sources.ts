/**
 * Where a batch's pages come from, as the command line names them:
 * - `-`: NDJSON on standard input (one page a line);
 * - a file ending in .ndjson or .jsonl: NDJSON;
 * - a folder: every file under it (hidden ones skipped), id = the path inside the folder;
 * - a glob (`pages/*.html`, `site/**\/*.htm`): the matching files, id = the path as matched;
 * - any other file: one page, id = the path as given.
 * Files are listed up front (so the total is known) and read one at a time as workers need
 * them; a file that cannot be read becomes an error result.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, posix, relative, sep } from 'node:path'
import type { FailedInput, PageInput } from './clean-articles.js'
import { gunzipPage } from './gunzip.js'
import { countLines, readPageLines } from './ndjson.js'

/** NDJSON files, by extension. */
const NDJSON_FILE = /\.(?:ndjson|jsonl)$/i
/** Characters that make an argument a glob pattern. */
const GLOB_CHARACTERS = /[*?[]/
/** Regex metacharacters to escape when a glob segment becomes a regex. */
const REGEX_SPECIAL = /[.+^${}()|\\]/g

export interface PageFile {
  id: string
  path: string
}

export type Source =
  | { kind: 'stdin' }
  | { kind: 'ndjson'; path: string }
  | { kind: 'files'; files: PageFile[] }

/** Every file under a folder, sorted, skipping hidden files and folders. */
function filesUnder(folder: string): string[] {
  const out: string[] = []
  const pending = [folder]
  while (pending.length > 0) {
    const dir = pending.pop()!
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) pending.push(path)
      else if (entry.isFile()) out.push(path)
    }
  }
  return out.sort()
}

/** A glob as a regex over '/'-separated paths: `**` any folders, `*` and `?` within one name. */
export function globToRegex(pattern: string): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!
    if (char === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/'
      source += slash ? '(?:[^/]*/)*' : '.*'
      i += slash ? 2 : 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else if (char === '[') {
      const end = pattern.indexOf(']', i + 1)
      if (end === -1) source += '\\['
      else {
        const body = pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')
        source += `[${body}]`
        i = end
      }
    } else source += char.replace(REGEX_SPECIAL, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/** The files a glob matches, named as the pattern names them (relative or absolute), sorted. */
function globFiles(pattern: string): string[] {
  const normalised = posix.normalize(pattern.split(sep).join('/'))
  const segments = normalised.split('/')
  const firstWild = segments.findIndex((segment) => GLOB_CHARACTERS.test(segment))
  const base = segments.slice(0, firstWild).join('/') || (normalised.startsWith('/') ? '/' : '.')
  const matcher = globToRegex(normalised)
  try {
    return filesUnder(base)
      .map((path) => path.split(sep).join('/'))
      .filter((path) => matcher.test(path))
  } catch {
    return []
  }
}

/** Resolves the command line's page arguments; throws with a message for a usage mistake. */
export function resolveSources(args: readonly string[]): Source {
  if (args.length === 0) throw new Error('batch needs a folder, a glob, an NDJSON file or - (standard input)')
  if (args.includes('-')) {
    if (args.length > 1) throw new Error('- (standard input) cannot be combined with other inputs')
    return { kind: 'stdin' }
  }
  const ndjson = args.filter((arg) => NDJSON_FILE.test(arg))
  if (ndjson.length > 0) {
    if (args.length > 1) throw new Error('an NDJSON file cannot be combined with other inputs')
    return { kind: 'ndjson', path: ndjson[0]! }
  }
  const files: PageFile[] = []
  for (const arg of args) {
    let isFolder = false
    try {
      isFolder = statSync(arg).isDirectory()
    } catch {
      // Not an existing path: a glob, or a missing file that becomes an error result.
    }
    if (isFolder) {
      for (const path of filesUnder(arg)) files.push({ id: relative(arg, path).split(sep).join('/'), path })
    } else if (GLOB_CHARACTERS.test(arg)) {
      const matched = globFiles(arg)
      if (matched.length === 0) throw new Error(`no files match ${arg}`)
      for (const path of matched) files.push({ id: path, path })
    } else {
      files.push({ id: arg, path: arg })
    }
  }
  return { kind: 'files', files }
}

async function* readFiles(files: readonly PageFile[]): AsyncGenerator<PageInput | FailedInput> {
  for (const file of files) {
    let bytes: Uint8Array
    try {
      bytes = await readFile(file.path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      yield { id: file.id, failed: `cannot read ${file.path}: ${code ?? String(error)}` }
      continue
    }
    let input: Uint8Array
    try {
      input = gunzipPage(bytes)
    } catch (error) {
      yield { id: file.id, failed: `cannot read ${file.path}: ${error instanceof Error ? error.message : String(error)}` }
      continue
    }
    yield { id: file.id, input }
  }
}

/** The pages of a source, without those whose id is in `skip`. */
export function pagesOf(source: Source, skip: ReadonlySet<string>): AsyncIterable<PageInput | FailedInput> {
  if (source.kind === 'files') return readFiles(skip.size === 0 ? source.files : source.files.filter((file) => !skip.has(file.id)))
  const stream = source.kind === 'stdin' ? process.stdin : createReadStream(source.path)
  return skipIds(readPageLines(stream), skip)
}

async function* skipIds(pages: AsyncIterable<PageInput | FailedInput>, skip: ReadonlySet<string>): AsyncGenerator<PageInput | FailedInput> {
  for await (const page of pages) if (page.id === undefined || !skip.has(page.id)) yield page
}

/** How many pages a source will give, when it can be known before reading it. */
export async function totalOf(source: Source, skip: ReadonlySet<string>): Promise<number | null> {
  if (source.kind === 'files') return source.files.filter((file) => !skip.has(file.id)).length
  if (source.kind === 'ndjson') {
    try {
      return Math.max(0, (await countLines(source.path)) - skip.size)
    } catch {
      return null
    }
  }
  return null
}
