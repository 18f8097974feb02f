/**
 * One site as every part of the build sees it: the validated snapshot, its pictures, downloads,
 * routes and addresses. Built without Astro, so the renderer, the static build's integration and
 * the pages share it.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import type { Snapshot } from '@victor/shared/snapshot'
import { describeImages, type SiteImage } from './images'
import { localizedRoutes, type LocalizedRoute, type StaticPageIndex } from './model'
import { downloadFile, siteUrls, type SiteUrls } from './urls'

export interface SiteDownload {
  id: string
  /** The original inside the snapshot's media folder. */
  source: string
  /** Path below the site's base. */
  file: string
  bytes: number
}

export interface SiteModel {
  snapshot: Snapshot
  images: Map<string, SiteImage>
  downloads: Map<string, SiteDownload>
  routes: LocalizedRoute[]
  urls: SiteUrls
}

export async function createSiteModel(snapshot: Snapshot, mediaDir: string, staticPages: StaticPageIndex): Promise<SiteModel> {
  const images = await describeImages(snapshot, mediaDir)
  const downloads = new Map<string, SiteDownload>()
  for (const media of snapshot.media) {
    if (images.has(media.id)) continue
    const source = path.join(mediaDir, media.file)
    downloads.set(media.id, { id: media.id, source, file: downloadFile(media), bytes: statSync(source).size })
  }
  return { snapshot, images, downloads, routes: localizedRoutes(snapshot, staticPages), urls: siteUrls(snapshot.site.baseUrl) }
}
