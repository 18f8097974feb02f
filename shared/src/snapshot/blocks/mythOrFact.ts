/** Statements, each a myth or a fact, with why. */
import { z } from 'zod'
import { VERDICTS } from '../../vocabulary'
import { text } from '../fields'

export const schema = z.object({
  blockType: z.literal('mythOrFact'),
  heading: text,
  items: z.array(z.object({ statement: text, verdict: z.enum(VERDICTS), explanation: text })).min(1),
})
