import type { RelationshipField } from 'payload'
import { relationship } from 'payload/shared'
import { label, translate } from '../i18n'
import { siteAudiences } from '../utilities/siteAudiences'
import { keepEditorOnOwnSites } from './editorScope'

/**
 * The sites a document is shown on; an editor can only choose their own countries' sites.
 * With `audienceField`, only sites of the audience named in that sibling field can be chosen.
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
    admin: { position: 'sidebar', description: label('sitesHelp') },
    filterOptions: ({ siblingData }) => {
      const audience = audienceField && (siblingData as Record<string, unknown>)[audienceField]
      return audience ? { audience: { equals: audience } } : true
    },
    hooks: { beforeChange: [keepEditorOnOwnSites] },
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
