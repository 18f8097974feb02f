import { definePageBlock } from './definePageBlock'
import { richTextToHtml } from '../../../export/richTextToHtml'
import { label, staticLabel } from '../../../i18n'

export const story = definePageBlock('story', {
  audiences: ['prevention', 'demand-reduction', 'hub'],
  config: {
    labels: { singular: label('blockStory'), plural: label('blockStory') },
    fields: [
      { name: 'title', type: 'text', label: label('title'), required: true },
      { name: 'content', type: 'richText', label: staticLabel('blockContent'), required: true },
      { name: 'image', type: 'upload', label: label('image'), relationTo: 'media' },
      { name: 'note', type: 'text', label: label('blockStoryNote'), admin: { description: label('blockStoryNoteHelp') } },
    ],
  },
  toSnapshot: (block, _locale, scope) => [{ blockType: 'story', title: block.title, html: richTextToHtml(block.content), image: scope.mediaRef(block.image), note: block.note || null }],
})
