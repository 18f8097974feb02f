/** A page of a site with its blocks, per locale it is translated into. */
import { z } from 'zod'
import { PAGE_ROLES } from '../../vocabulary'
import { SLUG_PATTERN } from '../addresses'
import { blockSchema } from '../blocks'
import { id, text, translated } from '../fields'

export const pageSchema = z.object({
  id,
  slug: z.string().regex(SLUG_PATTERN, 'lowercase words joined by hyphens'),
  role: z.enum(PAGE_ROLES),
  campaign: id.nullable(),
  updatedAt: z.iso.datetime({ offset: true }),
  translations: translated(
    z.object({
      title: text,
      summary: z.string().nullable(),
      metaTitle: z.string().nullable(),
      metaDescription: z.string().nullable(),
      metaImage: id.nullable(),
      blocks: z.array(blockSchema),
    }),
  ),
})

export type SnapshotPage = z.infer<typeof pageSchema>
/** What the CMS's export gives (the schema's input). */
export type SnapshotPageInput = z.input<typeof pageSchema>
