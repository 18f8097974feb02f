import type { Field, UIField } from 'payload'
import { label } from '../i18n'

/**
 * Who approved the published version of content for children, and when: recorded when a
 * reviewer publishes it, never taken from a request (hooks/requireReviewToPublish.ts). Requests
 * for review and their answers are in Review requests.
 */
export const reviewFields: Field = {
  name: 'review',
  type: 'group',
  label: label('review'),
  admin: { position: 'sidebar', condition: (data) => Boolean(data?.review?.approvedBy) },
  fields: [
    { name: 'approvedBy', type: 'relationship', label: label('reviewApprovedBy'), relationTo: 'users', admin: { readOnly: true }, hooks: { beforeDuplicate: [() => null] } },
    { name: 'approvedAt', type: 'date', label: label('reviewApprovedAt'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, hooks: { beforeDuplicate: [() => null] } },
  ],
}

/** At the top of the sidebar: what waits for review and what the reviewers said (components/Review.tsx). */
export const reviewPanelField: UIField = {
  name: 'reviewPanel',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/components/Review#ReviewPanel' } },
}
