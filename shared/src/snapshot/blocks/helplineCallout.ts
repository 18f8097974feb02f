/** Helplines to call, named or all of the site's country. */
import { z } from 'zod'
import { id, text, type Reference } from '../fields'

export const schema = z.object({
  blockType: z.literal('helplineCallout'),
  heading: text,
  text: z.string().nullable(),
  /** Empty: all helplines of the site's country. */
  helplines: z.array(id),
})

export const references = (block: z.infer<typeof schema>): Reference[] => block.helplines.map((line, h) => ({ list: 'helplines', id: line, path: ['helplines', h] }))
