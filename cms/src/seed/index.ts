/**
 * Demo content for an empty database: the partnership's countries and sites, helplines with their
 * sources, partners, information desks, trainings, resources, campaigns, pages in every language
 * of every site, and one account per role. It only ever adds what is missing, so running it again,
 * or on a database editors have worked in, changes nothing.
 */
import { getLocale, type LocaleCode } from '@victor/shared'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { CollectionSlug, Payload, Where } from 'payload'
import { recordSiteContents } from '../export/siteContents'
import { exportSite } from '../export/siteSnapshot'
import { cmsDir } from '../paths'
import { demandReductionCampaign, demandReductionPages, hubNews, hubPages } from './content/demand-and-hub'
import { draftPages } from './content/drafts'
import { helplines, referenceCheckedOn } from './content/helplines'
import { events, infoDeskPeriod, infoDesks, partners, resources } from './content/hub'
import { preventionCampaign, preventionPages } from './content/prevention'
import { countries, localBaseUrl, sites } from './content/setup'
import type { SeedBlock, SeedCampaign, SeedPage } from './content/types'
import { users } from './content/users'
import { DEMO_ACCOUNT_CONTEXT } from '../collections/Users/demoPassword'
import { demoPdf } from './demoPdf'
import { paragraphsToLexical } from './richText'

export interface SeedOptions {
  /** Password of every demo account; one is generated when not given. */
  password?: string
  log?: (message: string) => void
}

export interface SeedResult {
  /** Documents created per collection; all zero when the demo content was already there. */
  created: Record<string, number>
  /** Set when demo accounts were created with a generated password. */
  generatedPassword?: string
}

type Localized<T> = Partial<Record<LocaleCode, T>>
type Doc = { id: number | string; [key: string]: unknown }

const demoImagesDir = path.resolve(cmsDir, '..', 'media', 'demo')

/** Seeding builds no site on each write: whoever seeds builds all sites afterwards, once. */
const context = { skipSiteBuilds: true }

export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const log = options.log ?? (() => {})
  const created: Record<string, number> = {}
  const count = (collection: string) => {
    created[collection] = (created[collection] ?? 0) + 1
  }

  async function findOne(collection: CollectionSlug, where: Where, locale?: LocaleCode): Promise<Doc | null> {
    const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, locale: locale ?? 'en', draft: true, overrideAccess: true })
    return (docs[0] as unknown as Doc | undefined) ?? null
  }

  /** Creates a document in its first language, then adds each other language. */
  async function createLocalized(
    collection: CollectionSlug,
    shared: Record<string, unknown>,
    byLocale: Localized<Record<string, unknown>>,
    extra: { draft?: boolean; filePath?: string; file?: { data: Buffer; mimetype: string; name: string; size: number } } = {},
  ): Promise<Doc> {
    const entries = Object.entries(byLocale) as [LocaleCode, Record<string, unknown>][]
    const ordered = entries.sort(([a], [b]) => (a === 'en' ? -1 : b === 'en' ? 1 : 0))
    const [[firstLocale, firstData], ...rest] = ordered
    const status = extra.draft === undefined ? {} : { _status: extra.draft ? 'draft' : 'published' }
    const doc = (await payload.create({
      collection,
      locale: firstLocale,
      data: { ...shared, ...firstData, ...status } as never,
      draft: extra.draft,
      filePath: extra.filePath,
      file: extra.file,
      overrideAccess: true,
      depth: 0,
      context,
    })) as unknown as Doc
    for (const [locale, data] of rest) {
      await payload.update({
        collection,
        id: doc.id,
        locale,
        data: { ...data, ...status } as never,
        draft: extra.draft,
        overrideAccess: true,
        depth: 0,
        context,
      })
    }
    count(collection)
    return doc
  }

  const pick = <T, K extends string>(values: Localized<T>, key: K) => Object.fromEntries(Object.entries(values).map(([locale, value]) => [locale, { [key]: value }])) as Localized<Record<K, T>>

  // Countries and sites: the site matrix.
  const countryIds = new Map<string, Doc['id']>()
  for (const country of countries) {
    const doc =
      (await findOne('countries', { code: { equals: country.code } })) ??
      (await createLocalized('countries', { code: country.code, role: country.role, languages: country.languages }, pick(country.name, 'name')))
    countryIds.set(country.code, doc.id)
  }
  const siteIds = new Map<string, Doc['id']>()
  for (const site of sites) {
    const doc =
      (await findOne('sites', { siteId: { equals: site.siteId } })) ??
      (await createLocalized(
        'sites',
        {
          siteId: site.siteId,
          audience: site.audience,
          country: site.country ? countryIds.get(site.country) : undefined,
          enabledLocales: site.locales,
          defaultLocale: site.defaultLocale,
          baseUrl: localBaseUrl(site.siteId),
        },
        pick(site.name, 'name'),
      ))
    siteIds.set(site.siteId, doc.id)
  }
  log(`Countries and sites ready (${siteIds.size} sites).`)

  // Pictures for the campaigns.
  async function demoImage(filename: string, alt: Localized<string>): Promise<Doc['id']> {
    const existing = await findOne('media', { filename: { equals: filename } })
    if (existing) return existing.id
    return (await createLocalized('media', {}, pick(alt, 'alt'), { filePath: path.join(demoImagesDir, filename) })).id
  }
  const keyVisuals = {
    [preventionCampaign.slug]: await demoImage('too-good-to-be-true.jpg', {
      en: 'Illustration: a phone showing messages, one of them marked with a warning sign',
      el: 'Εικονογράφηση: ένα κινητό με μηνύματα, ένα από αυτά με σήμα προειδοποίησης',
      ar: 'رسم توضيحي: هاتف يعرض رسائل، إحداها عليها علامة تحذير',
      bg: 'Илюстрация: телефон със съобщения, едно от тях с предупредителен знак',
      ro: 'Ilustrație: un telefon cu mesaje, unul dintre ele marcat cu un semn de avertizare',
      ru: 'Иллюстрация: телефон с сообщениями, одно из них отмечено знаком предупреждения',
      uk: 'Ілюстрація: телефон із повідомленнями, одне з них позначене знаком попередження',
      sr: 'Илустрација: телефон са порукама, једна од њих означена знаком упозорења',
    }),
    [demandReductionCampaign.slug]: await demoImage('dont-look-away.jpg', {
      en: 'Illustration: a wide-open eye',
      el: 'Εικονογράφηση: ένα ορθάνοιχτο μάτι',
      sl: 'Ilustracija: na široko odprto oko',
      hu: 'Illusztráció: egy tágra nyílt szem',
    }),
  }
  await demoImage('hub-partnership.jpg', {
    en: 'Illustration: connected circles, standing for the partners of the network',
    el: 'Εικονογράφηση: συνδεδεμένοι κύκλοι που συμβολίζουν τους εταίρους του δικτύου',
  })

  // Helplines, each with its source; numbers normalised by the collection itself.
  for (const helpline of helplines) {
    const country = countryIds.get(helpline.country)
    const existing = await findOne('helplines', { and: [{ country: { equals: country } }, { name: { equals: helpline.name.en } }] })
    if (existing) continue
    await createLocalized(
      'helplines',
      {
        country,
        kind: helpline.kind,
        number: helpline.number,
        organisation: helpline.organisation,
        freeOfCharge: helpline.free ?? false,
        available24h: helpline.available24h ?? false,
        languages: helpline.languages ?? [],
        sourceUrl: helpline.sourceUrl,
        lastChecked: referenceCheckedOn,
        verified: helpline.verified,
        notes: helpline.notes,
      },
      pick(helpline.name, 'name'),
    )
  }
  log('Helplines ready.')

  // The partnership hub: partners, information desks, resources, trainings and workshops.
  const partnerIds = new Map<string, Doc['id']>()
  for (const partner of partners) {
    const doc =
      (await findOne('partners', { name: { equals: partner.name.en } })) ??
      (await createLocalized(
        'partners',
        {
          type: partner.type,
          country: partner.country ? countryIds.get(partner.country) : undefined,
          isApplicant: partner.isApplicant ?? false,
          website: partner.website,
          shortName: partner.key === 'SELEC' || partner.key === 'ASTRA' || partner.key === 'ANITP' ? partner.key : undefined,
          sortOrder: partners.indexOf(partner) + 1,
        },
        Object.fromEntries(Object.entries(partner.name).map(([locale, name]) => [locale, { name, role: partner.role[locale as LocaleCode] }])),
      ))
    partnerIds.set(partner.key, doc.id)
  }
  for (const desk of infoDesks) {
    if (await findOne('info-desks', { name: { equals: desk.name.en } })) continue
    await createLocalized(
      'info-desks',
      { country: countryIds.get(desk.country), host: partnerIds.get(desk.host), phone: desk.phone, ...infoDeskPeriod },
      Object.fromEntries(Object.entries(desk.name).map(([locale, name]) => [locale, { name, address: desk.address[locale as LocaleCode], openingHours: desk.openingHours[locale as LocaleCode] }])),
    )
  }
  const resourceIds = new Map<string, Doc['id']>()
  for (const resource of resources) {
    const existing = await findOne('resources', { title: { equals: resource.title.en } })
    if (existing) {
      resourceIds.set(resource.key, existing.id)
      continue
    }
    const filename = `victor-${resource.key}-en.pdf`
    const data = demoPdf(resource.title.en!, 'VICTOR partnership - demo file')
    const file =
      (await findOne('media', { filename: { equals: filename } })) ??
      (await createLocalized('media', {}, { en: { alt: resource.title.en } }, { file: { data, mimetype: 'application/pdf', name: filename, size: data.length } }))
    const doc = await createLocalized(
      'resources',
      { kind: resource.kind },
      Object.fromEntries(
        Object.entries(resource.title).map(([locale, title]) => [locale, { title, description: resource.description[locale as LocaleCode], ...(locale === 'en' ? { file: file.id } : {}) }]),
      ),
    )
    resourceIds.set(resource.key, doc.id)
  }
  for (const event of events) {
    if (await findOne('events', { title: { equals: event.title.en } })) continue
    await createLocalized(
      'events',
      {
        kind: event.kind,
        country: countryIds.get(event.country),
        audiences: event.audiences,
        startDate: event.startDate,
        endDate: event.endDate,
        materials: (event.materials ?? []).map((key) => resourceIds.get(key)),
      },
      Object.fromEntries(Object.entries(event.title).map(([locale, title]) => [locale, { title, place: event.place[locale as LocaleCode] }])),
    )
  }
  log('Partners, information desks, resources and events ready.')

  // Campaigns and their pages.
  const campaignIds = new Map<string, Doc['id']>()
  for (const campaign of [preventionCampaign, demandReductionCampaign] satisfies SeedCampaign[]) {
    const doc =
      (await findOne('campaigns', { slug: { equals: campaign.slug } })) ??
      (await createLocalized(
        'campaigns',
        {
          slug: campaign.slug,
          audience: campaign.audience,
          sites: campaign.sites.map((siteId) => siteIds.get(siteId)),
          startDate: campaign.start,
          endDate: campaign.end,
          keyVisual: keyVisuals[campaign.slug],
        },
        Object.fromEntries(Object.entries(campaign.content).map(([locale, { title, summary }]) => [locale, { title, summary, meta: { title, description: summary } }])),
        { draft: false },
      ))
    campaignIds.set(campaign.slug, doc.id)
  }

  async function ensurePage(page: SeedPage, draft: boolean) {
    const siteDocIds = page.sites.map((siteId) => siteIds.get(siteId))
    const { docs } = await payload.find({
      collection: 'pages',
      where: { slug: { equals: page.slug } },
      depth: 0,
      limit: 100,
      draft: true,
      overrideAccess: true,
    })
    const sameSites = (doc: { sites?: unknown }) => JSON.stringify([...((doc.sites as unknown[]) ?? [])].map(String).sort()) === JSON.stringify(siteDocIds.map(String).sort())
    if (docs.some(sameSites)) return
    await createLocalized(
      'pages',
      {
        slug: page.slug,
        role: page.role,
        sites: siteDocIds,
        campaign: page.campaign ? campaignIds.get(page.campaign) : undefined,
      },
      Object.fromEntries(
        Object.entries(page.content).map(([locale, content]) => [
          locale,
          {
            title: content.title,
            summary: content.summary,
            layout: content.blocks.map((block) => toBlockData(block, getLocale(locale as LocaleCode).dir)),
            meta: { title: content.title, description: content.summary },
          },
        ]),
      ),
      { draft },
    )
  }
  for (const page of [...preventionPages, ...demandReductionPages, ...hubPages]) await ensurePage(page, false)
  for (const page of draftPages) await ensurePage(page, true)

  for (const item of hubNews) {
    if (await findOne('news', { slug: { equals: item.slug } })) continue
    await createLocalized(
      'news',
      { slug: item.slug, publishedDate: item.date },
      Object.fromEntries(
        Object.entries(item.content).map(([locale, content]) => [
          locale,
          {
            title: content.title,
            summary: content.summary,
            content: paragraphsToLexical(content.paragraphs, getLocale(locale as LocaleCode).dir),
            meta: { title: content.title, description: content.summary },
          },
        ]),
      ),
      { draft: false },
    )
  }
  log('Campaigns, pages and news ready.')

  // Demo accounts.
  let generatedPassword: string | undefined
  const password = options.password || (generatedPassword = randomBytes(12).toString('base64url'))
  let createdUsers = 0
  for (const user of users) {
    if (await findOne('users', { email: { equals: user.email } })) continue
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      context: { ...context, [DEMO_ACCOUNT_CONTEXT]: true },
      data: {
        email: user.email,
        password,
        name: user.name,
        role: user.role,
        language: user.language,
        countries: (user.countries ?? []).map((code) => countryIds.get(code)),
        translationLocales: user.locales ?? [],
      } as never,
    })
    count('users')
    createdUsers++
  }

  // Drafts waiting in the review queue, asked for by their editors.
  for (const page of draftPages) {
    if (!page.reviewRequest) continue
    const doc = await findOne('pages', { slug: { equals: page.slug } })
    const requester = await findOne('users', { email: { equals: page.reviewRequest.by } })
    if (!doc || !requester) continue
    const { totalDocs } = await payload.count({ collection: 'review-requests', where: { 'document.value': { equals: doc.id } }, overrideAccess: true })
    if (totalDocs > 0) continue
    await payload.create({
      collection: 'review-requests',
      data: { document: { relationTo: 'pages', value: doc.id }, locale: page.reviewRequest.locale, note: page.reviewRequest.note } as never,
      user: { ...requester, collection: 'users' } as never,
      overrideAccess: true,
      context,
    })
    count('review-requests')
  }
  // What each site is made from, as its first export will record it: the first change after
  // seeding rebuilds only the sites it affects.
  const { docs: seededSites } = await payload.find({ collection: 'sites', depth: 0, pagination: false, overrideAccess: true })
  for (const site of seededSites) await recordSiteContents(payload, site.siteId, (await exportSite(payload, site.siteId)).contents, 'replace')
  return { created, generatedPassword: createdUsers > 0 ? generatedPassword : undefined }
}

function toBlockData(block: SeedBlock, dir: 'ltr' | 'rtl'): Record<string, unknown> {
  switch (block.blockType) {
    case 'richText':
      return { blockType: 'richText', heading: block.heading, content: paragraphsToLexical(block.paragraphs, dir) }
    case 'story':
      return { blockType: 'story', title: block.title, note: block.note, content: paragraphsToLexical(block.paragraphs, dir) }
    case 'signsChecklist':
      return { ...block, signs: block.signs.map((text) => ({ text })) }
    default:
      return { ...block }
  }
}
