import type { CollectionConfig } from 'payload'
import { siteContent } from '../../access/presets'
import { createdByField } from '../../fields/createdByField'
import { dateRange } from '../../fields/dateRange'
import { reviewFields } from '../../fields/reviewFields'
import { sitesField } from '../../fields/sitesField'
import { slugField } from '../../fields/slugField'
import { requireConsentToPublish } from '../../hooks/requireConsentToPublish'
import { requireRenderable } from '../../hooks/requireRenderable'
import { closeRequestsOnPublish } from '../ReviewRequests/workflow'
import { requireReviewToPublish } from '../../hooks/requireReviewToPublish'
import { groupLabel, label, labels } from '../../i18n'
import { audienceOptions } from '../Sites'

export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: labels('campaign', 'campaigns'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'sites', 'startDate', 'endDate', '_status'],
    group: groupLabel('groupContent'),
  },
  access: siteContent,
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: { beforeChange: [requireReviewToPublish, requireConsentToPublish, requireRenderable], afterChange: [closeRequestsOnPublish] },
  fields: [
    { name: 'title', type: 'text', label: label('title'), required: true, localized: true },
    { name: 'summary', type: 'textarea', label: label('summary'), localized: true },
    {
      name: 'audience',
      type: 'select',
      label: label('audience'),
      required: true,
      options: audienceOptions.filter((option) => option.value !== 'hub'),
    },
    dateRange({ start: 'startDate', end: 'endDate', startLabel: 'campaignStart', endLabel: 'campaignEnd', required: true }),
    { name: 'keyVisual', type: 'upload', label: label('campaignKeyVisual'), relationTo: 'media' },
    slugField(),
    sitesField({ audienceField: 'audience' }),
    reviewFields,
    createdByField,
  ],
}
