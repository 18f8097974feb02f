/**
 * The site's data as the pages use it. The renderer hands each render its site in
 * `Astro.locals.site`; a plain `astro build` (one site, VICTOR_SNAPSHOT) loads it once here.
 */
import { getCollection, type CollectionEntry } from 'astro:content'
import type { Snapshot } from '@victor/shared/snapshot'
import { readSnapshotDir, snapshotDirFromEnv } from './snapshot-file'
import { createSiteModel, type SiteModel } from './site-model'
import type { LocalizedRoute } from './model'

export interface SiteData extends SiteModel {
  staticPages: Map<string, CollectionEntry<'staticPages'>>
}

let fromEnvironment: Promise<SiteData> | undefined

export function getSiteData(locals?: App.Locals): Promise<SiteData> {
  if (locals?.site) return locals.site
  fromEnvironment ??= (async () => {
    const { snapshot, location } = readSnapshotDir(snapshotDirFromEnv())
    return createSiteData(snapshot, location.mediaDir)
  })()
  return fromEnvironment
}

/** The site of a snapshot, with the fixed MDX pages of its audience. */
export async function createSiteData(snapshot: Snapshot, mediaDir: string): Promise<SiteData> {
  const entries = await getCollection('staticPages')
  const staticPages = new Map(entries.map((entry) => [entry.id, entry]))
  return { ...(await createSiteModel(snapshot, mediaDir, new Set(staticPages.keys()))), staticPages }
}

/** The route a page renders: from getStaticPaths in a static build, else looked up by its URL. */
export function findRoute(routes: LocalizedRoute[], params: Record<string, string | undefined>): LocalizedRoute | undefined {
  return routes.find((route) => route.locale === params.locale && route.path === (params.path ?? ''))
}
