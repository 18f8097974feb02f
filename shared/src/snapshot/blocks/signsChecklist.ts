/** Signs to recognise; a site with one offers partners its signs widget. */
import { z } from 'zod'
import { text } from '../fields'

export const schema = z.object({ blockType: z.literal('signsChecklist'), heading: text, intro: z.string().nullable(), signs: z.array(text).min(1) })
