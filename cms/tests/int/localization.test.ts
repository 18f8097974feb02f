import { locales } from '@victor/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestPayload()
})
afterAll(() => ctx?.close())

describe('content locales', () => {
  it('come from the one list in shared/, with Arabic right-to-left', () => {
    const configured = ctx.config.localization
    if (!configured) throw new Error('localization is off')
    expect(configured.localeCodes).toEqual(locales.map((locale) => locale.code))
    const arabic = configured.locales.find((locale) => locale.code === 'ar')
    expect(arabic?.rtl).toBe(true)
    expect(configured.locales.find((locale) => locale.code === 'el')?.rtl).toBeFalsy()
  })

  it('keeps a text per locale and falls back to English where a locale has none', async () => {
    const { payload } = ctx
    const country = await payload.create({
      collection: 'countries',
      locale: 'en',
      data: { code: 'AT', name: 'Austria', role: 'destination', languages: ['en'] },
    })
    await payload.update({ collection: 'countries', id: country.id, locale: 'hu', data: { name: 'Ausztria' } })

    const inHungarian = await payload.findByID({ collection: 'countries', id: country.id, locale: 'hu' })
    expect(inHungarian.name).toBe('Ausztria')
    const inGreek = await payload.findByID({ collection: 'countries', id: country.id, locale: 'el' })
    expect(inGreek.name).toBe('Austria')
    const inGreekWithoutFallback = await payload.findByID({
      collection: 'countries',
      id: country.id,
      locale: 'el',
      fallbackLocale: false,
    })
    expect(inGreekWithoutFallback.name ?? null).toBeNull()
    const all = await payload.findByID({ collection: 'countries', id: country.id, locale: 'all' })
    expect(all.name).toMatchObject({ en: 'Austria', hu: 'Ausztria' })
  })

  it('stores right-to-left content as written and serves it over REST by locale', async () => {
    const response = await ctx.rest('GET', '/pages?where[slug][equals]=fake-job-offers&locale=ar&depth=0')
    expect(response.status).toBe(200)
    const { docs } = (await response.json()) as { docs: { title: string; layout: { blockType: string }[] }[] }
    expect(docs).toHaveLength(1)
    expect(docs[0].title).toMatch(/[\u0600-\u06FF]/)
    expect(docs[0].layout.length).toBeGreaterThan(0)
  })

  it('gives every demo page the languages of each site it is on', async () => {
    const { payload } = ctx
    const { docs: sites } = await payload.find({ collection: 'sites', limit: 100, depth: 0 })
    const { docs: pages } = await payload.find({ collection: 'pages', locale: 'all', limit: 500, depth: 0, fallbackLocale: false, draft: true })
    for (const site of sites) {
      const onSite = pages.filter((page) => (page.sites as (number | string)[]).map(String).includes(String(site.id)))
      expect(onSite.length, `pages on ${site.siteId}`).toBeGreaterThan(0)
      for (const page of onSite) {
        const titles = page.title as unknown as Record<string, string | undefined>
        for (const locale of site.enabledLocales as string[]) {
          expect(titles[locale], `${page.slug} on ${site.siteId} in ${locale}`).toBeTruthy()
        }
      }
    }
  })
})
