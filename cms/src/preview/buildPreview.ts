/**
 * An exact preview of a draft page: its site rendered by the same renderer as the live site, from
 * the site's published content with this one page as its latest draft, into a folder of its own
 * (dist/previews/<token>) that only signed-in staff are served. It never touches the public output.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { buildSiteSnapshot } from '../export/siteSnapshot'
import { writeSnapshot } from '../export/writeSiteSnapshot'
import { relationIds } from '../utilities/relationId'
import { outputRoot } from '@victor/shared/paths'
import { runSiteBuild } from '../publishing/siteBuilder'

export const previewsRoot = (): string => path.join(outputRoot(), 'previews')

export interface Preview {
  token: string
  /** Path of the page inside the preview, e.g. ro/fake-job-offers/ */
  pagePath: string
}

/** A page cannot be previewed yet: it has no site, or no web address. The key says which, in the admin's words. */
export class PreviewNotPossible extends Error {
  constructor(readonly reason: 'previewNoSite' | 'previewNoAddress') {
    super(reason)
  }
}

export async function buildPreview(payload: Payload, options: { pageId: number | string; locale: string; user: Record<string, unknown>; siteId?: string }): Promise<Preview> {
  const page = await payload.findByID({ collection: 'pages', id: options.pageId, draft: true, depth: 0, overrideAccess: false, user: options.user as never })
  const siteIdsOfPage = (await payload.find({ collection: 'sites', where: { id: { in: relationIds(page.sites) } }, depth: 0, pagination: false, overrideAccess: true })).docs.map(
    (site) => site.siteId as string,
  )
  const siteId = options.siteId && siteIdsOfPage.includes(options.siteId) ? options.siteId : siteIdsOfPage[0]
  if (!siteId) throw new PreviewNotPossible('previewNoSite')
  if (page.role !== 'home' && !page.slug) throw new PreviewNotPossible('previewNoAddress')

  const snapshot = await buildSiteSnapshot(payload, siteId, new Date(0), { pageId: options.pageId, user: options.user })
  const token = createHash('sha256').update(JSON.stringify(snapshot)).digest('hex').slice(0, 24)
  const locale = snapshot.site.locales.includes(options.locale as never) ? options.locale : snapshot.site.defaultLocale
  const pagePath = page.role === 'home' ? `${locale}/` : `${locale}/${page.slug}/`
  const dir = path.join(previewsRoot(), token)
  if (await exists(path.join(dir, 'site', 'index.html'))) return { token, pagePath }

  snapshot.site.baseUrl = new URL(`/preview/${token}/`, snapshot.site.baseUrl).href
  snapshot.preview = true
  await writeSnapshot(snapshot, path.join(dir, 'snapshot'))
  const { ok, log } = await runSiteBuild(path.join(dir, 'snapshot'), path.join(dir, 'site'))
  if (!ok) throw new Error(`The preview could not be built:\n${log.slice(-4000)}`)
  await removeOldPreviews()
  return { token, pagePath }
}

/** Previews are for the moment of writing: those older than a day are removed. */
const PREVIEW_LIFETIME_MS = 24 * 60 * 60 * 1000

async function removeOldPreviews(now = Date.now()): Promise<void> {
  for (const name of await fs.readdir(previewsRoot())) {
    const dir = path.join(previewsRoot(), name)
    const stat = await fs.stat(dir).catch(() => null)
    if (stat && now - stat.mtimeMs > PREVIEW_LIFETIME_MS) await fs.rm(dir, { recursive: true, force: true })
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  )
}
