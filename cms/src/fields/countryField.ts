import type { RelationshipField } from 'payload'
import { relationship } from 'payload/shared'
import { label } from '../i18n'
import { validateEditorCountry } from './editorScope'

/** The country a document belongs to; an editor can only pick one of their own countries. */
export function countryField(options: { required?: boolean } = {}): RelationshipField {
  return {
    name: 'country',
    type: 'relationship',
    label: label('country'),
    relationTo: 'countries',
    required: options.required,
    index: true,
    validate: async (value, args) => {
      const base = await relationship(value as never, args as never)
      if (base !== true) return base
      return validateEditorCountry(value, args.req)
    },
  }
}
