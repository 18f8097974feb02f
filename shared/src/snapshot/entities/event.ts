/** A training or workshop for professionals. */
import { z } from 'zod'
import { EVENT_KINDS, PROFESSIONAL_AUDIENCES } from '../../vocabulary'
import { id, isoDate, localized, richHtml, text } from '../fields'

export const eventSchema = z.object({
  id,
  kind: z.enum(EVENT_KINDS),
  country: z.string().length(2),
  audiences: z.array(z.enum(PROFESSIONAL_AUDIENCES)),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  title: localized(text),
  place: localized(text),
  descriptionHtml: localized(richHtml),
  materials: z.array(id),
})

export type SnapshotEvent = z.infer<typeof eventSchema>
/** What the CMS's export gives (the schema's input). */
export type SnapshotEventInput = z.input<typeof eventSchema>
