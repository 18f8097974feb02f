/** A heading (optional) and rich text. */
import { z } from 'zod'
import { richHtml } from '../fields'

export const schema = z.object({ blockType: z.literal('richText'), heading: z.string().nullable(), html: richHtml })
