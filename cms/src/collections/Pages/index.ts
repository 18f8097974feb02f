import type { CollectionConfig, SelectFieldSingleValidation } from 'payload'
import { select } from 'payload/shared'
import { PAGE_ROLES } from '@victor/shared/vocabulary'
import { reviewedContent } from '../ReviewRequests/reviewedContent'
import { siteContent } from '../../access/presets'
import { createdByFields } from '../../fields/createdByField'
import { sitesField } from '../../fields/sitesField'
import { showSaveErrors } from '../../fields/showSaveErrors'
import { slugField } from '../../fields/slugField'
import { checkPageAddress, validatePageAddress } from './checkPageAddress'
import { label, labels, staticLabel } from '../../i18n'
import { absolutePreviewUrl, pagePreviewPath } from '../../preview/previewUrl'
import { siteAudiences } from '../../utilities/siteAudiences'
import { blocksForAudiences, pageBlocks } from './blocks'

/** The campaign content: localized, on one or more sites, built from blocks that fit the audience. */
export const Pages: CollectionConfig = reviewedContent({
  slug: 'pages',
  labels: labels('page', 'pages'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'sites', '_status', 'updatedAt'],
    group: staticLabel('groupContent'),
    // The draft on its site, rendered by the site's own renderer (src/preview): in a new tab, or beside the form.
    preview: (doc, { locale }) => (doc?.id ? pagePreviewPath(doc.id as number | string, locale) : null),
    livePreview: { url: ({ data, locale, req }) => (data?.id ? absolutePreviewUrl(pagePreviewPath(data.id, locale.code), req) : null) },
  },
  access: siteContent,
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: { beforeChange: [checkPageAddress] },
  fields: [
    { name: 'title', type: 'text', label: label('title'), required: true, localized: true },
    {
      name: 'summary',
      type: 'textarea',
      label: label('summary'),
      localized: true,
      admin: { description: label('summaryHelp') },
    },
    {
      name: 'layout',
      type: 'blocks',
      label: label('pageLayout'),
      labels: labels('block', 'blocks'),
      localized: true,
      blocks: pageBlocks,
      admin: { description: label('pageLayoutHelp') },
      filterOptions: async ({ data, req }) => blocksForAudiences(await siteAudiences(req, data?.sites)),
    },
    slugField({ address: validatePageAddress('slug') }),
    sitesField(),
    {
      name: 'role',
      type: 'select',
      label: label('pageRole'),
      required: true,
      defaultValue: 'message',
      options: PAGE_ROLES.map((role) => ({ label: label(`pageRole_${role}`), value: role })),
      // A site has one home page: its copy is a page like others.
      hooks: { beforeDuplicate: [({ value }) => (value === 'home' ? 'message' : value)] },
      admin: { position: 'sidebar', description: label('pageRoleHelp'), components: showSaveErrors },
      validate: (async (value, args) => {
        const option = select(value, args)
        return option === true ? validatePageAddress('role')(value, args) : option
      }) satisfies SelectFieldSingleValidation,
    },
    {
      name: 'campaign',
      type: 'relationship',
      label: label('campaign'),
      relationTo: 'campaigns',
      admin: { position: 'sidebar' },
    },
    ...createdByFields,
  ],
})
