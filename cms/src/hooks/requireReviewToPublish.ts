import type { CollectionBeforeChangeHook } from 'payload'
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
  if (user.role === 'translator') {
    throw new PublishingRefused(translate(req.t, 'errorTranslatorPublish'))
  }
  const audiences = await siteAudiences(req, data.sites ?? originalDoc?.sites)
  if (!audiences.includes('prevention')) return data
  if (!user.role || !mayApprove.includes(user.role)) {
    throw new PublishingRefused(translate(req.t, 'errorReviewRequired'))
  }
  data.review = { approvedBy: user.id, approvedAt: new Date().toISOString() }
  return data
}
