/**
 * The built package (dist/, through package.json `exports`) bundled as a user's bundler would:
 * esbuild resolves `clean-article` by the package's own name from the repository root.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Metafile, type Platform } from 'esbuild'

export const ROOT = join(import.meta.dirname, '..', '..')

export interface Bundle {
  code: string
  bytes: number
  gzipBytes: number
  metafile: Metafile
}

export interface BundleOptions {
  /** What the entry imports, as an app would write it. */
  source: string
  platform: Platform
  /** Export conditions besides esbuild's own for the platform (e.g. a worker runtime's). */
  conditions?: string[]
  format?: 'esm' | 'iife'
  external?: readonly string[]
  minify?: boolean
}

export function requireBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)')
}

export async function bundle(options: BundleOptions): Promise<Bundle> {
  requireBuilt()
  const result = await build({
    stdin: { contents: options.source, resolveDir: ROOT, sourcefile: 'app.js' },
    bundle: true,
    platform: options.platform,
    ...(options.conditions ? { conditions: options.conditions } : {}),
    format: options.format ?? 'esm',
    minify: options.minify ?? true,
    target: 'es2022',
    external: [...(options.external ?? [])],
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const output = result.outputFiles[0]!
  return { code: output.text, bytes: output.contents.length, gzipBytes: gzipSync(output.contents).length, metafile: result.metafile }
}

/** The packages a bundle holds code of, by name, with their bytes in the output. */
export function packagesIn(metafile: Metafile): Map<string, number> {
  const sizes = new Map<string, number>()
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(path)?.[1] ?? 'clean-article'
      sizes.set(name, (sizes.get(name) ?? 0) + input.bytesInOutput)
    }
  }
  return sizes
}
