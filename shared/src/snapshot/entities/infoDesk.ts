/** An information desk: where and when people can ask in person. */
import { z } from 'zod'
import { id, isoDate, localized, text } from '../fields'

export const infoDeskSchema = z.object({
  id,
  name: localized(text),
  country: z.string().length(2),
  host: id.nullable(),
  address: localized(text),
  openingHours: localized(text),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  activeFrom: isoDate,
  activeUntil: isoDate.nullable(),
})

export type SnapshotInfoDesk = z.infer<typeof infoDeskSchema>
/** What the CMS's export gives (the schema's input). */
export type SnapshotInfoDeskInput = z.input<typeof infoDeskSchema>
