/**
 * A communications officer gives a partner the campaign for their website: in the admin, in her
 * language, she picks the widget, checks the preview and copies the snippet; pasted into the
 * partner's page (another origin, strict CSP, another language) it shows the live widget, and a
 * helpline number she corrects and publishes reaches the partner's page within seconds.
 */
import { expect, test, type Page } from '@playwright/test'
import { localWidgetsUrl, widgetElement } from '../../../shared/src/widgets'
import { adminStrings, adminUrl, api, signIn, step } from '../support/admin'
import { CMS_E2E } from '../support/cms'
import { startPartnerSite, type PartnerSite } from '../support/partner'

const widgets = localWidgetsUrl(CMS_E2E.sitesPort)
let partner: PartnerSite
test.beforeAll(async () => {
  partner = await startPartnerSite(widgets)
})
test.afterAll(async () => partner?.close())

const shownNumbers = (page: Page) =>
  page.locator(widgetElement('helplines')).evaluate((element) => [...(element.shadowRoot?.querySelectorAll('a[href^="tel:"]') ?? [])].map((link) => link.getAttribute('href')))

async function copySnippet(page: Page, copyLabel: string, copiedText: string): Promise<string> {
  const button = page.getByRole('button', { name: copyLabel })
  // The admin scrolls smoothly: a click sent while the button still moves lands beside it.
  await button.scrollIntoViewIfNeeded()
  await expect(button).toBeInViewport({ ratio: 1 })
  await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))))
  await button.click()
  await expect(page.getByRole('status').filter({ hasText: copiedText })).toBeVisible()
  return page.evaluate(() => navigator.clipboard.readText())
}

test('an editor copies widget snippets in the admin; pasted on a partner page they show the live widget, and a published change reaches it', async ({ page, context, browser }, testInfo) => {
  test.setTimeout(120_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: adminUrl })
  const ro = await adminStrings('ro')
  await signIn(page, 'editor-md@victor.local')
  const navLink = page.getByRole('link', { name: ro.victor('widgetsTitle') })
  // On a narrow screen the navigation is folded away behind the menu button.
  if (await navLink.evaluate((link) => Boolean(link.closest('[inert]')))) await page.getByRole('button', { name: `${ro.payload('general:open')} ${ro.payload('general:menu')}` }).click()
  await navLink.click()
  await expect(page.getByRole('heading', { level: 1, name: ro.victor('widgetsTitle') })).toBeVisible()

  await page.getByLabel(ro.victor('widgetsSite')).selectOption('md-prevention')
  await page.getByLabel(ro.victor('widgetsLanguage')).selectOption('ro')
  await page.getByLabel(ro.victor('widgetsTheme')).selectOption('dark')
  const preview = page.frameLocator('iframe.victor-widgets__preview')
  await expect(preview.locator('a[href^="tel:"]').first()).toBeVisible({ timeout: 15_000 })
  await step(page, testInfo, 'widgets-view')
  const pasted = await copySnippet(page, ro.victor('widgetsCopy'), ro.victor('widgetsCopied'))
  // What the admin copies is what the API hands out.
  const fromApi = await api<{ html: string }>(page, '/widgets/snippet?kind=helplines&site=md-prevention&locale=ro&variant=script&theme=dark&size=full')
  expect(pasted).toBe(fromApi.html)

  const host = await browser.newPage()
  await host.goto(partner.page('/with-helplines', pasted))
  await expect.poll(() => shownNumbers(host)).toContain('tel:+37322233309')

  // The iframe variant, for a partner whose site allows no scripts.
  await page.getByLabel(ro.victor('widgetsVariant')).selectOption('iframe')
  await page.getByLabel(ro.victor('widgetsKind')).selectOption('campaign')
  await expect(preview.locator('img')).toBeVisible({ timeout: 15_000 })
  const frameSnippet = await copySnippet(page, ro.victor('widgetsCopy'), ro.victor('widgetsCopied'))
  expect(frameSnippet).toMatch(/^<iframe /)
  const framed = await browser.newPage()
  await framed.goto(partner.page('/with-frame', frameSnippet))
  await expect(framed.frameLocator('iframe').locator('.vw img')).toBeVisible()
  await expect(framed.frameLocator('iframe').locator('html')).toHaveAttribute('lang', 'ro')

  // She corrects the La Strada number in the admin; the partner's page shows the new one on its next visit.
  const { docs } = await api<{ docs: { id: number }[] }>(page, '/helplines?where[number][equals]=%2B37322233309&depth=0')
  await page.goto(`${adminUrl}/admin/collections/helplines/${docs[0].id}`)
  const number = page.getByRole('textbox', { name: ro.victor('helplineNumber'), exact: true })
  await expect(number).toHaveValue('+37322233309')
  await number.fill('+37322233310')
  try {
    await page.getByRole('button', { name: ro.payload('general:save'), exact: true }).click()
    await expect(page.getByText(ro.payload('general:updatedSuccessfully'))).toBeVisible()
    await expect
      .poll(
        async () => {
          await host.reload()
          return shownNumbers(host)
        },
        { timeout: 20_000, intervals: [500] },
      )
      .toContain('tel:+37322233310')
  } finally {
    await page.request.patch(`${adminUrl}/api/helplines/${docs[0].id}`, { data: { number: '+37322233309' } })
  }
})

test("the snippet API names a bad parameter in the person's language", async ({ page }) => {
  const ro = await adminStrings('ro')
  await signIn(page, 'editor-md@victor.local')
  const response = await page.request.get(`${adminUrl}/api/widgets/snippet?kind=helplines&site=md-prevention&locale=ro&variant=script&theme=neon`)
  expect(response.status()).toBe(400)
  expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
    ro.victor('errorWidgetParameter', { parameter: 'theme', value: 'neon', allowed: 'light, dark, contrast' }),
  )
})
