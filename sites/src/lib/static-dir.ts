import path from 'node:path'
import { existsSync, readdirSync } from 'node:fs'

/**
 * The folder of the fixed MDX pages (<audience>/<locale>/<slug>.mdx). VICTOR_STATIC_DIR may
 * point elsewhere (tests use fixture pages); the default is src/content/static below `root`.
 */
export function resolveStaticDir(root: string): string {
  return path.resolve(root, process.env.VICTOR_STATIC_DIR || 'src/content/static')
}

/** Ids (`prevention/en/about`) of the MDX files present in the static folder. */
export function listStaticPages(dir: string): Set<string> {
  const ids = new Set<string>()
  if (!existsSync(dir)) return ids
  for (const audience of readdirSync(dir, { withFileTypes: true })) {
    if (!audience.isDirectory()) continue
    for (const locale of readdirSync(path.join(dir, audience.name), { withFileTypes: true })) {
      if (!locale.isDirectory()) continue
      for (const file of readdirSync(path.join(dir, audience.name, locale.name))) {
        if (file.endsWith('.mdx')) ids.add(`${audience.name}/${locale.name}/${file.slice(0, -4)}`)
      }
    }
  }
  return ids
}
