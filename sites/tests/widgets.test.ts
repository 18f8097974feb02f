/**
 * The partner widgets' files as a render publishes them: the module within its budget, one data
 * file per locale and iframe pages without script, reached through links that follow the site's
 * live release, so a publish changes the widgets in the same rename as the site.
 */
import { cpSync, existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { FRAME_POLICY, widgetKinds, widgetPaths, widgetSizes, widgetThemes, type WidgetData } from '@victor/shared/widgets'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { widgetsDirFor } from '../scripts/build-lib'
import { fixtureRenderer, fixturesDir, parse, removeTempDirs, tempDir } from './helpers'

afterAll(removeTempDirs)

let sitesDir: string
let widgetsDir: string
const snapshots: Record<string, any> = {}
const snapshotDirs: Record<string, string> = {}

async function render(siteId: string) {
  writeFileSync(path.join(snapshotDirs[siteId], 'snapshot.json'), JSON.stringify(snapshots[siteId]))
  const result = await fixtureRenderer().render({ snapshotDir: snapshotDirs[siteId], outDir: path.join(sitesDir, siteId), widgetsDir })
  if (!result.ok) throw new Error(result.log)
  return result
}
const fromWidgets = (urlPath: string) => path.join(widgetsDir, ...urlPath.split('/').filter(Boolean))
const data = (siteId: string, locale: string) => JSON.parse(readFileSync(fromWidgets(widgetPaths.data(siteId, locale)), 'utf8')) as WidgetData

beforeAll(async () => {
  sitesDir = path.join(tempDir('widgets'), 'sites')
  widgetsDir = widgetsDirFor(sitesDir)
  for (const siteId of ['gr-prevention', 'hub']) {
    snapshotDirs[siteId] = tempDir(`widgets-${siteId}`)
    cpSync(path.join(fixturesDir, siteId), snapshotDirs[siteId], { recursive: true })
    snapshots[siteId] = JSON.parse(readFileSync(path.join(snapshotDirs[siteId], 'snapshot.json'), 'utf8'))
    await render(siteId)
  }
})

describe('the widgets a render publishes', () => {
  it('puts the module and the iframe stylesheet in the version folder, the module within 5 KB gzipped', () => {
    const module = readFileSync(fromWidgets(widgetPaths.module))
    expect(gzipSync(module, { level: 9 }).length).toBeLessThanOrEqual(5 * 1024)
    expect(module.toString()).not.toMatch(/\beval\(|new Function|innerHTML|localStorage|sessionStorage|document\.cookie|indexedDB/)
    expect(existsSync(fromWidgets(widgetPaths.stylesheet))).toBe(true)
    expect(existsSync(fromWidgets(`${widgetPaths.module}.gz`))).toBe(true)
  })

  it('writes one data file per locale of the site, in its language and direction, with what the site has', () => {
    const { locales } = snapshots['gr-prevention'].site
    expect(
      readdirSync(path.dirname(fromWidgets(widgetPaths.data('gr-prevention', 'el'))))
        .filter((name) => name.endsWith('.json'))
        .sort(),
    ).toEqual(locales.map((code: string) => `${code}.json`).sort())
    const arabic = data('gr-prevention', 'ar')
    expect(arabic).toMatchObject({ version: 1, site: 'gr-prevention', locale: 'ar', dir: 'rtl' })
    expect(Object.keys(arabic.widgets)).toEqual([...widgetKinds])
    // The hub has no campaign of its own and no signs: only its Europe-wide helplines.
    const hub = data('hub', 'en')
    expect(Object.keys(hub.widgets)).toEqual(['helplines'])
    expect(hub.fallback.helplines).toContain('href="tel:116000"')
  })

  it("shows a text that is missing in the widget's language in the nearest one, marked with its own lang", async () => {
    const campaign = snapshots['gr-prevention'].campaigns[0]
    const { ar, ...others } = campaign.translations
    expect(ar).toBeTruthy()
    campaign.translations = others
    try {
      await render('gr-prevention')
      const banner = data('gr-prevention', 'ar').widgets.campaign!.full
      expect(banner[0]).toBe('article')
      expect((banner as [string, Record<string, string>])[1]).toMatchObject({ lang: expect.stringMatching(/^(en|el)$/), dir: 'ltr' })
    } finally {
      campaign.translations = { ...others, ar }
    }
  })

  it('writes every look and size of every kind as a plain iframe page: no script, a strict policy, the right lang and dir', () => {
    const frames = path.dirname(fromWidgets(widgetPaths.frame('gr-prevention', 'ar', 'helplines', 'light', 'full')))
    expect(readdirSync(frames).filter((name) => name.endsWith('.html'))).toHaveLength(widgetKinds.length * widgetThemes.length * widgetSizes.length)
    const html = readFileSync(fromWidgets(widgetPaths.frame('gr-prevention', 'ar', 'signs', 'contrast', 'compact')), 'utf8')
    const page = parse(html)
    expect(page.documentElement.getAttribute('lang')).toBe('ar')
    expect(page.documentElement.getAttribute('dir')).toBe('rtl')
    expect(page.querySelector('.vw')?.getAttribute('data-theme')).toBe('contrast')
    expect(page.querySelectorAll('script')).toHaveLength(0)
    expect(page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')).toBe(FRAME_POLICY)
    // Web links leave the frame for the top window; the stylesheet is the version folder's.
    for (const link of page.querySelectorAll('a[href^="http"]')) expect(link.getAttribute('target')).toBe('_top')
    const stylesheet = page.querySelector('link[rel="stylesheet"]')!.getAttribute('href')!
    expect(path.resolve(frames, stylesheet)).toBe(fromWidgets(widgetPaths.stylesheet))
  })

  it("changes with the site's live release in one rename: the links lead through the site's live path", async () => {
    const link = path.dirname(fromWidgets(widgetPaths.data('gr-prevention', 'el')))
    const target = readlinkSync(link)
    expect(path.resolve(path.dirname(link), target)).toBe(path.join(sitesDir, 'gr-prevention', '_widgets', 'data'))
    const releaseBefore = realpathSync(path.join(sitesDir, 'gr-prevention'))
    const line = snapshots['gr-prevention'].helplines[0]
    const number = line.number
    line.number = '+302101234567'
    try {
      await render('gr-prevention')
      expect(realpathSync(path.join(sitesDir, 'gr-prevention'))).not.toBe(releaseBefore)
      expect(readlinkSync(link)).toBe(target)
      for (const locale of snapshots['gr-prevention'].site.locales) expect(data('gr-prevention', locale).fallback.helplines).toContain('tel:+302101234567')
      expect(readFileSync(fromWidgets(widgetPaths.frame('gr-prevention', 'el', 'helplines', 'dark', 'full')), 'utf8')).toContain('tel:+302101234567')
    } finally {
      line.number = number
      await render('gr-prevention')
    }
  })
})

describe("the hub's embed page", () => {
  const page = () => parse(readFileSync(path.join(sitesDir, 'hub', 'en', 'embed', 'index.html'), 'utf8'))

  it('lists every other site of the partnership with the widgets it offers, in each of its languages', () => {
    const document = page()
    for (const site of snapshots.hub.embed.sites) {
      const heading = document.getElementById(`embed-${site.siteId}`)
      expect(heading, site.siteId).not.toBeNull()
      for (const locale of site.locales) {
        for (const kind of site.widgets) {
          for (const variant of ['script', 'iframe']) {
            const area = document.getElementById(`embed-${site.siteId}-${locale}-${kind}-${variant}`) as HTMLTextAreaElement | null
            expect(area, `${site.siteId} ${locale} ${kind} ${variant}`).not.toBeNull()
            expect(document.querySelector(`label[for="${area!.id}"]`)).not.toBeNull()
            expect(area!.hasAttribute('readonly')).toBe(true)
          }
        }
      }
    }
  })

  it("offers the snippets the CMS hands out: the module and element, with the country's helplines as the site's own widget has them", () => {
    const document = page()
    const script = (document.getElementById('embed-gr-prevention-el-helplines-script') as HTMLTextAreaElement).value
    const own = data('gr-prevention', 'el')
    expect(script).toBe(
      `<script type="module" src="${snapshots.hub.embed.widgetsUrl}${widgetPaths.module}"></script>\n` +
        `<victor-helplines site="gr-prevention" lang="el" theme="light" size="full">\n${own.fallback.helplines}\n</victor-helplines>`,
    )
    const arabic = (document.getElementById('embed-gr-prevention-ar-signs-iframe') as HTMLTextAreaElement).value
    expect(arabic).toContain(`src="${snapshots.hub.embed.widgetsUrl}${widgetPaths.frame('gr-prevention', 'ar', 'signs', 'light', 'full')}"`)
    expect(arabic).toContain('dir="rtl"')
    // Nothing on the page runs or loads from elsewhere: copying needs no JavaScript.
    expect([...document.querySelectorAll('iframe, script[src]')]).toEqual([])
  })
})
