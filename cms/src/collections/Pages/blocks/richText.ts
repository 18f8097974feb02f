import { definePageBlock } from './definePageBlock'
import { richTextToHtml } from '../../../export/richTextToHtml'
import { label, staticLabel } from '../../../i18n'
import { heading } from './fields'

export const richText = definePageBlock('richText', {
  audiences: ['prevention', 'demand-reduction', 'hub'],
  config: {
    labels: { singular: label('blockRichText'), plural: label('blockRichText') },
    fields: [heading(false), { name: 'content', type: 'richText', label: staticLabel('blockContent'), required: true }],
  },
  toSnapshot: (block) => [{ blockType: 'richText', heading: block.heading || null, html: richTextToHtml(block.content) }],
})
