import { definePageBlock, type Doc } from './definePageBlock'
import { label, labels } from '../../../i18n'
import { heading } from './fields'

export const reportSteps = definePageBlock('reportSteps', {
  audiences: ['demand-reduction', 'hub'],
  config: {
    labels: { singular: label('blockReportSteps'), plural: label('blockReportSteps') },
    fields: [
      heading(),
      {
        name: 'steps',
        type: 'array',
        label: label('blockSteps'),
        labels: labels('blockStep', 'blockSteps'),
        minRows: 1,
        required: true,
        fields: [
          { name: 'title', type: 'text', label: label('title'), required: true },
          { name: 'text', type: 'textarea', label: label('blockText') },
        ],
      },
      { name: 'anonymity', type: 'textarea', label: label('blockAnonymity') },
      { name: 'whatHappensNext', type: 'textarea', label: label('blockWhatHappensNext') },
    ],
  },
  toSnapshot: (block) => [
    {
      blockType: 'reportSteps',
      heading: block.heading,
      steps: (block.steps ?? []).map((step: Doc) => ({ title: step.title, text: step.text || null })),
      anonymity: block.anonymity || null,
      whatHappensNext: block.whatHappensNext || null,
    },
  ],
})
