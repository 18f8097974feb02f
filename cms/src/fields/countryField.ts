import type { RelationshipField } from 'payload'
import { currentUser, userCountryIds } from '../access/roles'
import { showSaveErrors } from './showSaveErrors'
import { label, type VictorKey } from '../i18n'
import { keepEditorInOwnCountry } from './editorScope'

/** The country a document belongs to; an editor can only pick one of their own, and starts on it when they have one. */
export function countryField(options: { required?: boolean; description?: VictorKey } = {}): RelationshipField {
  return {
    name: 'country',
    type: 'relationship',
    label: label('country'),
    relationTo: 'countries',
    required: options.required,
    index: true,
    admin: { description: options.description && label(options.description), components: { ...showSaveErrors, Cell: '/components/RelationTitlesCell#RelationTitlesCell' } },
    defaultValue: ({ req }) => {
      const countries = currentUser(req)?.role === 'editor' ? userCountryIds(req) : []
      return countries.length === 1 ? countries[0] : undefined
    },
    filterOptions: ({ req }) => (currentUser(req)?.role === 'editor' ? { id: { in: userCountryIds(req) } } : true),
    hooks: { beforeChange: [keepEditorInOwnCountry] },
  }
}
