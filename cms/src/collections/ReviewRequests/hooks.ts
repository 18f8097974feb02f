import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest, TypedLocale } from 'payload'
import { currentUser, hasRole } from '../../access/roles'
import { translate, type VictorKey } from '../../i18n'
import { renderProblemsOf } from '../../hooks/requireRenderable'
import { notify } from '../../notifications/notify'
import { fieldLabels } from '../../utilities/fieldLabels'
import { keepingLocale } from '../../utilities/keepingLocale'
import { relationId, relationIds } from '../../utilities/relationId'
import { refuse } from '../../utilities/refuse'
import { documentWhere, languageName, personName, WORKFLOW_CONTEXT, type ReviewStatus } from './workflow'

const refuseField = (req: PayloadRequest, path: string, key: VictorKey, vars?: Record<string, unknown>): never =>
  refuse(req, 'review-requests', [
    {
      path,
      label: translate(req.t, path === 'document' ? 'reviewDocument' : path === 'locale' ? 'reviewLocale' : path === 'response' ? 'reviewResponse' : 'reviewStatus'),
      message: translate(req.t, key, vars),
    },
  ])

/** Whether the person may change the document in that language: the document's own update rule decides. */
async function mayEdit(req: PayloadRequest, collection: CollectionSlug, id: number | string, locale: string): Promise<boolean> {
  const rule = req.payload.collections[collection].config.access.update
  return keepingLocale(req, async () => {
    req.locale = locale as TypedLocale
    const result = await rule({ req, id: id as never })
    if (typeof result === 'boolean') return result
    const { totalDocs } = await req.payload.count({ collection, where: { and: [{ id: { equals: id } }, result] }, overrideAccess: true, req })
    return totalDocs > 0
  })
}

const mayResolve = (req: PayloadRequest) => hasRole(req, 'admin', 'coordinator', 'reviewer')

/**
 * Asking for a review: for a document the person may edit, in a language they may edit, once at
 * a time. Answering it: a reviewer sends it back with a note; the person who asked may withdraw
 * it; only publishing (workflow.ts) marks it published.
 */
export const checkReviewRequest: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const collection = data.document?.relationTo as CollectionSlug
    const id = relationId(data.document)
    const locale = data.locale as TypedLocale
    const doc = id === null ? null : await req.payload.findByID({ collection, id, locale, fallbackLocale: false, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!doc) refuseField(req, 'document', 'errorReviewNoDocument')
    // A person asks for what they may change, and a reviewer gets what could be published: the
    // text in that language, and nothing the sites would refuse. (The seed and migrations ask for
    // what was waiting already.)
    if (currentUser(req)) {
      if (!(await mayEdit(req, collection, id!, locale))) refuseField(req, 'locale', 'errorReviewNotYours', { language: languageName(locale) })
      const { problems, languages } = await renderProblemsOf(req, collection, id!)
      if (!languages.includes(locale)) refuseField(req, 'locale', 'errorReviewNoText', { language: languageName(locale) })
      const fields = req.payload.collections[collection].config.fields
      if (problems.length) refuseField(req, 'document', 'errorReviewNotReady', { problems: problems.map((problem) => `${fieldLabels(fields, problem.path, req.i18n)}: ${problem.message}`).join(' ') })
    }
    const { docs: waiting } = await req.payload.find({
      collection: 'review-requests',
      where: { and: [documentWhere(collection, id!), { locale: { equals: locale } }, { status: { equals: 'open' } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (waiting[0]) refuseField(req, 'locale', 'errorReviewAlreadyWaiting', { language: languageName(locale), name: waiting[0].requestedByName ?? '-' })
    const title = (doc as { title?: string }).title
    return {
      ...data,
      status: 'open',
      title: title || (doc as { slug?: string }).slug || String(id),
      sites: relationIds((doc as { sites?: unknown }).sites),
      requestedBy: req.user?.collection === 'users' ? req.user.id : null,
      requestedByName: personName(req) || null,
      resolvedBy: null,
      resolvedByName: null,
      resolvedAt: null,
    }
  }

  const from = originalDoc?.status as ReviewStatus
  const to = (data.status ?? from) as ReviewStatus
  const unchanged = { ...data, status: from, resolvedBy: originalDoc?.resolvedBy ?? null, resolvedByName: originalDoc?.resolvedByName ?? null, resolvedAt: originalDoc?.resolvedAt ?? null }
  if (to === from) return { ...unchanged, response: originalDoc?.response ?? null }
  if (from !== 'open') refuseField(req, 'status', 'errorReviewClosed')
  if (to === 'published' && req.context[WORKFLOW_CONTEXT] !== true) refuseField(req, 'status', 'errorReviewPublishByPublishing')
  if (to === 'sent-back') {
    if (!mayResolve(req)) refuseField(req, 'status', 'errorReviewSendBackRole')
    const response = typeof data.response === 'string' ? data.response.trim() : ''
    if (!response) refuseField(req, 'response', 'errorReviewResponseRequired')
  }
  if (to === 'withdrawn' && !mayResolve(req) && String(relationId(originalDoc?.requestedBy)) !== String(req.user?.id)) refuseField(req, 'status', 'errorReviewWithdrawNotYours')
  return { ...data, status: to, resolvedBy: req.user?.collection === 'users' ? req.user.id : null, resolvedByName: personName(req) || null, resolvedAt: new Date().toISOString() }
}

/** Reviewers hear of a new request by email; whoever asked hears how it ended. */
export const notifyOfReviewRequest: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const collection = doc.document?.relationTo as string
  const id = relationId(doc.document)
  const vars = { title: doc.title ?? '', language: languageName(doc.locale), name: personName(req), note: doc.note ?? '', response: doc.response ?? '' }
  const link = `/collections/${collection}/${id}?locale=${doc.locale}`
  if (operation === 'create') {
    const { docs: reviewers } = await req.payload.find({ collection: 'users', where: { role: { equals: 'reviewer' } }, depth: 0, pagination: false, overrideAccess: true, req })
    await notify(
      req,
      reviewers.map((reviewer) => reviewer.id),
      { kind: 'review-requested', key: 'noticeReviewRequested', vars, link },
      { email: true, inAdmin: false },
    )
    return doc
  }
  if (previousDoc?.status === doc.status) return doc
  const requester = relationId(doc.requestedBy)
  if (doc.status === 'published') await notify(req, [requester], { kind: 'review-published', key: 'noticeReviewPublished', vars, link }, { email: true })
  if (doc.status === 'sent-back') await notify(req, [requester], { kind: 'review-sent-back', key: 'noticeReviewSentBack', vars, link }, { email: true })
  return doc
}
