import type { Field } from 'payload'
import { label } from '../i18n'

/**
 * Who created a document: set by the CMS when it is created, never by a request. The account for
 * the access rules; the name as it was then, for everyone who reads the document (not everyone
 * may read accounts).
 */
export const createdByFields: Field[] = [
  {
    name: 'createdBy',
    type: 'relationship',
    label: label('createdBy'),
    relationTo: 'users',
    index: true,
    admin: { hidden: true },
    hooks: {
      beforeChange: [({ operation, originalDoc, req }) => (operation === 'create' ? (req.user?.collection === 'users' ? req.user.id : null) : (originalDoc?.createdBy ?? null))],
    },
  },
  {
    name: 'createdByName',
    type: 'text',
    label: label('createdBy'),
    admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.createdByName) },
    hooks: {
      beforeChange: [({ operation, originalDoc, req }) => (operation === 'create' ? ((req.user as { name?: string } | null)?.name ?? null) : (originalDoc?.createdByName ?? null))],
    },
  },
]
