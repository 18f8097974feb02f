import type { Field, FieldAccess, UIField } from 'payload'
import { WORKFLOW_CONTEXT } from '../collections/ReviewRequests/workflow'
import { label } from '../i18n'

/** Written by the publishing rule only (hooks/requireReviewToPublish.ts), never through the API or the form. */
const byWorkflowOnly: FieldAccess = ({ req }) => req.context?.[WORKFLOW_CONTEXT] === true

/**
 * Who approved the published version of content for children, and when: recorded when a
 * reviewer publishes it. Requests for review and their answers are in Review requests.
 */
export const reviewFields: Field = {
  name: 'review',
  type: 'group',
  label: label('review'),
  admin: { position: 'sidebar', condition: (data) => Boolean(data?.review?.approvedBy) },
  access: { create: byWorkflowOnly, update: byWorkflowOnly },
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
