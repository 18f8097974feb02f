/**
 * One site's snapshot, built through the Local API as an anonymous visitor: the same access rules
 * as the public API apply, so drafts, unverified helplines and pictures without consent can never
 * reach a site, whatever this code asks for.
 */
import type { LocaleCode } from '@victor/shared'
import { defaultQuickExitUrl } from '@victor/shared/quickExit'
import { parseSnapshot, SNAPSHOT_SCHEMA_VERSION, SnapshotError, type Snapshot, type SnapshotExport } from '@victor/shared/snapshot'
import type { Payload, Where } from 'payload'
import { relationId, relationIds } from '../utilities/relationId'
import { embedCatalog } from './embedCatalog'
import { recordingReader, type SiteContents } from './siteContents'
import { richTextToHtml } from './richTextToHtml'
import { BuildProblems, type BuildProblem } from '../publishing/buildFailure'
import { cmsPath, hasTranslations, idString as id, isoDay as date, pickLocales, snapshotCampaign, snapshotNews, snapshotPage, type Doc, type SnapshotScope } from './snapshotForms'

type Localized<T = unknown> = Partial<Record<string, T>>

export class UnknownSiteError extends Error {}

/** For a preview: one page as its latest draft, read with the access of the person previewing. */
export interface DraftOverride {
  pageId: number | string
  user: Record<string, unknown>
}

export async function buildSiteSnapshot(payload: Payload, siteId: string, now = new Date(), draft?: DraftOverride): Promise<Snapshot> {
  return (await exportSite(payload, siteId, now, draft)).snapshot
}

/** A site's snapshot, and what it was made from (export/siteContents.ts). */
export async function exportSite(payload: Payload, siteId: string, now = new Date(), draft?: DraftOverride): Promise<{ snapshot: Snapshot; contents: SiteContents }> {
  const { read: publicRead, contents } = recordingReader(payload)

  const [site] = await publicRead('sites', { siteId: { equals: siteId } })
  if (!site) throw new UnknownSiteError(`There is no site "${siteId}" in the CMS.`)
  const locales = (site.enabledLocales ?? []) as LocaleCode[]
  const isHub = site.audience === 'hub'
  const countryDoc = site.country ? (await publicRead('countries', { id: { equals: relationId(site.country) } }))[0] : undefined
  // A country's site shows its own country only; the hub all of them.
  const countries = isHub ? await publicRead('countries') : countryDoc ? [countryDoc] : []
  const countryCodes = new Map(countries.map((country) => [String(country.id), country.code as string]))
  const codeOf = (value: unknown) => countryCodes.get(String(relationId(value))) ?? null

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
  const offered = pages
    .flatMap(blocksOf)
    .filter((block) => block.blockType === 'resourceDownload')
    .map((block) => relationId(block.resource))
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
  const campaignIds = new Set<string>()
  const scope: SnapshotScope = {
    locales,
    mediaRef,
    helplineVisible: (line) => helplineIds.has(line),
    resourceVisible: (resource) => resourceIds.has(resource),
    campaignVisible: (campaign) => campaignIds.has(campaign),
  }
  const pick = <T, R = T>(values: Localized<T> | null | undefined, map?: (value: T, locale: LocaleCode) => R) => pickLocales(scope, values, map)
  // A document with nothing to show in the site's languages is not on the site.
  const siteCampaigns = campaigns.map((campaign) => snapshotCampaign(campaign, scope)).filter(hasTranslations)
  for (const campaign of siteCampaigns) campaignIds.add(campaign.id)

  // Typed as the contract's input: a field the export forgets or misnames fails `tsc`.
  const snapshot: SnapshotExport = {
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
      // In every locale: the site's own destination, else the default for its country and the locale.
      quickExitUrl: Object.fromEntries(locales.map((locale) => [locale, (site.quickExitUrl as Localized<string> | undefined)?.[locale] || defaultQuickExitUrl(countryDoc?.code, locale)])),
    },
    pages: pages.map((page) => snapshotPage(page, scope)).filter(hasTranslations),
    campaigns: siteCampaigns,
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
      materials: relationIds(event.materials)
        .map(String)
        .filter((material) => resourceIds.has(material)),
    })),
    resources: resources.map((resource) => ({
      id: String(resource.id),
      kind: resource.kind,
      title: pick(resource.title),
      description: pick(resource.description),
      files: pick(resource.file, (file) => mediaRef(file)),
    })),
    news: news.map((item) => snapshotNews(item, scope)).filter(hasTranslations),
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
    embed: isHub ? await embedCatalog(publicRead, { names: (values) => pick(values) as Localized<string>, countryOf: codeOf }) : null,
  }

  try {
    return { snapshot: parseSnapshot(snapshot, `snapshot of ${siteId}`), contents }
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error
    throw new BuildProblems(
      'content',
      error.issues.map((issue) => problemAt(snapshot as unknown as Record<string, { id: string }[]>, String(site.id), issue)),
    )
  }
}

/** The snapshot's lists and the collections their items come from. */
const collectionOfList: Record<string, string> = {
  pages: 'pages',
  campaigns: 'campaigns',
  helplines: 'helplines',
  partners: 'partners',
  infoDesks: 'info-desks',
  events: 'events',
  resources: 'resources',
  news: 'news',
  media: 'media',
}

/** `pages[3].translations.ar.blocks[0].heading` -> that page's `layout.0.heading`, in Arabic. */
function problemAt(snapshot: Record<string, { id: string }[]>, siteDocId: string, issue: { path: string; message: string }): BuildProblem {
  const [list, ...rest] = issue.path
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))
  if (list === 'site') return { collection: 'sites', documentId: siteDocId, field: cmsPath(rest).path, message: issue.message }
  const [index, ...field] = rest
  const collection = collectionOfList[String(list)]
  const item = collection && typeof index === 'number' ? snapshot[String(list)]?.[index] : undefined
  if (!item) return { collection: 'sites', documentId: siteDocId, field: null, message: `${issue.path}: ${issue.message}` }
  const { path, locale } = cmsPath(field)
  return { collection, documentId: item.id, locale: locale ?? null, field: path || null, message: issue.message }
}
