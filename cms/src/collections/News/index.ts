import type { CollectionConfig } from 'payload'
import { reviewedContent } from '../ReviewRequests/reviewedContent'
import { anyOf } from '../../access/anyOf'
import { isAdminOrCoordinator } from '../../access/isAdminOrCoordinator'
import { isReviewer } from '../../access/isReviewer'
import { publishedOrSignedIn } from '../../access/publishedOrSignedIn'
import { translatorInOwnLocale } from '../../access/translatorInOwnLocale'
import { slugField } from '../../fields/slugField'
import { checkNewsAddress, validateNewsAddress } from './checkNewsAddress'
import { label, labels, staticLabel } from '../../i18n'

/** News of the partnership, on the hub. */
export const News: CollectionConfig = reviewedContent({
  slug: 'news',
  labels: labels('newsItem', 'news'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedDate', '_status'],
    group: staticLabel('groupHub'),
  },
  access: {
    read: publishedOrSignedIn,
    create: isAdminOrCoordinator,
    update: anyOf(isAdminOrCoordinator, translatorInOwnLocale, isReviewer),
    delete: isAdminOrCoordinator,
  },
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 30 },
  hooks: { beforeChange: [checkNewsAddress] },
  fields: [
    { name: 'title', type: 'text', label: label('title'), required: true, localized: true },
    { name: 'summary', type: 'textarea', label: label('summary'), localized: true },
    { name: 'content', type: 'richText', label: staticLabel('blockContent'), localized: true },
    { name: 'image', type: 'upload', label: label('image'), relationTo: 'media' },
    {
      name: 'publishedDate',
      type: 'date',
      label: label('newsDate'),
      required: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    slugField({ address: validateNewsAddress }),
  ],
})
