/**
 * Review of a document, seen from the document: which requests wait for it, and closing them
 * when it is published (every open request when every language is, else those of the language).
 */
import { getLocale, type LocaleCode } from '@victor/shared'
import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest, Where } from 'payload'
import { publishingLanguage } from '../../publishing/languagePublishing'

export const REVIEWED_COLLECTIONS = ['pages', 'campaigns', 'news'] as const satisfies readonly CollectionSlug[]
export type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number]

export const reviewStatuses = ['open', 'published', 'sent-back', 'withdrawn'] as const
export type ReviewStatus = (typeof reviewStatuses)[number]

/** Lets the workflow write what only it may write: the "published" outcome of a request. */
export const WORKFLOW_CONTEXT = 'reviewWorkflow'

export const documentWhere = (collection: string, id: number | string): Where => ({
  and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }],
})

export async function openRequestsFor(req: PayloadRequest, collection: string, id: number | string) {
  const { docs } = await req.payload.find({
    collection: 'review-requests',
    where: { and: [documentWhere(collection, id), { status: { equals: 'open' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

export const languageName = (code: string) => getLocale(code as LocaleCode).nativeName
export const personName = (req: PayloadRequest) => (req.user && 'name' in req.user ? String(req.user.name) : '')

/** Publishing a document answers the requests waiting for what went live (hooks.ts tells whoever asked). */
export const closeRequestsOnPublish: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (doc._status !== 'published') return doc
  const alone = publishingLanguage(req)
  req.context[WORKFLOW_CONTEXT] = true
  try {
    for (const request of await openRequestsFor(req, collection.slug, doc.id)) {
      if (alone && request.locale !== alone) continue
      await req.payload.update({ collection: 'review-requests', id: request.id, data: { status: 'published' }, overrideAccess: true, req })
    }
  } finally {
    delete req.context[WORKFLOW_CONTEXT]
  }
  return doc
}
