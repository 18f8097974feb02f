/** The hub's catalogue of the other sites' partner widgets. */
import { z } from 'zod'
import { widgetKinds } from '../../widgets'
import { countryAudienceSchema, siteIdSchema } from './site'
import { localized, locale, text, webAddress } from '../fields'

/**
 * Since schema version 3, on the hub only (null elsewhere): the partnership's other sites and the
 * widgets each offers, for the hub's page that gives partners their snippets.
 */
export const embedSchema = z.object({
  /** Where partners embed the widgets from. */
  widgetsUrl: webAddress,
  sites: z.array(
    z.object({
      siteId: siteIdSchema,
      audience: countryAudienceSchema,
      name: localized(text),
      country: z.string().length(2),
      baseUrl: webAddress,
      locales: z.array(locale).min(1),
      widgets: z.array(z.enum(widgetKinds)).min(1),
    }),
  ),
})

export type SnapshotEmbed = z.infer<typeof embedSchema>
/** What the CMS's export gives (the schema's input). */
export type SnapshotEmbedInput = z.input<typeof embedSchema>
