/**
 * Writes .br and .gz beside the text files of a site, as a static host or CDN serves them, so a
 * page's weight over the wire is its compressed weight. `serve.ts` sends them. Used by the renderer
 * for each file it writes and, after a plain `astro build`, for the whole output.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

export const COMPRESSIBLE = /\.(html|css|js|mjs|svg|xml|json|txt|webmanifest)$/

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** `<file>.br` and `<file>.gz` holding `body` compressed (in libuv's threads, so several at once help). */
export async function writeCompressedCopies(file: string, body: string | Buffer): Promise<void> {
  const [br, gz] = await Promise.all([brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }), gzip(body, { level: 9 })])
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)])
}

/** Compressed copies of every text file below `dir`; returns how many files. */
export async function precompressSite(dir: string): Promise<number> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
  await Promise.all(files.map(async (file) => writeCompressedCopies(file, await readFile(file))))
  return files.length
}
