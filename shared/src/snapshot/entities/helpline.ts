/** A helpline of a country, as the sites show it and call it. */
import { z } from 'zod'
import { HELPLINE_KINDS } from '../../vocabulary'
import { id, locale, localized, text, webAddress } from '../fields'

export const helplineSchema = z.object({
  id,
  kind: z.enum(HELPLINE_KINDS),
  /** The country it serves (ISO 3166-1 alpha-2), since schema version 2: the hub lists helplines by country. */
  country: z.string().length(2),
  name: localized(text),
  organisation: localized(text),
  /** E.164 for a full number, the digits of a short code: the `tel:` target. */
  number: z.string().regex(/^(\+[1-9]\d{6,14}|[1-9]\d{2,5})$/, 'a number in E.164 (+359...) or a short code (116000)'),
  display: text,
  international: z.string().nullable(),
  isShortCode: z.boolean(),
  hours: localized(text),
  available24h: z.boolean(),
  freeOfCharge: z.boolean(),
  languages: z.array(locale),
  sms: z.string().nullable(),
  chatUrl: webAddress.nullable(),
})

export type SnapshotHelpline = z.infer<typeof helplineSchema>
/** What the CMS's export gives (the schema's input). */
export type SnapshotHelplineInput = z.input<typeof helplineSchema>
