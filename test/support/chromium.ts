/**
 * Headless Chromium for the browser tests: Debian's (`apt-get install chromium`, which .ci/run
 * does), driven by playwright-core; CHROMIUM_PATH points elsewhere. The launch flags are those
 * known to work on this kind of machine: no sandbox as root, and no background networking on a
 * closed network.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
/** Starting Chromium and bundling take a few seconds; a busy machine needs more. */
export const CHROMIUM_TIMEOUT = 120_000

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (as .ci/run does), or set CHROMIUM_PATH`)
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
}
