/** A resource of the partnership offered for download. */
import { z } from 'zod'
import { id, type Reference } from '../fields'

export const schema = z.object({ blockType: z.literal('resourceDownload'), resource: id, text: z.string().nullable() })

export const references = (block: z.infer<typeof schema>): Reference[] => [{ list: 'resources', id: block.resource, path: ['resource'] }]
