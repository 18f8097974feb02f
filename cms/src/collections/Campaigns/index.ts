import type { CollectionConfig } from 'payload'
import { COUNTRY_AUDIENCES } from '@victor/shared/vocabulary'
import { reviewedContent } from '../ReviewRequests/reviewedContent'
import { siteContent } from '../../access/presets'
import { createdByFields } from '../../fields/createdByField'
import { dateRange } from '../../fields/dateRange'
import { sitesField } from '../../fields/sitesField'
import { slugField } from '../../fields/slugField'
import { label, labels, staticLabel } from '../../i18n'
import { audienceOptions } from '../Sites'

export const Campaigns: CollectionConfig = reviewedContent({
  slug: 'campaigns',
  labels: labels('campaign', 'campaigns'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'sites', 'startDate', 'endDate', '_status'],
    group: staticLabel('groupContent'),
  },
  access: siteContent,
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  fields: [
    { name: 'title', type: 'text', label: label('title'), required: true, localized: true },
    { name: 'summary', type: 'textarea', label: label('summary'), localized: true },
    {
      name: 'audience',
      type: 'select',
      label: label('audience'),
      required: true,
      options: audienceOptions(COUNTRY_AUDIENCES),
    },
    dateRange({ start: 'startDate', end: 'endDate', startLabel: 'campaignStart', endLabel: 'campaignEnd', required: true }),
    { name: 'keyVisual', type: 'upload', label: label('campaignKeyVisual'), relationTo: 'media' },
    slugField(),
    sitesField({ audienceField: 'audience' }),
    ...createdByFields,
  ],
})
