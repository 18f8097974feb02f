/** A news item of the hub. */
import { z } from 'zod'
import { id, isoDate, richHtml, text, translated } from '../fields'

export const newsSchema = z.object({
  id,
  slug: text,
  date: isoDate,
  image: id.nullable(),
  translations: translated(z.object({ title: text, summary: z.string().nullable(), html: richHtml })),
})

export type SnapshotNews = z.infer<typeof newsSchema>
/** What the CMS's export gives (the schema's input). */
export type SnapshotNewsInput = z.input<typeof newsSchema>
