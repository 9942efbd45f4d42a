/**
 * Where a batch's pages come from, as the command line names them:
 * - `-`: NDJSON on standard input (one page a line);
 * - a file ending in .ndjson or .jsonl (or .ndjson.gz, .jsonl.gz): NDJSON;
 * - a folder: every file under it (hidden ones skipped), id = the path inside the folder;
 * - a glob (`pages/*.html`, `site/**\/*.htm`): the matching files, id = the path as matched;
 * - any other file: one page, id = the path as given.
 * Files are listed up front (so the total is known) and read one at a time as workers need
 * them. A file or folder that cannot be read, and a broken symbolic link, become error results;
 * symbolic links are followed, each folder listed once (so a link loop ends). Gzip-compressed
 * files (by their magic bytes, whatever their name) are decompressed.
 */
import { createReadStream, readdirSync, statSync, type Dirent } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, posix, relative, sep } from 'node:path'
import type { Readable } from 'node:stream'
import { promisify } from 'node:util'
import { createGunzip, gunzip } from 'node:zlib'
import { DEFAULT_MAX_INPUT_BYTES } from '../lib/options.js'
import type { FailedInput, PageInput } from './clean-articles.js'
import { isGzip } from './gunzip.js'
import { idKey } from './ids.js'
import { countLines, readPageLines } from './ndjson.js'

/** NDJSON files, by extension, optionally gzip-compressed. */
const NDJSON_FILE = /\.(?:ndjson|jsonl)(?:\.gz)?$/i
/** A gzip-compressed NDJSON file. */
const GZIP_NAME = /\.gz$/i
/**
 * A compressed page is inflated to at most the library's input limit (and one byte more, to
 * tell an oversized page): a small file that inflates to gigabytes must not fill memory.
 */
const MAX_INFLATED_BYTES = DEFAULT_MAX_INPUT_BYTES + 1
/** Plain words for the errors a file system gives. */
const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'not a folder',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
}
const inflate = promisify(gunzip)
/** Characters that make an argument a glob pattern. */
const GLOB_CHARACTERS = /[*?[]/
/** The slash a folder's path ends with, dropped from a glob id (toPageFile adds it back for a folder). */
const TRAILING_SLASH = /\/$/
/** Regex metacharacters to escape when a glob segment becomes a regex. */
const REGEX_SPECIAL = /[.+^${}()|\\]/g

/** A file to read as a page, or something found while listing that is already an error. */
export type PageFile = { id: string; path: string; failed?: undefined } | { id: string; failed: string; path?: undefined }

export type Source =
  | { kind: 'stdin' }
  | { kind: 'ndjson'; path: string }
  | { kind: 'files'; files: PageFile[] }

/** A file system error in plain words, with its code. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === undefined) return error instanceof Error ? error.message : String(error)
  return `${FS_ERRORS[code] ?? (error as Error).message} (${code})`
}

/** A found path, or a folder or link that could not be followed (`failed`, with `path` naming it). */
interface Found {
  path: string
  failed?: string
}

/** What a directory entry is once symbolic links are followed: null for a broken link. */
function kindOf(entry: Dirent, path: string): { folder: boolean; file: boolean; inode: string } | null {
  if (!entry.isSymbolicLink() && !entry.isDirectory()) return { folder: false, file: entry.isFile(), inode: '' }
  try {
    const stats = statSync(path)
    return { folder: stats.isDirectory(), file: stats.isFile(), inode: `${stats.dev}:${stats.ino}` }
  } catch {
    return null
  }
}

/**
 * Every file under a folder, sorted, skipping hidden files and folders. Symbolic links are
 * followed; a folder reached twice (a link loop, or two links to one folder) is listed once. A
 * folder that cannot be listed and a broken link are kept as `failed` entries.
 */
function filesUnder(folder: string): Found[] {
  const out: Found[] = []
  const listed = new Set<string>()
  try {
    const root = statSync(folder)
    listed.add(`${root.dev}:${root.ino}`)
  } catch (error) {
    return [{ path: `${folder}${sep}`, failed: describeFsError(error) }]
  }
  const pending = [folder]
  while (pending.length > 0) {
    const dir = pending.pop()!
    let entries: Dirent[]
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch (error) {
      out.push({ path: `${dir}${sep}`, failed: describeFsError(error) })
      continue
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      const kind = kindOf(entry, path)
      if (kind === null) out.push({ path, failed: 'broken symbolic link' })
      else if (kind.folder) {
        if (listed.has(kind.inode)) continue
        listed.add(kind.inode)
        pending.push(path)
      } else if (kind.file) out.push({ path })
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** A found path as a page file named `id`; a folder's failure names the folder with a trailing slash. */
function toPageFile(found: Found, id: string): PageFile {
  if (found.failed === undefined) return { id, path: found.path }
  const folder = found.path.endsWith(sep)
  const shown = folder && !id.endsWith('/') ? `${id}/` : id
  return { id: shown, failed: folder ? `cannot read folder ${shown}: ${found.failed}` : `${found.failed}: ${shown}` }
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
function globFiles(pattern: string): PageFile[] {
  const normalised = posix.normalize(pattern.split(sep).join('/'))
  const segments = normalised.split('/')
  const firstWild = segments.findIndex((segment) => GLOB_CHARACTERS.test(segment))
  const base = segments.slice(0, firstWild).join('/') || (normalised.startsWith('/') ? '/' : '.')
  const matcher = globToRegex(normalised)
  return filesUnder(base)
    .map((found) => ({ found, path: found.path.split(sep).join('/') }))
    .filter(({ found, path }) => found.failed !== undefined || matcher.test(path))
    .map(({ found, path }) => toPageFile(found, path.replace(TRAILING_SLASH, '')))
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
      for (const found of filesUnder(arg)) files.push(toPageFile(found, relative(arg, found.path).split(sep).join('/') || '.'))
    } else if (GLOB_CHARACTERS.test(arg)) {
      const matched = globFiles(arg)
      if (matched.length === 0) throw new Error(`no files match ${arg}`)
      files.push(...matched)
    } else {
      files.push({ id: arg, path: arg })
    }
  }
  return { kind: 'files', files }
}

/** A page file's bytes, decompressed when they are gzip; throws with a message when it cannot. */
export async function readPageFile(path: string): Promise<Uint8Array> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw new Error(`cannot read ${path}: ${describeFsError(error)}`)
  }
  if (!isGzip(bytes)) return bytes
  try {
    return await inflate(bytes, { maxOutputLength: MAX_INFLATED_BYTES })
  } catch (error) {
    const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
    // Worded as the single-page reader (gunzip.ts) words it.
    throw new Error(`cannot read ${path}: ${tooBig ? `it decompresses to more than ${DEFAULT_MAX_INPUT_BYTES} bytes, more than any page` : `it is not valid gzip: ${error instanceof Error ? error.message : String(error)}`}`)
  }
}

async function* readFiles(files: readonly PageFile[]): AsyncGenerator<PageInput | FailedInput> {
  for (const file of files) {
    if (file.failed !== undefined) {
      yield { id: file.id, failed: file.failed }
      continue
    }
    try {
      yield { id: file.id, input: await readPageFile(file.path) }
    } catch (error) {
      yield { id: file.id, failed: error instanceof Error ? error.message : String(error) }
    }
  }
}

/** The NDJSON lines of a file, through gunzip when its name ends in .gz. */
function ndjsonStream(path: string): Readable {
  const file = createReadStream(path)
  if (!GZIP_NAME.test(path)) return file
  const unzip = createGunzip()
  file.on('error', (error) => unzip.destroy(error))
  return file.pipe(unzip)
}

/** The pages of a source, without those whose id key (ids.ts) is in `skip`. */
export function pagesOf(source: Source, skip: ReadonlySet<string>): AsyncIterable<PageInput | FailedInput> {
  if (source.kind === 'files') return readFiles(skip.size === 0 ? source.files : source.files.filter((file) => !skip.has(idKey(file.id))))
  const stream = source.kind === 'stdin' ? process.stdin : ndjsonStream(source.path)
  return skipIds(readPageLines(stream), skip)
}

async function* skipIds(pages: AsyncIterable<PageInput | FailedInput>, skip: ReadonlySet<string>): AsyncGenerator<PageInput | FailedInput> {
  for await (const page of pages) if (page.id === undefined || !skip.has(idKey(page.id))) yield page
}

/** How many pages a source will give, when it can be known before reading it. */
export async function totalOf(source: Source, skip: ReadonlySet<string>): Promise<number | null> {
  if (source.kind === 'files') return source.files.filter((file) => !skip.has(idKey(file.id))).length
  if (source.kind === 'ndjson') {
    try {
      return Math.max(0, (await countLines(ndjsonStream(source.path))) - skip.size)
    } catch {
      return null
    }
  }
  return null
}
