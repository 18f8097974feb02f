import { definePageBlock, type Doc } from './definePageBlock'
import { label, labels } from '../../../i18n'
import { heading } from './fields'

export const signsChecklist = definePageBlock('signsChecklist', {
  audiences: ['prevention', 'demand-reduction', 'hub'],
  config: {
    labels: { singular: label('blockSignsChecklist'), plural: label('blockSignsChecklist') },
    fields: [
      heading(),
      { name: 'intro', type: 'textarea', label: label('blockIntro') },
      {
        name: 'signs',
        type: 'array',
        label: label('blockSigns'),
        labels: labels('blockSign', 'blockSigns'),
        minRows: 1,
        required: true,
        fields: [{ name: 'text', type: 'text', label: label('blockSign'), required: true }],
      },
    ],
  },
  toSnapshot: (block) => [{ blockType: 'signsChecklist', heading: block.heading, intro: block.intro || null, signs: (block.signs ?? []).map((sign: Doc) => sign.text) }],
})
