/** A campaign of a country audience, with its period and key visual. */
import { z } from 'zod'
import { countryAudienceSchema } from './site'
import { id, isoDate, text, translated } from '../fields'

export const campaignSchema = z.object({
  id,
  slug: text,
  audience: countryAudienceSchema,
  startDate: isoDate,
  endDate: isoDate.nullable(),
  keyVisual: id.nullable(),
  translations: translated(z.object({ title: text, summary: z.string().nullable() })),
})

export type SnapshotCampaign = z.infer<typeof campaignSchema>
/** What the CMS's export gives (the schema's input). */
export type SnapshotCampaignInput = z.input<typeof campaignSchema>
