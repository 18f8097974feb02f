/** After a plain `astro build` of one site: its pictures, downloads and sitemap (src/lib/site-files.ts). */
import type { AstroIntegration } from 'astro'
import { fileURLToPath } from 'node:url'
import { readSnapshotDir, snapshotDirFromEnv } from '../lib/snapshot-file'
import { listStaticPages } from '../lib/static-dir'
import { createSiteModel } from '../lib/site-model'
import { writeSiteFiles } from '../lib/site-files'

export function siteFiles(): AstroIntegration {
  let cacheDir = ''
  return {
    name: 'victor-site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('images/', config.cacheDir))
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { snapshot, location } = readSnapshotDir(snapshotDirFromEnv())
        const model = await createSiteModel(snapshot, location.mediaDir, listStaticPages(process.env.VICTOR_STATIC_DIR!))
        logger.info(await writeSiteFiles(model, fileURLToPath(dir), cacheDir))
      },
    },
  }
}
