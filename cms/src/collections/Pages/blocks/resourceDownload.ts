import { definePageBlock } from './definePageBlock'
import { label } from '../../../i18n'
import { idString } from '../../../utilities/relationId'

export const resourceDownload = definePageBlock('resourceDownload', {
  audiences: ['prevention', 'demand-reduction', 'hub'],
  config: {
    labels: { singular: label('blockResourceDownload'), plural: label('blockResourceDownload') },
    fields: [
      { name: 'resource', type: 'relationship', label: label('resource'), relationTo: 'resources', required: true },
      { name: 'text', type: 'textarea', label: label('blockText') },
    ],
  },
  toSnapshot: (block, _locale, scope) => {
    const resource = idString(block.resource)
    return resource && scope.resourceVisible(resource) ? [{ blockType: 'resourceDownload', resource, text: block.text || null }] : []
  },
})
