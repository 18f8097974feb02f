/** A picture with a caption. */
import { z } from 'zod'
import { id, type Reference } from '../fields'

export const schema = z.object({ blockType: z.literal('image'), image: id, caption: z.string().nullable() })

export const references = (block: z.infer<typeof schema>): Reference[] => [{ list: 'media', id: block.image, path: ['image'] }]
