/** A partner organisation of the partnership. */
import { z } from 'zod'
import { PARTNER_TYPES } from '../../vocabulary'
import { id, localized, text, webAddress } from '../fields'

export const partnerSchema = z.object({
  id,
  name: localized(text),
  shortName: z.string().nullable(),
  type: z.enum(PARTNER_TYPES),
  country: z.string().length(2).nullable(),
  isApplicant: z.boolean(),
  website: webAddress.nullable(),
  logo: id.nullable(),
  role: localized(text),
})

export type SnapshotPartner = z.infer<typeof partnerSchema>
/** What the CMS's export gives (the schema's input). */
export type SnapshotPartnerInput = z.input<typeof partnerSchema>
