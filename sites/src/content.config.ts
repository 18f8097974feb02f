/**
 * Content collections of one site build.
 * - `snapshot`: every record of the snapshot named by VICTOR_SNAPSHOT (validated with the shared
 *   contract), one entry per record (`pages/3`, `helplines/1`, `site`, ...). Pictures of the
 *   media list go through `image()`, so astro:assets and sharp make the responsive variants;
 *   other media (PDF resources) are published as downloads by src/pages/downloads.
 * - `staticPages`: the fixed pages written as MDX (<audience>/<locale>/<slug>.mdx).
 */
import { defineCollection } from 'astro:content'
import { glob, type Loader } from 'astro/loaders'
import { z } from 'astro/zod'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readSnapshotDir, snapshotDirFromEnv } from './lib/snapshot-file'

export const SNAPSHOT_LISTS = ['pages', 'campaigns', 'helplines', 'partners', 'infoDesks', 'events', 'resources', 'news', 'media'] as const
export type SnapshotList = (typeof SNAPSHOT_LISTS)[number]

const RASTER = /^image\/(jpeg|png|webp|avif|gif|tiff)$/

function snapshotLoader(): Loader {
  return {
    name: 'victor-snapshot',
    load: async ({ store, parseData, generateDigest, config }) => {
      const { snapshot, location } = readSnapshotDir(snapshotDirFromEnv())
      const root = fileURLToPath(config.root)
      const filePath = path.relative(root, location.file).split(path.sep).join('/')
      const records: { id: string; data: Record<string, unknown> }[] = [
        { id: 'site', data: { kind: 'site', order: 0, item: { ...snapshot.site, generatedAt: snapshot.generatedAt } } },
      ]
      for (const list of SNAPSHOT_LISTS) {
        snapshot[list].forEach((item, order) => {
          const data: Record<string, unknown> = { kind: list, order, item }
          if (list === 'media' && RASTER.test((item as { mimeType: string }).mimeType)) data.image = `./media/${(item as { file: string }).file}`
          records.push({ id: `${list}/${item.id}`, data })
        })
      }
      store.clear()
      for (const { id, data } of records) {
        const parsed = await parseData({ id, data, filePath: location.file })
        store.set({ id, data: parsed, digest: generateDigest(data), filePath })
      }
    },
  }
}

export const collections = {
  snapshot: defineCollection({
    loader: snapshotLoader(),
    schema: ({ image }) =>
      z.object({
        kind: z.enum(['site', ...SNAPSHOT_LISTS]),
        order: z.number(),
        item: z.record(z.string(), z.unknown()),
        image: image().optional(),
      }),
  }),
  staticPages: defineCollection({
    // astro.config resolves VICTOR_STATIC_DIR to an absolute folder before this runs.
    loader: glob({ pattern: `${process.env.VICTOR_AUDIENCE ?? '*'}/*/*.mdx`, base: process.env.VICTOR_STATIC_DIR ?? './src/content/static' }),
    schema: z.object({ title: z.string(), description: z.string() }),
  }),
}
