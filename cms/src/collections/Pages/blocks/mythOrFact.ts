import { definePageBlock, type Doc } from './definePageBlock'
import { VERDICTS, type Verdict } from '@victor/shared/vocabulary'
import { label, labels, type VictorKey } from '../../../i18n'
import { heading } from './fields'

const verdictLabels: Record<Verdict, VictorKey> = { myth: 'blockMyth', fact: 'blockFact' }

export const mythOrFact = definePageBlock('mythOrFact', {
  audiences: ['prevention', 'demand-reduction'],
  config: {
    labels: { singular: label('blockMythOrFact'), plural: label('blockMythOrFact') },
    fields: [
      heading(),
      {
        name: 'items',
        type: 'array',
        label: label('blockStatements'),
        labels: labels('blockStatement', 'blockStatements'),
        minRows: 1,
        required: true,
        fields: [
          { name: 'statement', type: 'text', label: label('blockStatement'), required: true },
          {
            name: 'verdict',
            type: 'radio',
            label: label('blockVerdict'),
            required: true,
            options: VERDICTS.map((verdict) => ({ label: label(verdictLabels[verdict]), value: verdict })),
          },
          { name: 'explanation', type: 'textarea', label: label('blockExplanation'), required: true },
        ],
      },
    ],
  },
  toSnapshot: (block) => [{ blockType: 'mythOrFact', heading: block.heading, items: (block.items ?? []).map(({ statement, verdict, explanation }: Doc) => ({ statement, verdict, explanation })) }],
})
