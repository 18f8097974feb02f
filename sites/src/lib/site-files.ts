/**
 * The files of a site besides its pages: pictures, downloads, the sitemap and the partner widgets'
 * data and iframe pages. Written by the renderer and, after a plain `astro build`, by the static
 * build's integration.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { writeImages } from './images'
import { sitemapFiles } from './sitemap'
import type { SiteModel } from './site-model'
import { writeWidgetFiles } from '../widgets/files'

/** `previousDir`: the live release, whose unchanged widget files are linked rather than written. */
export async function writeSiteFiles(model: SiteModel, outDir: string, imageCacheDir: string, previousDir?: string): Promise<string> {
  const images = await writeImages(model.images.values(), outDir, imageCacheDir)
  for (const download of model.downloads.values()) {
    // Copied, not linked: the snapshot folder is not ours to keep unchanged.
    const target = path.join(outDir, decodeURIComponent(download.file))
    await mkdir(path.dirname(target), { recursive: true })
    await copyFile(download.source, target)
  }
  for (const [name, xml] of Object.entries(await sitemapFiles(model))) await writeFile(path.join(outDir, name), xml)
  const widgets = await writeWidgetFiles(model, outDir, previousDir)
  return `${model.images.size} pictures (${images.converted} converted, ${images.reused} from the cache), ${model.downloads.size} downloads, sitemap, ${widgets}`
}
