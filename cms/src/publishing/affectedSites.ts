/**
 * Which sites a change to a document affects, derived from the exports themselves
 * (export/siteContents.ts): the sites whose last snapshot included the document, and the sites
 * whose reads would find it now (a page newly on a site, a helpline verified, a picture given
 * consent). A site whose contents were never recorded is affected by every change until its
 * first export. Only what visitors can see counts: saving a draft of published content affects
 * nothing.
 */
import type { CollectionSlug, PayloadRequest } from 'payload'
import { includes, type SiteContents } from '../export/siteContents'
import type { Doc } from '../export/snapshotForms'

export interface Change {
  collection: CollectionSlug
  doc: Doc
  previousDoc?: Doc | null
  operation: 'create' | 'update' | 'delete'
}

/** Whether a change alters what visitors can see (drafts of published content do not). */
export async function isPublicChange(req: PayloadRequest, change: Change): Promise<boolean> {
  const config = req.payload.collections[change.collection]?.config
  if (!config?.versions?.drafts) return true
  if (change.operation === 'delete') return change.doc._status === 'published'
  if (change.doc._status === 'published') return true
  if (change.previousDoc?._status !== 'published') return false
  // Published before, a draft now: an unpublish, or only a draft saved on top of it?
  const live = await req.payload.findByID({ collection: change.collection, id: change.doc.id, draft: false, depth: 0, overrideAccess: true, req }).catch(() => null)
  return (live as Doc | null)?._status !== 'published'
}

export async function affectedSiteIds(req: PayloadRequest, change: Change): Promise<string[]> {
  if (!(await isPublicChange(req, change))) return []
  const { docs } = await req.payload.find({ collection: 'sites', depth: 0, pagination: false, overrideAccess: true, showHiddenFields: true, req })
  const sites: string[] = []
  for (const site of docs as unknown as { siteId: string; exportedContents?: SiteContents | null }[]) {
    const contents = site.exportedContents
    if (!contents || (await includes(req.payload, contents, change.collection, change.doc.id, req))) sites.push(site.siteId)
  }
  return sites.sort()
}
