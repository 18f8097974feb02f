/** Short questions and answers: what parents, teachers or the public ask most. */
import { z } from 'zod'
import { text } from '../fields'

export const schema = z.object({
  blockType: z.literal('faq'),
  heading: text,
  items: z.array(z.object({ question: text, answer: text })).min(1),
})
