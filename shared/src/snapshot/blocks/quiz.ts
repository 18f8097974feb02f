/** A question with answers, one or more of them right. */
import { z } from 'zod'
import { text } from '../fields'

export const schema = z.object({
  blockType: z.literal('quiz'),
  question: text,
  options: z.array(z.object({ text, correct: z.boolean() })).min(2),
  explanation: text,
})
