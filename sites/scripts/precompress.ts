/**
 * Writes .br and .gz beside every text file of a built site, as a static host or CDN serves them,
 * so a page's weight over the wire is its compressed weight. `serve.ts` sends them.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const compressible = /\.(html|css|js|mjs|svg|xml|json|txt|webmanifest)$/

export function precompressSite(dir: string): number {
  let count = 0
  const visit = (entry: string) => {
    for (const name of fs.readdirSync(entry)) {
      const full = path.join(entry, name)
      if (fs.statSync(full).isDirectory()) visit(full)
      else if (compressible.test(name)) {
        const data = fs.readFileSync(full)
        fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }))
        fs.writeFileSync(`${full}.gz`, zlib.gzipSync(data, { level: 9 }))
        count++
      }
    }
  }
  visit(dir)
  return count
}
