import type { CollectionConfig } from 'payload'
import { isAdminOrCoordinator } from '../../access/isAdminOrCoordinator'
import { groupLabel, label, labels } from '../../i18n'

/**
 * Every build of a site: what asked for it, how it went, how long it took, what it printed.
 * Written by the publishing pipeline only; coordinators read it to see what is live where.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: labels('siteBuild', 'siteBuilds'),
  admin: {
    useAsTitle: 'trigger',
    defaultColumns: ['site', 'status', 'trigger', 'createdAt', 'durationMs'],
    group: groupLabel('groupPublishing'),
    description: label('siteBuildsHelp'),
  },
  defaultSort: '-createdAt',
  access: {
    read: isAdminOrCoordinator,
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
    { name: 'requestedBy', type: 'relationship', label: label('siteBuildRequestedBy'), relationTo: 'users' },
    {
      type: 'row',
      fields: [
        { name: 'startedAt', type: 'date', label: label('siteBuildStartedAt'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'finishedAt', type: 'date', label: label('siteBuildFinishedAt'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'durationMs', type: 'number', label: label('siteBuildDuration') },
      ],
    },
    { name: 'error', type: 'textarea', label: label('siteBuildError') },
    { name: 'log', type: 'code', label: label('siteBuildLog'), admin: { language: 'shell' } },
  ],
}
