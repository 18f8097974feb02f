/**
 * A site's quick exit destination: refused at save time, beside the field and in the person's
 * admin language, unless it is a full https address on another site; exported per locale, the
 * site's own where it has one and the default for its country and the locale elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultQuickExitUrl } from '@victor/shared/quickExit'
import { buildSiteSnapshot } from '../../src/export/siteSnapshot'
import { translateTo, type VictorKey } from '../../src/i18n'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
let coordinatorToken: string

type FieldError = { path: string; message: string }
async function fieldErrors(response: Response): Promise<FieldError[]> {
  const body = (await response.json()) as { errors: { data?: { errors?: FieldError[] } }[] }
  return body.errors.flatMap((error) => error.data?.errors ?? []).map(({ path, message }) => ({ path, message }))
}
const siteDoc = async (siteId: string) =>
  (await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: siteId } }, limit: 1, depth: 0, locale: 'all' })).docs[0] as unknown as {
    id: number
    name: Record<string, string>
    quickExitUrl?: Record<string, string | null>
    translation?: { translated?: string[] | null; outdated?: string[] | null }
  }

beforeAll(async () => {
  ctx = await createTestPayload()
  coordinatorToken = await ctx.login('coordinator@victor.local')
})
afterAll(() => ctx?.close())

describe("a site's quick exit destination", () => {
  it.each([
    ['a page over plain http', 'http://www.emy.gr/', 'errorQuickExitHttps', {}],
    ['a page of the site itself', 'https://gr-prevention.localhost:4321/el/', 'errorQuickExitSameSite', { site: 'gr-prevention.localhost:4321' }],
    ['text that is not a web address', 'emy.gr', 'errorQuickExitUrl', {}],
    ['a script address', 'javascript:history.back()', 'errorQuickExitUrl', {}],
  ] as const)('refuses %s with a 400 naming the field in the Greek admin, and saves nothing', async (_, value, key: VictorKey, vars) => {
    const before = await siteDoc('gr-prevention')
    const response = await ctx.rest('PATCH', `/sites/${before.id}?locale=el`, {
      token: coordinatorToken,
      body: { name: 'Άλλο όνομα', quickExitUrl: value },
      headers: { 'Accept-Language': 'el' },
    })
    expect(response.status).toBe(400)
    const message = (language: 'el' | 'en') => translateTo(language, key, { value, ...vars })
    expect(message('el')).not.toBe(message('en'))
    expect(message('el')).toContain(value)
    expect(await fieldErrors(response)).toEqual([{ path: 'quickExitUrl', message: message('el') }])
    const after = await siteDoc('gr-prevention')
    expect([after.name, after.quickExitUrl]).toEqual([before.name, before.quickExitUrl])
  })

  it('is no translation: a destination set in one language marks no other out of date, nor its own up to date', async () => {
    const site = await siteDoc('hu-demand-reduction')
    expect(site.translation).toMatchObject({ translated: expect.arrayContaining(['en', 'hu']), outdated: [] })
    const patch = (locale: string, body: Record<string, unknown>) => ctx.rest('PATCH', `/sites/${site.id}?locale=${locale}`, { token: coordinatorToken, body })
    expect((await patch('en', { quickExitUrl: 'https://www.met.hu/?en' })).status).toBe(200)
    expect((await siteDoc('hu-demand-reduction')).translation).toEqual(site.translation)
    // A change of the English name leaves the Hungarian one behind; a Hungarian destination does not bring it up to date.
    expect((await patch('en', { name: 'Buying is a crime' })).status).toBe(200)
    expect((await siteDoc('hu-demand-reduction')).translation?.outdated).toEqual(['hu'])
    expect((await patch('hu', { quickExitUrl: 'https://www.met.hu/?hu' })).status).toBe(200)
    const after = await siteDoc('hu-demand-reduction')
    expect(after.translation?.outdated).toEqual(['hu'])
    expect(after.quickExitUrl).toMatchObject({ en: 'https://www.met.hu/?en', hu: 'https://www.met.hu/?hu' })
  })

  it("exports the site's own destination where it has one, and the default for its country and the locale elsewhere", async () => {
    const defaults = await buildSiteSnapshot(ctx.payload, 'gr-prevention')
    expect(defaults.site.quickExitUrl).toEqual({ el: 'https://www.emy.gr/', ar: 'https://www.emy.gr/', en: 'https://www.bbc.com/weather' })

    const site = await siteDoc('gr-prevention')
    const response = await ctx.rest('PATCH', `/sites/${site.id}?locale=el`, {
      token: coordinatorToken,
      body: { quickExitUrl: '  https://www.meteo.gr/  ' },
      headers: { 'Accept-Language': 'el' },
    })
    expect(response.status).toBe(200)
    expect((await siteDoc('gr-prevention')).quickExitUrl).toMatchObject({ el: 'https://www.meteo.gr/' })
    const own = await buildSiteSnapshot(ctx.payload, 'gr-prevention')
    expect(own.site.quickExitUrl).toEqual({ el: 'https://www.meteo.gr/', ar: 'https://www.emy.gr/', en: 'https://www.bbc.com/weather' })

    // Moldova's weather service in both of its languages; the hub (no country) one per language.
    expect((await buildSiteSnapshot(ctx.payload, 'md-prevention')).site.quickExitUrl).toEqual({ ro: 'https://www.meteo.md/', ru: 'https://www.meteo.md/', en: 'https://www.bbc.com/weather' })
    const hub = (await buildSiteSnapshot(ctx.payload, 'hub')).site
    expect(hub.quickExitUrl).toEqual(Object.fromEntries(hub.locales.map((locale) => [locale, defaultQuickExitUrl(null, locale)])))
    expect(hub.quickExitUrl.uk).toBe('https://www.meteo.gov.ua/')
  })
})
