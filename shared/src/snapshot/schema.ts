/**
 * The contract between the CMS and the sites: everything one static site needs, exported by the
 * CMS from published content only and read by the site build, which never talks to Payload.
 * Bump SNAPSHOT_SCHEMA_VERSION on any change a site build must know about.
 */
import { z } from 'zod'

export const SNAPSHOT_SCHEMA_VERSION = 4

export { RESERVED_PATHS, SLUG_PATTERN } from './addresses'
import { RESERVED_PATHS } from './addresses'
import { blockReferences } from './blocks'
import { campaignSchema } from './entities/campaign'
import { embedSchema } from './entities/embed'
import { eventSchema } from './entities/event'
import { helplineSchema } from './entities/helpline'
import { infoDeskSchema } from './entities/infoDesk'
import { mediaSchema } from './entities/media'
import { newsSchema } from './entities/news'
import { pageSchema } from './entities/page'
import { partnerSchema } from './entities/partner'
import { resourceSchema } from './entities/resource'
import { siteSchema } from './entities/site'

export { blockSchema, type BlockType, type SnapshotBlock, type SnapshotBlockInputOf, type SnapshotBlockOf } from './blocks'
// One module per entity of the contract (entities/), each with its schema, type and input type.
export * from './entities/campaign'
export * from './entities/embed'
export * from './entities/event'
export * from './entities/helpline'
export * from './entities/infoDesk'
export * from './entities/media'
export * from './entities/news'
export * from './entities/page'
export * from './entities/partner'
export * from './entities/resource'
export * from './entities/site'

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
/** The schema's input. */
export type SnapshotInput = z.input<typeof snapshotSchema>
/** Every key of `T`, at every depth, where a value may also be null. */
type NullableDeep<T> = T extends readonly (infer U)[] ? NullableDeep<U>[] : T extends object ? { [K in keyof T]: NullableDeep<T[K]> | null } : T
/**
 * What the CMS's export builds: the contract's shape, field for field (a forgotten or misnamed field
 * fails `tsc`), where a value the content lacks may be null: parsing then names the record at fault.
 */
export type SnapshotExport = NullableDeep<SnapshotInput>

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
