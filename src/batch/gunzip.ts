/**
 * Gzip-compressed pages (`page.html.gz`, a crawler's stored responses) decompressed before cleaning,
 * recognised by their magic number whatever the file is called. The output is capped at the
 * library's input limit, so a small file that inflates to gigabytes is refused, not inflated.
 */
import { gunzipSync } from 'node:zlib'
import { DEFAULT_MAX_INPUT_BYTES } from '../lib/options.js'

/** The two bytes every gzip stream starts with. */
const GZIP_MAGIC = [0x1f, 0x8b] as const

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= GZIP_MAGIC.length && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]
}

/** The page's bytes, decompressed when they are gzip; throws an Error saying why a gzip stream cannot be read. */
export function gunzipPage(bytes: Uint8Array, maxBytes = DEFAULT_MAX_INPUT_BYTES): Uint8Array {
  if (!isGzip(bytes)) return bytes
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new Error(`it decompresses to more than ${maxBytes} bytes, more than any page`)
    throw new Error(`it is not valid gzip: ${error instanceof Error ? error.message : String(error)}`)
  }
}
