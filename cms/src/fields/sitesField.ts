import type { RelationshipField, Where } from 'payload'
import { relationship } from 'payload/shared'
import { currentUser, userCountryIds } from '../access/roles'
import { showSaveErrors } from './showSaveErrors'
import { label, translate } from '../i18n'
import { siteAudiences } from '../utilities/siteAudiences'
import { keepEditorOnOwnSites, ownSitesOnly } from './editorScope'

/**
 * The sites a document is shown on; an editor can only choose their own countries' sites, and a
 * new document starts on their site when they have one. With `audienceField`, only sites of the
 * audience named in that sibling field can be chosen.
 */
export function sitesField(options: { audienceField?: string } = {}): RelationshipField {
  const { audienceField } = options
  return {
    name: 'sites',
    type: 'relationship',
    label: label('sites'),
    relationTo: 'sites',
    hasMany: true,
    required: true,
    index: true,
    admin: { position: 'sidebar', description: label('sitesHelp'), components: { ...showSaveErrors, Cell: '/components/RelationTitlesCell#RelationTitlesCell' } },
    defaultValue: async ({ req }) => {
      if (currentUser(req)?.role !== 'editor') return undefined
      const { docs } = await req.payload.find({ collection: 'sites', where: { country: { in: userCountryIds(req) } }, depth: 0, limit: 2, overrideAccess: true, req })
      return docs.length === 1 ? [docs[0].id] : undefined
    },
    filterOptions: ({ req, siblingData }) => {
      const conditions: Where[] = []
      const audience = audienceField && (siblingData as Record<string, unknown>)[audienceField]
      if (audience) conditions.push({ audience: { equals: audience } })
      if (currentUser(req)?.role === 'editor') conditions.push({ country: { in: userCountryIds(req) } })
      return conditions.length ? { and: conditions } : true
    },
    hooks: { beforeChange: [keepEditorOnOwnSites], beforeDuplicate: [ownSitesOnly] },
    validate: async (value, args) => {
      const base = await relationship(value as never, args as never)
      if (base !== true) return base
      const audience = audienceField && (args.siblingData as Record<string, unknown>)[audienceField]
      if (audience) {
        const audiences = await siteAudiences(args.req, value)
        if (audiences.some((siteAudience) => siteAudience !== audience)) {
          return translate(args.req.t, 'errorSitesAudience')
        }
      }
      return true
    },
  } as RelationshipField
}
