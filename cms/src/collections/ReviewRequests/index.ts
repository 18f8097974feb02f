import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'
import { anyOf } from '../../access/anyOf'
import { isAdmin } from '../../access/isAdmin'
import { isAdminOrCoordinator } from '../../access/isAdminOrCoordinator'
import { isReviewer } from '../../access/isReviewer'
import { currentUser, hasRole, userCountryIds } from '../../access/roles'
import { localeOptions } from '../../fields/localeOptions'
import { label, labels, staticLabel } from '../../i18n'
import { checkReviewRequest, notifyOfReviewRequest } from './hooks'
import { REVIEWED_COLLECTIONS, reviewStatuses } from './workflow'

/** Editors read the requests for their countries' sites and their own; translators their own and their languages'. */
const requestsInScope: Access = ({ req }) => {
  const user = currentUser(req)
  const own: Where = { requestedBy: { equals: user?.id } }
  if (user?.role === 'editor') return { or: [own, { 'sites.country': { in: userCountryIds(req) } }] }
  if (user?.role === 'translator') return { or: [own, { locale: { in: user.translationLocales ?? [] } }] }
  return false
}
const ownRequests: Access = ({ req }) => {
  const user = currentUser(req)
  return user ? { requestedBy: { equals: user.id } } : false
}
/** Set when the request is made, never changed afterwards. */
const fixed: { update: FieldAccess } = { update: () => false }

/**
 * The review queue: an editor or translator asks for a review of a document in one language, a
 * reviewer publishes it (which closes every open request for it) or sends it back with a note.
 * The rules of who may do what are in hooks.ts; the queue is on reviewers' dashboards.
 */
export const ReviewRequests: CollectionConfig = {
  slug: 'review-requests',
  labels: labels('reviewRequest', 'reviewRequests'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'locale', 'sites', 'status', 'requestedBy', 'createdAt'],
    group: staticLabel('groupPublishing'),
    description: label('reviewRequestsHelp'),
  },
  defaultSort: 'createdAt',
  disableDuplicate: true,
  access: {
    read: anyOf(isAdminOrCoordinator, isReviewer, requestsInScope),
    create: ({ req }) => hasRole(req, 'admin', 'coordinator', 'editor', 'translator'),
    update: anyOf(isAdminOrCoordinator, isReviewer, ownRequests),
    delete: isAdmin,
  },
  hooks: { beforeChange: [checkReviewRequest], afterChange: [notifyOfReviewRequest] },
  fields: [
    { name: 'document', type: 'relationship', label: label('reviewDocument'), relationTo: [...REVIEWED_COLLECTIONS], required: true, access: fixed },
    { name: 'locale', type: 'select', label: label('reviewLocale'), options: localeOptions, required: true, index: true, access: fixed },
    { name: 'note', type: 'textarea', label: label('reviewNote'), access: fixed, admin: { description: label('reviewNoteHelp') } },
    {
      name: 'status',
      type: 'select',
      label: label('reviewStatus'),
      required: true,
      defaultValue: 'open',
      index: true,
      options: reviewStatuses.map((status) => ({ label: label(`reviewStatus_${status}`), value: status })),
      admin: { position: 'sidebar' },
    },
    { name: 'response', type: 'textarea', label: label('reviewResponse'), admin: { description: label('reviewResponseHelp') } },
    { name: 'title', type: 'text', label: label('title'), admin: { readOnly: true }, access: fixed },
    { name: 'sites', type: 'relationship', label: label('sites'), relationTo: 'sites', hasMany: true, admin: { readOnly: true, position: 'sidebar' }, access: fixed },
    { name: 'requestedBy', type: 'relationship', label: label('reviewRequestedBy'), relationTo: 'users', index: true, admin: { readOnly: true, position: 'sidebar' }, access: fixed },
    // Names as they were, for everyone who reads the request (not everyone may read accounts).
    { name: 'requestedByName', type: 'text', label: label('reviewRequestedBy'), admin: { hidden: true }, access: fixed },
    { name: 'resolvedBy', type: 'relationship', label: label('reviewResolvedBy'), relationTo: 'users', admin: { readOnly: true, position: 'sidebar' } },
    { name: 'resolvedByName', type: 'text', label: label('reviewResolvedBy'), admin: { hidden: true } },
    { name: 'resolvedAt', type: 'date', label: label('reviewResolvedAt'), admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
