import { definePageBlock, type Doc } from './definePageBlock'
import { label, labels } from '../../../i18n'
import { heading } from './fields'

export const faq = definePageBlock('faq', {
  audiences: ['prevention', 'demand-reduction', 'hub'],
  config: {
    labels: { singular: label('blockFaq'), plural: label('blockFaq') },
    fields: [
      heading(),
      {
        name: 'items',
        type: 'array',
        label: label('blockFaqQuestions'),
        labels: labels('blockQuestion', 'blockFaqQuestions'),
        minRows: 1,
        required: true,
        fields: [
          { name: 'question', type: 'text', label: label('blockQuestion'), required: true },
          { name: 'answer', type: 'textarea', label: label('blockAnswer'), required: true },
        ],
      },
    ],
  },
  toSnapshot: (block) => [{ blockType: 'faq', heading: block.heading, items: (block.items ?? []).map(({ question, answer }: Doc) => ({ question, answer })) }],
})
