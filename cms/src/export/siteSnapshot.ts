/**
 * One site's snapshot, built through the Local API as an anonymous visitor: the same access rules
 * as the public API apply, so drafts, unverified helplines and pictures without consent can never
 * reach a site, whatever this code asks for.
 */
import { getLocale, type LocaleCode } from '@victor/shared'
import { parseSnapshot, SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '@victor/shared/snapshot'
import type { CollectionSlug, Payload, Where } from 'payload'
import { relationId, relationIds } from '../utilities/relationId'
import { richTextToHtml } from './richTextToHtml'

type Doc = Record<string, any> & { id: number | string }
type Localized<T = unknown> = Partial<Record<string, T>>

export class UnknownSiteError extends Error {}

/** For a preview: one page as its latest draft, read with the access of the person previewing. */
export interface DraftOverride {
  pageId: number | string
  user: Record<string, unknown>
}

export async function buildSiteSnapshot(payload: Payload, siteId: string, now = new Date(), draft?: DraftOverride): Promise<Snapshot> {
  const publicRead = async (collection: CollectionSlug, where?: Where): Promise<Doc[]> => {
    const { docs } = await payload.find({
      collection,
      where,
      locale: 'all',
      fallbackLocale: false,
      depth: 0,
      draft: false,
      overrideAccess: false,
      pagination: false,
    })
    return docs as unknown as Doc[]
  }

  const [site] = await publicRead('sites', { siteId: { equals: siteId } })
  if (!site) throw new UnknownSiteError(`There is no site "${siteId}" in the CMS.`)
  const locales = (site.enabledLocales ?? []) as LocaleCode[]
  const isHub = site.audience === 'hub'
  const countryDoc = site.country ? (await publicRead('countries', { id: { equals: relationId(site.country) } }))[0] : undefined
  const countryCodes = new Map((await publicRead('countries')).map((country) => [String(country.id), country.code as string]))
  const codeOf = (value: unknown) => countryCodes.get(String(relationId(value))) ?? null

  /** Only the site's locales, only texts that exist: a missing translation stays missing. */
  const pick = <T>(values: Localized<T> | null | undefined, map: (value: T, locale: LocaleCode) => unknown = (value) => value) =>
    Object.fromEntries(
      locales.flatMap((locale) => {
        const value = values?.[locale]
        return value === undefined || value === null || value === '' ? [] : [[locale, map(value, locale)]]
      }),
    )
  const id = (value: unknown) => (relationId(value) === null ? null : String(relationId(value)))

  const byCountry: Where | undefined = isHub ? undefined : { country: { equals: relationId(site.country) } }
  const [pages, campaigns, helplines, infoDesks, partners] = await Promise.all([
    publicRead('pages', { sites: { in: [site.id] } }),
    publicRead('campaigns', { sites: { in: [site.id] } }),
    publicRead('helplines', byCountry),
    publicRead('info-desks', byCountry),
    publicRead('partners', byCountry),
  ])
  if (draft) {
    const latest = (await payload.findByID({
      collection: 'pages',
      id: draft.pageId,
      draft: true,
      locale: 'all',
      fallbackLocale: false,
      depth: 0,
      overrideAccess: false,
      user: draft.user as never,
    })) as unknown as Doc
    const index = pages.findIndex((page) => String(page.id) === String(latest.id))
    if (index >= 0) pages[index] = latest
    else pages.push(latest)
  }
  const [events, news] = isHub ? await Promise.all([publicRead('events'), publicRead('news')]) : [[], []]

  // Resources: all on the hub; elsewhere those the pages offer for download.
  const blocksOf = (page: Doc) => Object.values((page.layout ?? {}) as Localized<Doc[]>).flatMap((blocks) => blocks ?? [])
  const offered = pages.flatMap(blocksOf).filter((block) => block.blockType === 'resourceDownload').map((block) => relationId(block.resource))
  const resources = isHub ? await publicRead('resources') : offered.length ? await publicRead('resources', { id: { in: offered } }) : []

  // Pictures and files: whatever is referenced, as far as visitors may see it.
  const referenced = new Set<string>()
  const note = (value: unknown) => {
    const mediaId = id(value)
    if (mediaId) referenced.add(mediaId)
  }
  for (const page of pages) {
    blocksOf(page).forEach((block) => note(block.image))
    Object.values((page.meta?.image ?? {}) as Localized).forEach(note)
  }
  campaigns.forEach((campaign) => note(campaign.keyVisual))
  partners.forEach((partner) => note(partner.logo))
  resources.forEach((resource) => Object.values((resource.file ?? {}) as Localized).forEach(note))
  news.forEach((item) => note(item.image))
  const media = referenced.size ? await publicRead('media', { id: { in: [...referenced] } }) : []
  const visible = new Set(media.map((item) => String(item.id)))
  const mediaRef = (value: unknown) => {
    const mediaId = id(value)
    return mediaId && visible.has(mediaId) ? mediaId : null
  }
  const helplineIds = new Set(helplines.map((line) => String(line.id)))
  const resourceIds = new Set(resources.map((resource) => String(resource.id)))
  const campaignIds = new Set(campaigns.map((campaign) => String(campaign.id)))
  const date = (value: unknown) => (typeof value === 'string' && value ? value.slice(0, 10) : null)

  const snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    site: {
      siteId: site.siteId,
      audience: site.audience,
      name: pick(site.name),
      baseUrl: site.baseUrl,
      locales,
      defaultLocale: site.defaultLocale,
      country: countryDoc ? { code: countryDoc.code, name: pick(countryDoc.name) } : null,
    },
    pages: pages.map((page) => ({
      id: String(page.id),
      slug: page.slug,
      role: page.role,
      campaign: campaignIds.has(String(relationId(page.campaign))) ? String(relationId(page.campaign)) : null,
      updatedAt: page.updatedAt,
      translations: pick<string>(page.title, (title, locale) => ({
        title,
        summary: page.summary?.[locale] ?? null,
        metaTitle: page.meta?.title?.[locale] ?? null,
        metaDescription: page.meta?.description?.[locale] ?? page.summary?.[locale] ?? null,
        metaImage: mediaRef(page.meta?.image?.[locale]),
        blocks: ((page.layout?.[locale] ?? []) as Doc[]).flatMap((block) => toBlock(block, locale)),
      })),
    })),
    campaigns: campaigns.map((campaign) => ({
      id: String(campaign.id),
      slug: campaign.slug,
      audience: campaign.audience,
      startDate: date(campaign.startDate),
      endDate: date(campaign.endDate),
      keyVisual: mediaRef(campaign.keyVisual),
      translations: pick<string>(campaign.title, (title, locale) => ({ title, summary: campaign.summary?.[locale] ?? null })),
    })),
    helplines: helplines.map((line) => ({
      id: String(line.id),
      kind: line.kind,
      country: codeOf(line.country),
      name: pick(line.name),
      organisation: pick(line.organisation),
      number: line.number,
      display: line.display,
      international: line.international ?? null,
      isShortCode: Boolean(line.isShortCode),
      hours: pick(line.hours),
      available24h: Boolean(line.available24h),
      freeOfCharge: Boolean(line.freeOfCharge),
      languages: line.languages ?? [],
      sms: line.sms || null,
      chatUrl: line.chatUrl || null,
    })),
    partners: partners.map((partner) => ({
      id: String(partner.id),
      name: pick(partner.name),
      shortName: partner.shortName || null,
      type: partner.type,
      country: codeOf(partner.country),
      isApplicant: Boolean(partner.isApplicant),
      website: partner.website || null,
      logo: mediaRef(partner.logo),
      role: pick(partner.role),
    })),
    infoDesks: infoDesks.map((desk) => ({
      id: String(desk.id),
      name: pick(desk.name),
      country: codeOf(desk.country),
      host: id(desk.host),
      address: pick(desk.address),
      openingHours: pick(desk.openingHours),
      phone: desk.phone || null,
      email: desk.email || null,
      activeFrom: date(desk.activeFrom),
      activeUntil: date(desk.activeUntil),
    })),
    events: events.map((event) => ({
      id: String(event.id),
      kind: event.kind,
      country: codeOf(event.country),
      audiences: event.audiences ?? [],
      startDate: date(event.startDate),
      endDate: date(event.endDate),
      title: pick(event.title),
      place: pick(event.place),
      descriptionHtml: pick(event.description, (value) => richTextToHtml(value)),
      materials: relationIds(event.materials).map(String).filter((material) => resourceIds.has(material)),
    })),
    resources: resources.map((resource) => ({
      id: String(resource.id),
      kind: resource.kind,
      title: pick(resource.title),
      description: pick(resource.description),
      files: pick(resource.file, (file) => mediaRef(file)),
    })),
    news: news.map((item) => ({
      id: String(item.id),
      slug: item.slug,
      date: date(item.publishedDate),
      image: mediaRef(item.image),
      translations: pick<string>(item.title, (title, locale) => ({
        title,
        summary: item.summary?.[locale] ?? null,
        html: richTextToHtml(item.content?.[locale]),
      })),
    })),
    media: media.map((item) => ({
      id: String(item.id),
      file: item.filename,
      mimeType: item.mimeType,
      width: item.width ?? null,
      height: item.height ?? null,
      focalX: item.focalX ?? null,
      focalY: item.focalY ?? null,
      alt: pick(item.alt),
      caption: pick(item.caption),
      credit: item.credit || null,
    })),
  }

  function toBlock(block: Doc, locale: LocaleCode): unknown[] {
    switch (block.blockType) {
      case 'richText':
        return [{ blockType: 'richText', heading: block.heading || null, html: richTextToHtml(block.content) }]
      case 'helplineCallout':
        return [{ blockType: 'helplineCallout', heading: block.heading, text: block.text || null, helplines: relationIds(block.helplines).map(String).filter((line) => helplineIds.has(line)) }]
      case 'signsChecklist':
        return [{ blockType: 'signsChecklist', heading: block.heading, intro: block.intro || null, signs: (block.signs ?? []).map((sign: Doc) => sign.text) }]
      case 'mythOrFact':
        return [{ blockType: 'mythOrFact', heading: block.heading, items: (block.items ?? []).map(({ statement, verdict, explanation }: Doc) => ({ statement, verdict, explanation })) }]
      case 'quiz':
        return [{ blockType: 'quiz', question: block.question, options: (block.options ?? []).map((option: Doc) => ({ text: option.text, correct: Boolean(option.correct) })), explanation: block.explanation }]
      case 'story':
        return [{ blockType: 'story', title: block.title, html: richTextToHtml(block.content), image: mediaRef(block.image), note: block.note || null }]
      case 'reportSteps':
        return [{ blockType: 'reportSteps', heading: block.heading, steps: (block.steps ?? []).map((step: Doc) => ({ title: step.title, text: step.text || null })), anonymity: block.anonymity || null, whatHappensNext: block.whatHappensNext || null }]
      case 'resourceDownload':
        return resourceIds.has(String(relationId(block.resource))) ? [{ blockType: 'resourceDownload', resource: String(relationId(block.resource)), text: block.text || null }] : []
      case 'image': {
        // A picture visitors may not see (consent withdrawn since) is left out, not shown broken.
        const image = mediaRef(block.image)
        return image ? [{ blockType: 'image', image, caption: block.caption || null }] : []
      }
      default:
        throw new Error(`Page block "${block.blockType}" (${getLocale(locale).englishName}) has no snapshot form.`)
    }
  }

  return parseSnapshot(snapshot, `snapshot of ${siteId}`)
}
