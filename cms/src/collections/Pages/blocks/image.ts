import { definePageBlock } from './definePageBlock'
import { label } from '../../../i18n'

export const image = definePageBlock('image', {
  audiences: ['prevention', 'demand-reduction', 'hub'],
  config: {
    labels: { singular: label('image'), plural: label('image') },
    fields: [
      { name: 'image', type: 'upload', label: label('image'), relationTo: 'media', required: true },
      { name: 'caption', type: 'text', label: label('caption') },
    ],
  },
  toSnapshot: (block, _locale, scope) => {
    // A picture visitors may not see (consent withdrawn since) is left out, not shown broken.
    const image = scope.mediaRef(block.image)
    return image ? [{ blockType: 'image', image, caption: block.caption || null }] : []
  },
})
