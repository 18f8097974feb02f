import { definePageBlock, type Doc } from './definePageBlock'
import { label, labels, translate } from '../../../i18n'

export const quiz = definePageBlock('quiz', {
  audiences: ['prevention'],
  config: {
    labels: { singular: label('blockQuiz'), plural: label('blockQuiz') },
    fields: [
      { name: 'question', type: 'text', label: label('blockQuestion'), required: true },
      {
        name: 'options',
        type: 'array',
        label: label('blockAnswers'),
        labels: labels('blockAnswer', 'blockAnswers'),
        minRows: 2,
        maxRows: 5,
        required: true,
        fields: [
          { name: 'text', type: 'text', label: label('blockAnswer'), required: true },
          { name: 'correct', type: 'checkbox', label: label('blockCorrect') },
        ],
        validate: (value, { req }) => {
          const rows = (value ?? []) as { correct?: boolean }[]
          if (rows.length > 0 && !rows.some((row) => row.correct)) return translate(req.t, 'errorQuizCorrect')
          return true
        },
      },
      { name: 'explanation', type: 'textarea', label: label('blockExplanation'), required: true },
    ],
  },
  toSnapshot: (block) => [
    { blockType: 'quiz', question: block.question, options: (block.options ?? []).map((option: Doc) => ({ text: option.text, correct: Boolean(option.correct) })), explanation: block.explanation },
  ],
})
