/** How to report, step by step. */
import { z } from 'zod'
import { text } from '../fields'

export const schema = z.object({
  blockType: z.literal('reportSteps'),
  heading: text,
  steps: z.array(z.object({ title: text, text: z.string().nullable() })).min(1),
  anonymity: z.string().nullable(),
  whatHappensNext: z.string().nullable(),
})
