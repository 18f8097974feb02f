/**
 * The contract between the CMS and the sites: everything one static site needs, exported by the
 * CMS from published content only and read by the site build, which never talks to Payload.
 * Bump SNAPSHOT_SCHEMA_VERSION on any change a site build must know about.
 */
import { z } from 'zod'
import { AUDIENCES, COUNTRY_AUDIENCES, EVENT_KINDS, HELPLINE_KINDS, PAGE_ROLES, PARTNER_TYPES, PROFESSIONAL_AUDIENCES, RESOURCE_KINDS } from '../vocabulary'
import { widgetKinds } from '../widgets'
import { quickExitProblem } from '../quickExit'

export const SNAPSHOT_SCHEMA_VERSION = 4

export { RESERVED_PATHS, SLUG_PATTERN } from './addresses'
import { RESERVED_PATHS, SLUG_PATTERN } from './addresses'
import { blockReferences, blockSchema } from './blocks'
import { id, isoDate, locale, localized, richHtml, text, translated, webAddress } from './fields'

export { blockSchema, type BlockType, type SnapshotBlock, type SnapshotBlockInputOf, type SnapshotBlockOf } from './blocks'

export const audienceSchema = z.enum(AUDIENCES)
/** A country site's audience, and so a campaign's. */
const countryAudience = z.enum(COUNTRY_AUDIENCES)

export const mediaSchema = z.object({
  id,
  /** Path of the original file inside the snapshot's media folder. */
  file: text,
  mimeType: text,
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  /** Where the important part of the picture is, in percent, for cropping. */
  focalX: z.number().min(0).max(100).nullable(),
  focalY: z.number().min(0).max(100).nullable(),
  alt: localized(text),
  caption: localized(text),
  credit: z.string().nullable(),
})

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

export const campaignSchema = z.object({
  id,
  slug: text,
  audience: countryAudience,
  startDate: isoDate,
  endDate: isoDate.nullable(),
  keyVisual: id.nullable(),
  translations: translated(z.object({ title: text, summary: z.string().nullable() })),
})

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

export const resourceSchema = z.object({
  id,
  kind: z.enum(RESOURCE_KINDS),
  title: localized(text),
  description: localized(text),
  /** The file in each locale it exists in. */
  files: localized(id),
})

export const newsSchema = z.object({
  id,
  slug: text,
  date: isoDate,
  image: id.nullable(),
  translations: translated(z.object({ title: text, summary: z.string().nullable(), html: richHtml })),
})

/** `md-prevention`: a country's code and one of its audiences; or `hub`. */
const siteIdSchema = z.string().regex(new RegExp(`^([a-z]{2}-(${COUNTRY_AUDIENCES.join('|')})|hub)$`))

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
    quickExitUrl: localized(z.url({ protocol: /^https$/ })),
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
      audience: countryAudience,
      name: localized(text),
      country: z.string().length(2),
      baseUrl: webAddress,
      locales: z.array(locale).min(1),
      widgets: z.array(z.enum(widgetKinds)).min(1),
    }),
  ),
})

export const snapshotSchema = z
  .object({
    schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
    generatedAt: z.iso.datetime({ offset: true }),
    /** A staff preview of drafts: its pages say so; never true in what visitors get. */
    preview: z.boolean().optional(),
    site: siteSchema,
    pages: z.array(pageSchema),
    campaigns: z.array(campaignSchema),
    helplines: z.array(helplineSchema),
    partners: z.array(partnerSchema),
    infoDesks: z.array(infoDeskSchema),
    events: z.array(eventSchema),
    resources: z.array(resourceSchema),
    news: z.array(newsSchema),
    media: z.array(mediaSchema),
    embed: embedSchema.nullable(),
  })
  .superRefine((snapshot, ctx) => {
    if (snapshot.embed && snapshot.site.audience !== 'hub') ctx.addIssue({ code: 'custom', path: ['embed'], message: 'only the hub offers the widgets of the other sites' })
    if (!snapshot.site.locales.includes(snapshot.site.defaultLocale)) {
      ctx.addIssue({ code: 'custom', path: ['site', 'defaultLocale'], message: `must be one of the site's locales (${snapshot.site.locales.join(', ')})` })
    }
    const known = {
      media: new Set(snapshot.media.map((item) => item.id)),
      helplines: new Set(snapshot.helplines.map((item) => item.id)),
      resources: new Set(snapshot.resources.map((item) => item.id)),
      campaigns: new Set(snapshot.campaigns.map((item) => item.id)),
    }
    const expect = (kind: keyof typeof known, value: string | null, path: (string | number)[]) => {
      if (value !== null && !known[kind].has(value)) ctx.addIssue({ code: 'custom', path, message: `refers to ${kind} "${value}", which is not in the snapshot` })
    }
    const slugs = new Set<string>()
    snapshot.pages.forEach((page, p) => {
      if (slugs.has(page.slug)) ctx.addIssue({ code: 'custom', path: ['pages', p, 'slug'], message: `"${page.slug}" is used by two pages` })
      if (page.role !== 'home' && RESERVED_PATHS.includes(page.slug)) {
        ctx.addIssue({ code: 'custom', path: ['pages', p, 'slug'], message: `"${page.slug}" is a path the site uses itself (${RESERVED_PATHS.join(', ')})` })
      }
      slugs.add(page.slug)
      expect('campaigns', page.campaign, ['pages', p, 'campaign'])
      for (const [code, translation] of Object.entries(page.translations)) {
        if (!translation) continue
        expect('media', translation.metaImage, ['pages', p, 'translations', code, 'metaImage'])
        translation.blocks.forEach((block, b) => {
          for (const reference of blockReferences(block)) expect(reference.list, reference.id, ['pages', p, 'translations', code, 'blocks', b, ...reference.path])
        })
      }
    })
    const newsSlugs = new Set<string>()
    snapshot.news.forEach((item, n) => {
      if (newsSlugs.has(item.slug)) ctx.addIssue({ code: 'custom', path: ['news', n, 'slug'], message: `"${item.slug}" is used by two news items` })
      newsSlugs.add(item.slug)
    })
    snapshot.campaigns.forEach((campaign, c) => expect('media', campaign.keyVisual, ['campaigns', c, 'keyVisual']))
    snapshot.resources.forEach((resource, r) => {
      for (const [code, file] of Object.entries(resource.files)) expect('media', file ?? null, ['resources', r, 'files', code])
    })
  })

export type Snapshot = z.infer<typeof snapshotSchema>
export type SnapshotPage = z.infer<typeof pageSchema>
export type SnapshotHelpline = z.infer<typeof helplineSchema>
export type SnapshotEmbed = z.infer<typeof embedSchema>

export class SnapshotError extends Error {
  constructor(
    readonly source: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(`${source} is not a valid site snapshot:\n${issues.map((issue) => `  - ${issue.path}: ${issue.message}`).join('\n')}`)
    this.name = 'SnapshotError'
  }
}

/** `pages[3].translations.ar.blocks[0].html`, as a person would write the path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(root)'
}

/** Parses a snapshot, or throws a SnapshotError that names every wrong path. */
export function parseSnapshot(data: unknown, source = 'snapshot'): Snapshot {
  const result = snapshotSchema.safeParse(data)
  if (result.success) return result.data
  throw new SnapshotError(
    source,
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  )
}
