import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, PayloadRequest } from 'payload'
import { affectedSiteIds, type Change } from './affectedSites'
import { requestSiteBuild, type ChangedDocument } from './requestSiteBuild'

/** Asks for a build of every site the change affects (none for work the build itself does). */
export async function rebuild(req: PayloadRequest, change: Change, context: Record<string, unknown>) {
  if (context.skipSiteBuilds || context.siteBuild) return
  const sites = await affectedSiteIds(req, change)
  if (sites.length === 0) return
  const who = req.user && 'email' in req.user ? ` by ${req.user.email}` : ''
  const title = change.doc.title ?? change.doc.name ?? change.doc.siteId ?? change.doc.filename ?? ''
  const what = `${change.collection} ${change.doc.id}${typeof title === 'string' && title ? ` "${title}"` : ''}`
  const verb = change.operation === 'delete' ? 'deleted' : change.doc._status === 'draft' ? 'unpublished' : change.operation === 'create' ? 'created' : 'changed'
  // A deleted document has no record left to point at.
  const document = change.operation === 'delete' ? undefined : ({ relationTo: change.collection, value: change.doc.id } as ChangedDocument)
  for (const siteId of sites) await requestSiteBuild(req, siteId, `${what} ${verb}${who}`, document)
}

const afterChange: CollectionAfterChangeHook = async ({ collection, context, doc, operation, previousDoc, req }) => {
  await rebuild(req, { collection: collection.slug as Change['collection'], doc, previousDoc, operation }, context)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, context, doc, req }) => {
  await rebuild(req, { collection: collection.slug as Change['collection'], doc, operation: 'delete' }, context)
  return doc
}

/** Adds the rebuild hooks to a collection whose content appears on the sites, and shows in its sidebar whether changes went live. */
export const rebuildAffectedSitesOf = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: [{ name: 'publishingStatus', type: 'ui', admin: { position: 'sidebar', components: { Field: '/components/PublishingStatus#PublishingStatus' } } }, ...collection.fields],
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
  },
})
