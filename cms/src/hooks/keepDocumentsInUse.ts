/**
 * A document another one cannot be without (a required relationship: an event's country, a
 * picture block's image) is not deleted from under it: the deletion is refused with a 400 that
 * says which documents need it. The database would refuse it anyway, as a 500, and SQLite without
 * transactions could be left half-way.
 */
import { type CollectionBeforeDeleteHook, type CollectionConfig, type CollectionSlug, type FlattenedField, type SanitizedConfig } from 'payload'
import { BadRequest } from '../utilities/refuse'
import { translate } from '../i18n'

interface Dependant {
  collection: CollectionSlug
  path: string
}

/** Paths of required single relationships to `slug`, in groups, arrays and blocks too. */
function requiredRelationPaths(fields: FlattenedField[], slug: string, prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`
    if ((field.type === 'relationship' || field.type === 'upload') && field.required && !field.hasMany && field.relationTo === slug) return [path]
    if (field.type === 'blocks') return (field.blocks ?? []).flatMap((block) => (typeof block === 'string' ? [] : requiredRelationPaths(block.flattenedFields, slug, `${path}.`)))
    if ('flattenedFields' in field) return requiredRelationPaths(field.flattenedFields, slug, `${path}.`)
    return []
  })
}

const dependantsCache = new WeakMap<SanitizedConfig, Map<string, Dependant[]>>()

function dependantsOf(config: SanitizedConfig, slug: string): Dependant[] {
  let bySlug = dependantsCache.get(config)
  if (!bySlug) dependantsCache.set(config, (bySlug = new Map()))
  if (!bySlug.has(slug)) {
    bySlug.set(
      slug,
      config.collections.flatMap((collection) => requiredRelationPaths(collection.flattenedFields, slug).map((path) => ({ collection: collection.slug, path }))),
    )
  }
  return bySlug.get(slug)!
}

const keepDocumentsInUseHook: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const users: string[] = []
  for (const { collection: dependant, path } of dependantsOf(req.payload.config, collection.slug)) {
    const { docs, totalDocs } = await req.payload.find({ collection: dependant, where: { [path]: { equals: id } }, draft: true, depth: 0, limit: 3, overrideAccess: true, req })
    if (!totalDocs) continue
    const titleField = req.payload.collections[dependant].config.admin.useAsTitle
    const titles = docs.map((doc) => String((doc as unknown as Record<string, unknown>)[titleField ?? 'id'] ?? doc.id)).join(', ')
    users.push(`${totalDocs} × ${dependant} (${titles}${totalDocs > docs.length ? ', …' : ''})`)
  }
  if (users.length) throw new BadRequest(translate(req.t, 'errorInUse', { documents: users.join('; ') }))
}

/** After the collection's own hooks, which may take records that go with the document along (a site's builds). */
export const keepDocumentsInUse = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeDelete: [...(collection.hooks?.beforeDelete ?? []), keepDocumentsInUseHook] },
})
