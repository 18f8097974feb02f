import type { RelationshipField } from 'payload'
import { label } from '../i18n'
import { keepEditorInOwnCountry } from './editorScope'

/** The country a document belongs to; an editor can only pick one of their own countries. */
export function countryField(options: { required?: boolean } = {}): RelationshipField {
  return {
    name: 'country',
    type: 'relationship',
    label: label('country'),
    relationTo: 'countries',
    required: options.required,
    index: true,
    hooks: { beforeChange: [keepEditorInOwnCountry] },
  }
}
