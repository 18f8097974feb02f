/**
 * Writes .br and .gz beside the text files of a site, as a static host or CDN serves them, so a
 * page's weight over the wire is its compressed weight. `serve.ts` sends them. Used by the renderer
 * for each file it writes and, after a plain `astro build`, for the whole output.
 */
import { existsSync } from 'node:fs'
import { copyFile, link, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
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

/**
 * Writes `body` to `file` with its compressed copies, or, when `previous` (the same file in the
 * live release) holds the same bytes, links it and its copies: unchanged files keep their
 * inodes and cost no compression.
 */
export async function writeOrReuse(file: string, body: string | Buffer, previous?: string): Promise<void> {
  if (previous && existsSync(previous) && (await readFile(previous)).equals(Buffer.from(body))) return reuseFile(previous, file)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, body)
  if (COMPRESSIBLE.test(file)) await writeCompressedCopies(file, body)
}

/** Links `from` and its compressed copies to `to`. */
export async function reuseFile(from: string, to: string): Promise<void> {
  await linkOrCopy(from, to)
  for (const suffix of ['.br', '.gz']) if (existsSync(from + suffix)) await linkOrCopy(from + suffix, to + suffix)
}

/** Compressed copies of every text file below `dir`; returns how many files. */
export async function precompressSite(dir: string): Promise<number> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
  await Promise.all(files.map(async (file) => writeCompressedCopies(file, await readFile(file))))
  return files.length
}

/** A hard link (no copy, same bytes), else a copy (another file system). */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true })
  try {
    await link(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return
    await copyFile(from, to)
  }
}
