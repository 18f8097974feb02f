import { expect, test } from '@playwright/test'
import { getFromSites } from './support/partner'
import { siteUrl } from './support/sites'
import { uiStrings } from './support/strings'

test('the language switcher leads to the same page in each language of the site', async ({ page }) => {
  await page.goto(siteUrl('md-prevention', '/ro/fake-job-offers/'))
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro')
  const switcher = page.getByRole('navigation', { name: uiStrings('ro').language.label })
  await switcher.getByRole('link', { name: 'Русский' }).click()
  await expect(page).toHaveURL(/\/ru\/fake-job-offers\/?$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
})

test('every page names its other languages with hreflang, and each of them exists', async ({ page }) => {
  await page.goto(siteUrl('md-prevention', '/ro/'))
  const paths = await page.locator('a[href^="/ro/"]').evaluateAll((anchors) => [...new Set(anchors.map((a) => (a as HTMLAnchorElement).pathname))])
  // The home, the fixed pages and the campaign's message pages.
  expect(paths.length).toBeGreaterThan(5)
  for (const path of paths) {
    await page.goto(siteUrl('md-prevention', path))
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => ({ lang: link.getAttribute('hreflang'), href: (link as HTMLLinkElement).href })))
    expect(alternates.map((alternate) => alternate.lang).sort(), path).toEqual(['en', 'ro', 'ru', 'x-default'])
    for (const { lang, href } of alternates) {
      // Same origin, as the sitemap and search engines will follow it; in the language it names.
      const response = await getFromSites('md-prevention.localhost', new URL(href).pathname)
      expect(response.status, href).toBe(200)
      if (lang !== 'x-default') expect(/<html lang="([^"]+)"/i.exec(response.body.toString())?.[1], href).toBe(lang)
    }
  }
})

test('Arabic pages are right to left', async ({ page }) => {
  await page.goto(siteUrl('gr-prevention', '/ar/'))
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  const direction = await page.locator('main').evaluate((main) => getComputedStyle(main).direction)
  expect(direction).toBe('rtl')
  // Text starts at the right edge of the main column.
  const heading = page.getByRole('heading', { level: 1 })
  const [box, main] = [await heading.boundingBox(), await page.locator('main').boundingBox()]
  expect(box!.x + box!.width).toBeGreaterThan(main!.x + main!.width - 40)
})
