/**
 * Partner widgets on a partner's own page: another origin, another language, a strict
 * Content-Security-Policy with Trusted Types. Each kind in both variants shows the right content
 * in the right language and direction, asks nothing of anyone but the widgets origin (and that
 * once), leaves no trace, stays within its budget, passes axe in every look, and without
 * JavaScript still shows working helplines.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { gunzipSync } from 'node:zlib'
import { DEFAULT_WIDGETS_URL, widgetElement, widgetKinds, widgetPaths, widgetSizes, widgetSnippet, widgetThemes, type WidgetData, type WidgetKind } from '../../shared/src/widgets'
import { getFromSites, partnerPolicy, startPartnerSite, widgetsOrigin, type PartnerSite } from './support/partner'
import { siteUrl } from './support/sites'

const MODULE_BUDGET_GZIP = 5 * 1024

let partner: PartnerSite
test.beforeAll(async () => {
  partner = await startPartnerSite()
})
test.afterAll(async () => partner?.close())

async function widgetData(site: string, locale: string): Promise<WidgetData> {
  const response = await getFromSites('widgets.localhost', widgetPaths.data(site, locale))
  expect(response.status).toBe(200)
  return JSON.parse(response.body.toString()) as WidgetData
}

/** Every request the page makes, and every CSP or Trusted Types refusal it reports. */
function watch(page: Page) {
  const requests: string[] = []
  const refusals: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type|Refused to/i.test(message.text())) refusals.push(message.text())
  })
  page.on('pageerror', (error) => refusals.push(error.message))
  return { requests, refusals, foreign: () => requests.filter((url) => ![partner.origin, widgetsOrigin].includes(new URL(url).origin)) }
}

/** The accessible name of the widget a custom element shows (its title), once it shows one. */
const shownTitle = (page: Page, kind: WidgetKind) =>
  page.locator(widgetElement(kind)).evaluate((element) => element.shadowRoot?.querySelector('.vw > [aria-label]')?.getAttribute('aria-label') ?? null)

for (const [site, locale, dir] of [
  ['md-prevention', 'ro', 'ltr'],
  ['gr-prevention', 'ar', 'rtl'],
] as const) {
  test(`${site} ${locale}: the script snippets show every kind, in ${locale} and ${dir}, under a strict CSP, from one request`, async ({ page, context }) => {
    const data = await widgetData(site, locale)
    const kinds = widgetKinds.filter((kind) => data.widgets[kind])
    expect(kinds).toEqual([...widgetKinds])
    const snippets = kinds.map((kind) => widgetSnippet({ kind, variant: 'script', theme: 'light', size: 'full', origin: widgetsOrigin, data }))
    const seen = watch(page)
    await page.goto(partner.page(`/script-${site}-${locale}`, snippets.join('\n')))

    for (const kind of kinds) {
      const element = page.locator(widgetElement(kind))
      await expect.poll(() => shownTitle(page, kind)).toBe(data.widgets[kind]!.title)
      // The language and direction are the widget's, inside an English page.
      expect(await element.evaluate((node) => [node.shadowRoot!.querySelector('.vw')!.getAttribute('lang'), getComputedStyle(node.shadowRoot!.querySelector('.vw')!).direction])).toEqual([locale, dir])
    }
    const tels = await page.locator(widgetElement('helplines')).evaluate((node) => [...node.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')))
    expect(tels.length).toBeGreaterThan(0)
    for (const tel of tels) expect(data.fallback.helplines).toContain(`href="${tel}"`)
    // The banner's picture comes from the widgets origin, and is drawn (once it has loaded: a busy machine takes a moment).
    const picture = () =>
      page.locator(widgetElement('campaign')).evaluate((node) => {
        const img = node.shadowRoot!.querySelector('img')
        return img && { src: img.src, drawn: img.complete && img.naturalWidth > 0 }
      })
    await expect.poll(picture, { timeout: 10_000 }).toMatchObject({ src: expect.stringMatching(`^${widgetsOrigin}/v1/data/${site}/img/`), drawn: true })

    expect(seen.refusals).toEqual([])
    expect(seen.foreign()).toEqual([])
    expect(seen.requests.filter((url) => url.includes('/v1/data/') && url.endsWith('.json'))).toHaveLength(1)
    expect(await context.cookies()).toEqual([])
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0])
  })
}

test('one data request for a page with every look and size of every kind, and axe finds nothing in any look', async ({ page }) => {
  const data = await widgetData('md-prevention', 'ro')
  const snippets = widgetKinds.flatMap((kind) => widgetThemes.flatMap((theme) => widgetSizes.map((size) => widgetSnippet({ kind, variant: 'script', theme, size, origin: widgetsOrigin, data }))))
  const seen = watch(page)
  // axe inspects the page with HTML sinks of its own: this page leaves out Trusted Types only.
  await page.goto(partner.page('/every-look', snippets.join('\n'), { policy: partnerPolicy(widgetsOrigin, { trustedTypes: false }) }))
  const count = widgetKinds.length * widgetThemes.length * widgetSizes.length
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('main > *')].filter((node) => node.shadowRoot?.querySelector('.vw')).length)).toBe(count)
  expect(seen.requests.filter((url) => url.includes('/v1/data/') && url.endsWith('.json'))).toHaveLength(1)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  // Keyboard focus is visible: a focused link draws an outline.
  await page.keyboard.press('Tab')
  const outline = await page.evaluate(() => {
    let active: Element | null = document.activeElement
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
    return active ? getComputedStyle(active).outlineStyle : 'none'
  })
  expect(outline).not.toBe('none')
})

test('the iframe snippets show every kind, in the right language and direction, from the widgets origin only, and leave no trace', async ({ page, context }) => {
  const data = await widgetData('gr-prevention', 'ar')
  const snippets = widgetKinds.map((kind) => widgetSnippet({ kind, variant: 'iframe', theme: 'dark', size: 'full', origin: widgetsOrigin, data }))
  const seen = watch(page)
  await page.goto(partner.page('/frames', snippets.join('\n')))
  for (const [index, kind] of widgetKinds.entries()) {
    const frame = page.frameLocator('iframe').nth(index)
    await expect(frame.locator('.vw')).toContainText(data.widgets[kind]!.title)
    expect(await frame.locator('html').evaluate((html: HTMLElement) => [html.lang, html.dir, getComputedStyle(document.querySelector('.vw')!).backgroundColor])).toEqual([
      'ar',
      'rtl',
      'rgb(22, 22, 22)',
    ])
  }
  await expect(page.frameLocator('iframe').first().locator('a[href^="tel:"]').first()).toBeVisible()
  expect(seen.refusals).toEqual([])
  expect(seen.foreign()).toEqual([])
  // No cookie for any origin and nothing stored by the partner's page; a frame has an opaque origin, so it cannot store anything.
  expect(await context.cookies()).toEqual([])
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0])
  const shown = page.frames().slice(1)
  expect(shown).toHaveLength(widgetKinds.length)
  for (const frame of shown) expect(await frame.evaluate(() => origin), frame.url()).toBe('null')
  // Nothing in a frame runs: its pages carry no script at all.
  const framePages = await Promise.all(widgetKinds.map((kind) => getFromSites('widgets.localhost', widgetPaths.frame('gr-prevention', 'ar', kind, 'dark', 'full'))))
  for (const frame of framePages) {
    expect(frame.body.toString()).not.toMatch(/<script/i)
    expect(frame.headers['content-security-policy']).toMatch(/default-src 'none'/)
    expect(frame.headers['set-cookie']).toBeUndefined()
  }
})

test('axe finds nothing in the iframe snippets, in every look and size of every kind', async ({ page }) => {
  test.setTimeout(120_000)
  // Each frame's own page, as the iframe shows it (axe's walk into many frames of one page outlasts any timeout).
  for (const kind of widgetKinds) {
    for (const theme of widgetThemes) {
      for (const size of widgetSizes) {
        const address = `${widgetsOrigin}${widgetPaths.frame('md-prevention', 'ro', kind, theme, size)}`
        expect((await page.goto(address))?.status(), address).toBe(200)
        await expect(page.locator('.vw')).toBeVisible()
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
        expect(results.passes.length).toBeGreaterThan(0)
        expect(
          results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
          address,
        ).toEqual([])
      }
    }
  }
})

test('without JavaScript the pasted content shows, with working tel: links', async ({ browser }) => {
  const data = await widgetData('md-prevention', 'ro')
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(partner.page('/no-script', widgetKinds.map((kind) => widgetSnippet({ kind, variant: 'script', theme: 'light', size: 'full', origin: widgetsOrigin, data })).join('\n')))
  const helplines = page.locator(widgetElement('helplines'))
  const links = helplines.locator('a[href^="tel:"]')
  expect(await links.count()).toBeGreaterThan(0)
  for (const link of await links.all()) {
    await expect(link).toBeVisible()
    await expect(link).toHaveAttribute('href', /^tel:\+?\d+$/)
  }
  await expect(page.locator(widgetElement('campaign')).locator('a[href^="http"]')).toBeVisible()
  await expect(page.locator(widgetElement('signs')).locator('li').first()).toBeVisible()
  await context.close()
})

test(`the module stays within ${MODULE_BUDGET_GZIP / 1024} KB gzipped and is served for use from any origin`, async () => {
  const response = await getFromSites('widgets.localhost', widgetPaths.module, { 'Accept-Encoding': 'gzip' })
  expect(response.status).toBe(200)
  expect(response.headers['content-encoding']).toBe('gzip')
  expect(response.body.length).toBeLessThanOrEqual(MODULE_BUDGET_GZIP)
  expect(gunzipSync(response.body).toString()).toContain('customElements.define')
  expect(response.headers['access-control-allow-origin']).toBe('*')
  expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin')
  expect(response.headers['set-cookie']).toBeUndefined()
  test.info().annotations.push({ type: 'module size', description: `${response.body.length} bytes gzipped` })
})

test("a snippet copied from the hub's embed page works as pasted, with no JavaScript needed to copy it", async ({ browser }) => {
  // A partner without an account: the hub's page, read with JavaScript off, as anyone can.
  const reader = await browser.newContext({ javaScriptEnabled: false })
  const hub = await reader.newPage()
  await hub.goto(siteUrl('hub', '/ro/embed/'))
  await hub
    .locator('details', { has: hub.locator('#embed-md-prevention-ro-signs-script') })
    .locator('summary')
    .click()
  const copied = await hub.locator('#embed-md-prevention-ro-signs-script').inputValue()
  await reader.close()
  // The fixtures name the widgets at the default port; this run serves them at its own.
  expect(copied).toContain(DEFAULT_WIDGETS_URL)
  const snippet = copied.replaceAll(DEFAULT_WIDGETS_URL, widgetsOrigin)

  const page = await browser.newPage()
  const seen = watch(page)
  await page.goto(partner.page('/from-the-hub', snippet))
  const data = await widgetData('md-prevention', 'ro')
  await expect.poll(() => shownTitle(page, 'signs')).toBe(data.widgets.signs!.title)
  expect(seen.refusals).toEqual([])
  expect(seen.foreign()).toEqual([])
  await page.close()
})
