/**
 * GET /api/widgets/snippet: the snippet a partner pastes, for signed-in staff, from the site's live
 * widget data; every bad value answers 400 naming the parameter, in the person's language.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SITE_WIDGETS_DIR, widgetPaths, type WidgetData } from '@victor/shared/widgets'
import { translateTo } from '../../src/i18n'
import { widgetsUrl } from '../../src/widgets/widgetsUrl'
import { createTestPayload, type TestContext } from '../support/testPayload'

const WIDGETS = 'https://widgets.example.org'
let ctx: TestContext
let editor: string

/** What a render of md-prevention would have written for Romanian (sites/src/widgets/files.ts). */
const liveRomanian: WidgetData = {
  version: 1,
  site: 'md-prevention',
  locale: 'ro',
  dir: 'ltr',
  widgets: {
    helplines: { title: 'Linii de ajutor', compact: ['section', {}, 'Sună 116 111'], full: ['section', {}, 'Sună 116 111'] },
    campaign: { title: 'Prea frumos ca să fie adevărat?', compact: ['article', {}, 'x'], full: ['article', {}, 'x'] },
  },
  fallback: { helplines: '<ul><li>Telefonul copilului: <a href="tel:116111">116 111</a></li></ul>', campaign: '<p><a href="http://md-prevention.localhost:4321/ro/">Prea frumos</a></p>' },
}

beforeAll(async () => {
  ctx = await createTestPayload()
  process.env.VICTOR_WIDGETS_URL = WIDGETS
  const dataDir = path.join(ctx.dir, 'output', 'sites', 'md-prevention', SITE_WIDGETS_DIR, 'data')
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(path.join(dataDir, 'ro.json'), JSON.stringify(liveRomanian))
  editor = await ctx.login('editor-md@victor.local')
})
afterAll(async () => {
  delete process.env.VICTOR_WIDGETS_URL
  await ctx?.close()
})

const snippet = (query: Record<string, string>, headers: Record<string, string> = {}, { anonymous = false } = {}) =>
  ctx.rest('GET', `/widgets/snippet?${new URLSearchParams(query)}`, { token: anonymous ? undefined : editor, headers })
const good = { kind: 'helplines', site: 'md-prevention', locale: 'ro', variant: 'script', theme: 'dark' }
const message = async (response: Response) => ((await response.json()) as { errors: { message: string }[] }).errors[0].message

describe('the snippet API', () => {
  it('gives the script snippet: the module, and the element with the live plain content inside', async () => {
    const response = await snippet({ ...good, size: 'compact' })
    expect(response.status).toBe(200)
    const { html } = (await response.json()) as { html: string }
    expect(html).toBe(
      `<script type="module" src="${WIDGETS}${widgetPaths.module}"></script>\n` +
        `<victor-helplines site="md-prevention" lang="ro" theme="dark" size="compact">\n${liveRomanian.fallback.helplines}\n</victor-helplines>`,
    )
  })

  it('gives the iframe snippet, titled, with the frame page of the look and size', async () => {
    const { html } = (await (await snippet({ ...good, kind: 'campaign', variant: 'iframe', theme: 'contrast' })).json()) as { html: string }
    expect(html).toContain(`src="${WIDGETS}${widgetPaths.frame('md-prevention', 'ro', 'campaign', 'contrast', 'full')}"`)
    expect(html).toContain('title="Prea frumos ca să fie adevărat?"')
    expect(html).toMatch(/^<iframe [^>]*referrerpolicy="no-referrer"[^>]*><\/iframe>$/)
  })

  it('is for signed-in staff only', async () => {
    const response = await snippet(good, {}, { anonymous: true })
    expect(response.status).toBe(401)
    expect(await message(response)).toBe(translateTo('en', 'errorWidgetsSignIn'))
  })

  it("answers a bad or missing value with a 400 that names the parameter, in the person's language", async () => {
    const cases: [Record<string, string>, string, Record<string, unknown>][] = [
      [{ ...good, kind: 'poster' }, 'errorWidgetParameter', { parameter: 'kind', value: 'poster', allowed: 'helplines, campaign, signs' }],
      [{ ...good, theme: 'neon' }, 'errorWidgetParameter', { parameter: 'theme', value: 'neon', allowed: 'light, dark, contrast' }],
      [{ ...good, variant: 'embed' }, 'errorWidgetParameter', { parameter: 'variant', value: 'embed', allowed: 'script, iframe' }],
      [{ ...good, size: 'huge' }, 'errorWidgetParameter', { parameter: 'size', value: 'huge', allowed: 'compact, full' }],
      [{ ...good, locale: 'el' }, 'errorWidgetParameter', { parameter: 'locale', value: 'el', allowed: 'ro, ru, en' }],
      [{ kind: 'helplines', locale: 'ro', variant: 'script', theme: 'dark' }, 'errorWidgetParameterMissing', { parameter: 'site' }],
      [{ ...good, site: 'xx-prevention' }, 'errorWidgetSite', { value: 'xx-prevention' }],
    ]
    for (const [query, key, vars] of cases) {
      for (const language of ['en', 'el'] as const) {
        const response = await snippet(query, { Cookie: `payload-lng=${language}` })
        expect(response.status, JSON.stringify(query)).toBe(400)
        expect(await message(response)).toBe(translateTo(language, key as never, vars))
      }
    }
    const noKind = await snippet({ site: 'md-prevention', locale: 'ro', variant: 'script', theme: 'dark' })
    expect(await message(noKind)).toBe(translateTo('en', 'errorWidgetParameterMissing', { parameter: 'kind' }))
  })

  it('says when a site is not live in a language yet (409), or has nothing for a kind (400)', async () => {
    const notLive = await snippet({ ...good, locale: 'ru' })
    expect(notLive.status).toBe(409)
    expect(await message(notLive)).toBe(translateTo('en', 'errorWidgetNotLive', { site: 'md-prevention', locale: 'ru' }))
    const noSigns = await snippet({ ...good, kind: 'signs' }, { Cookie: 'payload-lng=ro' })
    expect(noSigns.status).toBe(400)
    expect(await message(noSigns)).toBe(translateTo('ro', 'errorWidgetNothingToShow_signs', { site: 'md-prevention', locale: 'ro' }))
  })
})

describe('the widgets address', () => {
  it('is VICTOR_WIDGETS_URL, else the local widgets origin; a value that is no web address is refused, naming the variable', () => {
    expect(widgetsUrl({ VICTOR_WIDGETS_URL: 'https://widgets.example.org/' })).toBe('https://widgets.example.org')
    expect(widgetsUrl({})).toBe('http://widgets.localhost:4321')
    expect(() => widgetsUrl({ VICTOR_WIDGETS_URL: 'widgets.example.org' })).toThrow(/VICTOR_WIDGETS_URL must be the web address/)
    expect(() => widgetsUrl({ VICTOR_WIDGETS_URL: 'ftp://widgets.example.org' })).toThrow(/VICTOR_WIDGETS_URL/)
  })
})
