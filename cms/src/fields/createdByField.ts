import type { RelationshipField } from 'payload'
import { label } from '../i18n'

/** Who created a document: set by the CMS when it is created, never by a request. */
export const createdByField: RelationshipField = {
  name: 'createdBy',
  type: 'relationship',
  label: label('createdBy'),
  relationTo: 'users',
  index: true,
  admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.createdBy) },
  hooks: {
    beforeChange: [({ operation, originalDoc, req }) => (operation === 'create' ? (req.user?.collection === 'users' ? req.user.id : null) : (originalDoc?.createdBy ?? null))],
  },
}
