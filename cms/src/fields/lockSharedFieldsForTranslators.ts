import type { CollectionConfig, Field, FieldAccess } from 'payload'
import { currentUser } from '../access/roles'

const notTranslator: FieldAccess = ({ req }) => currentUser(req)?.role !== 'translator'

/**
 * Translators change only the texts of their own locales: every field that is the same in all
 * locales (sites, dates, numbers, pictures...) becomes read-only for them, in the admin and the API.
 */
export function lockSharedFieldsForTranslators(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: lockSharedFieldsForTranslators(field.fields) }
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ('localized' in tab && tab.localized ? tab : { ...tab, fields: lockSharedFieldsForTranslators(tab.fields) })),
      }
    }
    if (field.type === 'ui' || ('localized' in field && field.localized)) return field
    if (field.type === 'group' && 'name' in field && field.name) {
      return { ...field, fields: lockSharedFieldsForTranslators(field.fields) }
    }
    if (!('name' in field) || !field.name) return field
    return { ...field, access: { ...field.access, create: notTranslator, update: notTranslator } } as Field
  })
}

export const lockCollectionForTranslators = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: lockSharedFieldsForTranslators(collection.fields),
})
