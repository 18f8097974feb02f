/** The site itself: its id, audience, languages, address and quick exit. */
import { z } from 'zod'
import { AUDIENCES, COUNTRY_AUDIENCES } from '../../vocabulary'
import { quickExitProblem } from '../../quickExit'
import { locale, localized, text, webAddress } from '../fields'

export const audienceSchema = z.enum(AUDIENCES)
/** A country site's audience, and so a campaign's. */
export const countryAudienceSchema = z.enum(COUNTRY_AUDIENCES)

/** `md-prevention`: a country's code and one of its audiences; or `hub`. */
export const siteIdSchema = z.string().regex(new RegExp(`^([a-z]{2}-(${COUNTRY_AUDIENCES.join('|')})|hub)$`))

export const siteSchema = z
  .object({
    siteId: siteIdSchema,
    audience: audienceSchema,
    name: localized(text),
    baseUrl: webAddress,
    locales: z.array(locale).min(1),
    defaultLocale: locale,
    country: z.object({ code: z.string().length(2), name: localized(text) }).nullable(),
    /**
     * Since schema version 4: where the quick exit leads in each of the site's locales (shown on
     * prevention sites only): the site's own setting, else the default for its country and the
     * locale (shared/src/quickExit.ts). An https address on another site, in every locale.
     */
    quickExitUrl: localized(z.string()),
  })
  .superRefine((site, ctx) => {
    const quickExitIssues = {
      missing: "is missing: every locale of the site needs the quick exit's destination",
      'not-a-url': 'is not a full https address',
      'not-https': 'must be https',
      'same-site': 'must lead away from the site, not to its own address',
    } as const
    for (const code of site.locales) {
      const url = site.quickExitUrl[code]
      const problem = url ? quickExitProblem(url, site.baseUrl) : 'missing'
      if (problem) ctx.addIssue({ code: 'custom', path: ['quickExitUrl', code], message: quickExitIssues[problem] })
    }
  })

export type SnapshotSite = z.infer<typeof siteSchema>
/** What the CMS's export gives (the schema's input). */
export type SnapshotSiteInput = z.input<typeof siteSchema>
