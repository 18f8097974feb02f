import type { Audience } from '@victor/shared/vocabulary'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { currentUser } from '../access/roles'
import { translate } from '../i18n'
import { siteAudiences } from '../utilities/siteAudiences'
import { PublishingRefused } from './PublishingRefused'

const mayApprove = ['admin', 'coordinator', 'reviewer']

/**
 * Content on a prevention site is read by children: it goes live only when a reviewer (or a
 * coordinator) publishes it, which records who approved it. Editors save drafts and ask for
 * review; translators never publish.
 * Scheduled publishing runs as the person who scheduled it, so the same rule applies to it.
 */
export const requireReviewToPublish: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const user = currentUser(req)
  if (!user) return data // system work: seeding, migrations
  // The approval on a document is the CMS's record: only an approving publish below changes it.
  data.review = originalDoc?.review ?? null
  if (data._status !== 'published') return data
  const audiences = await siteAudiences(req, data.sites ?? originalDoc?.sites)
  const refused = publishingRefusal(req, audiences)
  if (refused) throw new PublishingRefused(refused)
  if (audiences.includes('prevention')) data.review = { approvedBy: user.id, approvedAt: new Date().toISOString() }
  return data
}

/** Why the signed-in person may not put content on sites of these audiences live (or take it off), in their language; null when they may. */
export function publishingRefusal(req: PayloadRequest, audiences: Audience[]): string | null {
  const user = currentUser(req)
  if (!user) return null
  if (user.role === 'translator') return translate(req.t, 'errorTranslatorPublish')
  if (!audiences.includes('prevention')) return null
  return user.role && mayApprove.includes(user.role) ? null : translate(req.t, 'errorReviewRequired')
}
