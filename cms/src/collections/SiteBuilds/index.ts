import type { Access, CollectionConfig, Where } from 'payload'
import { anyOf } from '../../access/anyOf'
import { isAdminOrCoordinator } from '../../access/isAdminOrCoordinator'
import { isReviewer } from '../../access/isReviewer'
import { currentUser, userCountryIds } from '../../access/roles'
import { label, labels, staticLabel } from '../../i18n'
import { buildFailureReasons, SITE_CONTENT_COLLECTIONS } from '../../publishing/buildFailure'

/** Editors see the builds of their countries' sites, translators those their own changes asked for. */
const buildsInScope: Access = ({ req }) => {
  const user = currentUser(req)
  const own: Where = { requestedBy: { contains: user?.id } }
  if (user?.role === 'editor') return { or: [own, { 'site.country': { in: userCountryIds(req) } }] }
  if (user?.role === 'translator') return own
  return false
}

/**
 * Every build of a site: what asked for it and whose changes it carries, how it went, how long it
 * took, what it printed, and when it failed, why and where (the record and field at fault).
 * Written by the publishing pipeline only; everyone sees whether their publish went live.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: labels('siteBuild', 'siteBuilds'),
  admin: {
    useAsTitle: 'trigger',
    defaultColumns: ['site', 'status', 'trigger', 'createdAt', 'durationMs'],
    group: staticLabel('groupPublishing'),
    description: label('siteBuildsHelp'),
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: {
    read: anyOf(isAdminOrCoordinator, isReviewer, buildsInScope),
    create: () => false,
    update: () => false,
    delete: isAdminOrCoordinator,
  },
  fields: [
    { name: 'site', type: 'relationship', label: label('site'), relationTo: 'sites', required: true, index: true },
    {
      name: 'status',
      type: 'select',
      label: label('siteBuildStatus'),
      required: true,
      index: true,
      defaultValue: 'queued',
      options: [
        { label: label('siteBuildStatus_queued'), value: 'queued' },
        { label: label('siteBuildStatus_running'), value: 'running' },
        { label: label('siteBuildStatus_succeeded'), value: 'succeeded' },
        { label: label('siteBuildStatus_failed'), value: 'failed' },
      ],
    },
    { name: 'trigger', type: 'text', label: label('siteBuildTrigger'), required: true },
    { name: 'changes', type: 'number', label: label('siteBuildChanges'), defaultValue: 1, admin: { description: label('siteBuildChangesHelp') } },
    { name: 'requestedBy', type: 'relationship', label: label('siteBuildRequestedBy'), relationTo: 'users', hasMany: true, index: true },
    {
      name: 'documents',
      type: 'relationship',
      label: label('siteBuildDocuments'),
      relationTo: [...SITE_CONTENT_COLLECTIONS],
      hasMany: true,
      admin: { description: label('siteBuildDocumentsHelp') },
    },
    {
      type: 'row',
      fields: [
        { name: 'startedAt', type: 'date', label: label('siteBuildStartedAt'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'finishedAt', type: 'date', label: label('siteBuildFinishedAt'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'durationMs', type: 'number', label: label('siteBuildDuration') },
      ],
    },
    {
      name: 'reason',
      type: 'select',
      label: label('siteBuildReason'),
      options: buildFailureReasons.map((reason) => ({ label: label(`siteBuildReason_${reason}`), value: reason })),
      admin: { condition: (data) => data?.status === 'failed' },
    },
    {
      name: 'problems',
      type: 'array',
      label: label('siteBuildProblems'),
      labels: labels('siteBuildProblem', 'siteBuildProblems'),
      admin: { condition: (data) => Boolean(data?.problems?.length), description: label('siteBuildProblemsHelp') },
      fields: [
        { name: 'collection', type: 'text', label: label('siteBuildProblemCollection') },
        { name: 'documentId', type: 'text', label: label('siteBuildProblemDocument') },
        { name: 'locale', type: 'text', label: label('reviewLocale') },
        { name: 'field', type: 'text', label: label('siteBuildProblemField') },
        { name: 'message', type: 'textarea', label: label('siteBuildProblemMessage') },
      ],
    },
    { name: 'error', type: 'textarea', label: label('siteBuildError'), admin: { readOnly: true } },
    // Plain text: the admin's code editor would load itself from the internet.
    { name: 'log', type: 'textarea', label: label('siteBuildLog'), admin: { readOnly: true, rows: 20 } },
  ],
}
