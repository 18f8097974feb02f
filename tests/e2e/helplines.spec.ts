/** WCAG 2.2 "consistent help": the country's helplines, as phone links, in the same place on every page. */
import { expect, test } from '@playwright/test'
import { siteUrl } from './support/sites'
import { uiStrings } from './support/strings'

for (const [siteId, locale, numbers] of [
  ['md-prevention', 'ro', ['tel:+37380077777', 'tel:116111']],
  ['gr-prevention', 'ar', ['tel:1109', 'tel:116000']],
  ['hu-demand-reduction', 'hu', ['tel:+3680205520']],
  // The hub: the Europe-wide numbers.
  ['hub', 'en', ['tel:116000', 'tel:116111']],
] as const) {
  test(`${siteId}: helplines on every page, in the same place`, async ({ page }) => {
    await page.goto(siteUrl(siteId, `/${locale}/`))
    const paths = await page.locator('a[href^="/"]').evaluateAll((anchors) => [...new Set(anchors.map((a) => (a as HTMLAnchorElement).pathname))].filter((path) => !path.includes('.')))
    expect(paths.length).toBeGreaterThan(3)
    let order: number | undefined
    for (const path of paths) {
      await page.goto(siteUrl(siteId, path))
      const pageLocale = path.split('/')[1] || locale
      const region = page.getByRole('region', { name: uiStrings(pageLocale).help.regionLabel, exact: true })
      await expect(region, path).toBeVisible()
      const hrefs = await region.locator('a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
      for (const number of numbers) expect(hrefs, path).toContain(number)
      // Same place: same position among the page's landmarks.
      const position = await region.evaluate((element) => [...document.querySelectorAll('header, nav, main, aside, footer, section[aria-label], section[aria-labelledby]')].indexOf(element))
      order ??= position
      expect(position, path).toBe(order)
    }
  })
}
