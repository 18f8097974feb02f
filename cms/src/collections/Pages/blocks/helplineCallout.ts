import { definePageBlock } from './definePageBlock'
import { label } from '../../../i18n'
import { relationId, relationIds } from '../../../utilities/relationId'
import { heading } from './fields'

export const helplineCallout = definePageBlock('helplineCallout', {
  audiences: ['prevention', 'demand-reduction', 'hub'],
  config: {
    labels: { singular: label('blockHelplineCallout'), plural: label('blockHelplineCallout') },
    fields: [
      heading(),
      { name: 'text', type: 'textarea', label: label('blockText') },
      {
        name: 'helplines',
        type: 'relationship',
        label: label('helplines'),
        relationTo: 'helplines',
        hasMany: true,
        admin: { description: label('blockHelplineCalloutHelp') },
        // The lines of the page's countries; a page on the hub may name any.
        filterOptions: async ({ data, req }) => {
          const ids = relationIds(data?.sites)
          if (ids.length === 0) return true
          const { docs } = await req.payload.find({ collection: 'sites', where: { id: { in: ids } }, depth: 0, limit: ids.length, overrideAccess: true, req })
          if (docs.some((site) => site.audience === 'hub')) return true
          return { country: { in: docs.map((site) => relationId(site.country)).filter((id) => id !== null) } }
        },
      },
    ],
  },
  toSnapshot: (block, _locale, scope) => [
    { blockType: 'helplineCallout', heading: block.heading, text: block.text || null, helplines: relationIds(block.helplines).map(String).filter(scope.helplineVisible) },
  ],
})
