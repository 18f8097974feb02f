/**
 * The site's data as the pages use it: the `snapshot` collection put back into the shape of the
 * snapshot contract (same types), plus the pictures resolved by astro:assets. Loaded once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content'
import type { ImageMetadata } from 'astro'
import type { Snapshot } from '@victor/shared/snapshot'
import { listStaticPages } from './static-dir'
import { localizedRoutes, type LocalizedRoute } from './model'

export interface SiteData {
  snapshot: Snapshot
  /** Pictures of the media list, by media id, processed by astro:assets. */
  images: Map<string, ImageMetadata>
  staticPages: Map<string, CollectionEntry<'staticPages'>>
  routes: LocalizedRoute[]
}

let cached: Promise<SiteData> | undefined

export function getSiteData(): Promise<SiteData> {
  cached ??= load()
  return cached
}

async function load(): Promise<SiteData> {
  const entries = (await getCollection('snapshot')).sort((a, b) => a.data.order - b.data.order)
  const of = <K extends keyof Snapshot>(kind: K) => entries.filter((entry) => entry.data.kind === kind).map((entry) => entry.data.item) as unknown as Snapshot[K]
  const siteEntry = entries.find((entry) => entry.data.kind === 'site')
  if (!siteEntry) throw new Error('The snapshot collection has no site entry')
  const { generatedAt, ...site } = siteEntry.data.item as unknown as Snapshot['site'] & { generatedAt: string }
  const snapshot: Snapshot = {
    schemaVersion: 1,
    generatedAt,
    site,
    pages: of('pages'),
    campaigns: of('campaigns'),
    helplines: of('helplines'),
    partners: of('partners'),
    infoDesks: of('infoDesks'),
    events: of('events'),
    resources: of('resources'),
    news: of('news'),
    media: of('media'),
  }
  const images = new Map<string, ImageMetadata>()
  for (const entry of entries) {
    if (entry.data.kind === 'media' && entry.data.image) images.set(String(entry.data.item.id), entry.data.image)
  }
  const staticEntries = await getCollection('staticPages')
  const staticPages = new Map(staticEntries.map((entry) => [entry.id, entry]))
  const index = listStaticPages(process.env.VICTOR_STATIC_DIR ?? 'src/content/static')
  return { snapshot, images, staticPages, routes: localizedRoutes(snapshot, index) }
}
