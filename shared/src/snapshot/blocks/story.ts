/** A story told in rich text, with a picture and a note (e.g. that names are changed). */
import { z } from 'zod'
import { id, richHtml, text, type Reference } from '../fields'

export const schema = z.object({ blockType: z.literal('story'), title: text, html: richHtml, image: id.nullable(), note: z.string().nullable() })

export const references = (block: z.infer<typeof schema>): Reference[] => [{ list: 'media', id: block.image, path: ['image'] }]
