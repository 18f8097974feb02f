/**
 * The files of a site besides its pages: pictures, downloads and the sitemap. Written by the
 * renderer and, after a plain `astro build`, by the static build's integration.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { writeImages } from './images'
import { sitemapFiles } from './sitemap'
import type { SiteModel } from './site-model'

export async function writeSiteFiles(model: SiteModel, outDir: string, imageCacheDir: string): Promise<string> {
  const images = await writeImages(model.images.values(), outDir, imageCacheDir)
  for (const download of model.downloads.values()) {
    // Copied, not linked: the snapshot folder is not ours to keep unchanged.
    const target = path.join(outDir, decodeURIComponent(download.file))
    await mkdir(path.dirname(target), { recursive: true })
    await copyFile(download.source, target)
  }
  for (const [name, xml] of Object.entries(await sitemapFiles(model))) await writeFile(path.join(outDir, name), xml)
  return `${model.images.size} pictures (${images.converted} converted, ${images.reused} from the cache), ${model.downloads.size} downloads, sitemap`
}
