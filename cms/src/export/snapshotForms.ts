/**
 * How a page, campaign or news item looks in a site snapshot: used by the export for a site, and
 * by the check at publishing time (hooks/requireRenderable.ts), so a document that would not fit
 * the contract is refused where the person works instead of failing a site's render later.
 */
import { getLocale, type LocaleCode } from '@victor/shared'
import type { BlockType, SnapshotBlockInputOf } from '@victor/shared/snapshot'
import { pageBlockTypes } from '../collections/Pages/blocks'
import type { PageBlock } from '../collections/Pages/blocks/definePageBlock'
import { idString } from '../utilities/relationId'
import { richTextToHtml } from './richTextToHtml'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a Payload document read without its generated type: fields are checked where they are used
export type DocFields = Record<string, any>
export type Doc = DocFields & { id: number | string }
type Localized<T = unknown> = Partial<Record<string, T>>

/** What the document may refer to on the site it is exported for, and in which languages. */
export interface SnapshotScope {
  locales: readonly LocaleCode[]
  /** The id of a picture or file visitors may see, else null. */
  mediaRef: (value: unknown) => string | null
  helplineVisible: (id: string) => boolean
  resourceVisible: (id: string) => boolean
  campaignVisible: (id: string) => boolean
}

/** Only the scope's locales, only texts that exist: a missing translation stays missing. */
export function pickLocales<T, R = T>(
  scope: SnapshotScope,
  values: Localized<T> | null | undefined,
  map: (value: T, locale: LocaleCode) => R = (value) => value as unknown as R,
): Partial<Record<LocaleCode, R>> {
  return Object.fromEntries(
    scope.locales.flatMap((locale) => {
      const value = values?.[locale]
      return value === undefined || value === null || value === '' ? [] : [[locale, map(value, locale)]]
    }),
  )
}

export { idString }
export const isoDay = (value: unknown) => (typeof value === 'string' && value ? value.slice(0, 10) : null)

/** A block as the sites get it (its module in collections/Pages/blocks/); none when it shows nothing visitors may see. */
export function snapshotBlock(block: Doc, locale: LocaleCode, scope: SnapshotScope): SnapshotBlockInputOf<BlockType>[] {
  const definition = pageBlockTypes[block.blockType as BlockType] as PageBlock<BlockType> | undefined
  if (!definition) throw new Error(`Page block "${block.blockType}" (${getLocale(locale).englishName}) has no snapshot form.`)
  return definition.toSnapshot(block, locale, scope)
}

/** A page read with `locale: 'all'`. */
export function snapshotPage(page: Doc, scope: SnapshotScope) {
  const campaign = idString(page.campaign)
  return {
    id: String(page.id),
    slug: page.slug,
    role: page.role,
    campaign: campaign && scope.campaignVisible(campaign) ? campaign : null,
    updatedAt: page.updatedAt,
    translations: pickLocales(scope, page.title as Localized<string>, (title, locale) => ({
      title,
      summary: page.summary?.[locale] ?? null,
      metaTitle: page.meta?.title?.[locale] ?? null,
      metaDescription: page.meta?.description?.[locale] ?? page.summary?.[locale] ?? null,
      metaImage: scope.mediaRef(page.meta?.image?.[locale]),
      blocks: ((page.layout?.[locale] ?? []) as Doc[]).flatMap((block) => snapshotBlock(block, locale, scope)),
    })),
  }
}

export function snapshotCampaign(campaign: Doc, scope: SnapshotScope) {
  return {
    id: String(campaign.id),
    slug: campaign.slug,
    audience: campaign.audience,
    startDate: isoDay(campaign.startDate),
    endDate: isoDay(campaign.endDate),
    keyVisual: scope.mediaRef(campaign.keyVisual),
    translations: pickLocales(scope, campaign.title as Localized<string>, (title, locale) => ({ title, summary: campaign.summary?.[locale] ?? null })),
  }
}

export function snapshotNews(item: Doc, scope: SnapshotScope) {
  return {
    id: String(item.id),
    slug: item.slug,
    date: isoDay(item.publishedDate),
    image: scope.mediaRef(item.image),
    translations: pickLocales(scope, item.title as Localized<string>, (title, locale) => ({
      title,
      summary: item.summary?.[locale] ?? null,
      html: richTextToHtml(item.content?.[locale]),
    })),
  }
}

/** Whether a document has anything to show in the scope's languages. */
export const hasTranslations = (item: { translations: object }) => Object.keys(item.translations).length > 0

/** Snapshot names of the fields that the CMS calls otherwise. */
const cmsNames: Record<string, string> = {
  blocks: 'layout',
  html: 'content',
  metaTitle: 'meta.title',
  metaDescription: 'meta.description',
  metaImage: 'meta.image',
  date: 'publishedDate',
  descriptionHtml: 'description',
  files: 'file',
}

/** `translations.ar.blocks[0].signs[2]` -> `layout.0.signs.2.text` in Arabic. */
export function cmsPath(path: readonly PropertyKey[]): { path: string; locale?: LocaleCode } {
  const out: string[] = []
  let locale: LocaleCode | undefined
  for (let index = 0; index < path.length; index++) {
    const key = path[index]
    if (key === 'translations' && typeof path[index + 1] === 'string') {
      locale = path[++index] as LocaleCode
      continue
    }
    if (typeof key === 'number') {
      out.push(String(key))
      // A sign is a row with one text field.
      if (path[index - 1] === 'signs') out.push('text')
      continue
    }
    out.push(cmsNames[String(key)] ?? String(key))
  }
  return { path: out.join('.'), locale }
}
