import type { Field } from 'payload'
import { label } from '../i18n'

/**
 * Review of content for children: the editor asks for review, a reviewer approves by publishing.
 * Shown in the sidebar so the state of a page is visible at a glance.
 */
export const reviewFields: Field = {
  name: 'review',
  type: 'group',
  label: label('review'),
  admin: { position: 'sidebar' },
  fields: [
    {
      name: 'status',
      type: 'select',
      label: label('reviewStatus'),
      defaultValue: 'not-requested',
      options: [
        { label: label('reviewNotRequested'), value: 'not-requested' },
        { label: label('reviewRequested'), value: 'requested' },
        { label: label('reviewChangesRequested'), value: 'changes-requested' },
        { label: label('reviewApproved'), value: 'approved' },
      ],
      admin: { description: label('reviewStatusHelp') },
    },
    { name: 'note', type: 'textarea', label: label('reviewNote') },
    {
      name: 'approvedBy',
      type: 'relationship',
      label: label('reviewApprovedBy'),
      relationTo: 'users',
      admin: { readOnly: true, condition: (_, sibling) => Boolean(sibling?.approvedBy) },
    },
    {
      name: 'approvedAt',
      type: 'date',
      label: label('reviewApprovedAt'),
      admin: { readOnly: true, condition: (_, sibling) => Boolean(sibling?.approvedAt) },
    },
  ],
}
