import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { fixtureSnapshots } from '../support/demoSites'
import { siteUrl } from './support/sites'
import { quickExitName } from './support/strings'

/** Where a site's quick exit leads in a locale, as its snapshot says (the CMS's setting or default). */
const destination = (siteId: string, locale: string): string => JSON.parse(fs.readFileSync(path.join(fixtureSnapshots, siteId, 'snapshot.json'), 'utf8')).site.quickExitUrl[locale]

/** Where quick exit leaves to; answered locally, the test makes no request to the internet. */
async function stubDestination(page: Page): Promise<string[]> {
  const visits: string[] = []
  await page.context().route(/^https?:\/\/(?!.*\.localhost)/, async (route) => {
    visits.push(route.request().url())
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' })
  })
  return visits
}

interface LeavingState {
  title: string
  /** Points of the viewport where something other than the cover or the exit bar shows. */
  uncovered: number[][]
  mainVisible: boolean
}

/** What the page shows at the moment it starts to leave (its beforeunload), reported to the test. */
async function watchLeaving(page: Page): Promise<{ state: Promise<LeavingState> }> {
  let report!: (state: LeavingState) => void
  const reported = new Promise<LeavingState>((resolve) => (report = resolve))
  await page.exposeFunction('reportLeaving', (state: LeavingState) => report(state))
  await page.addInitScript(() => {
    addEventListener('beforeunload', () => {
      const points = [0.1, 0.5, 0.9].flatMap((x) => [0.25, 0.5, 0.9].map((y) => [x * innerWidth, y * innerHeight]))
      const uncovered = points.filter(([x, y]) => !document.elementFromPoint(x, y)?.closest('[data-quick-exit-overlay], [data-quick-exit]'))
      const main = document.querySelector('main')
      ;(window as unknown as { reportLeaving: (state: LeavingState) => void }).reportLeaving({
        title: document.title,
        uncovered,
        mainVisible: Boolean(main?.checkVisibility({ visibilityProperty: true })),
      })
    })
  })
  // Wrapped: an awaited promise of a promise would wait for the page to leave.
  return { state: reported }
}

const exitLink = (page: Page, locale: string) => page.getByRole('link', { name: quickExitName(locale) })

test.describe('quick exit on a prevention page', () => {
  test('is a plain link that leaves and removes the page from the tab history', async ({ page }) => {
    const visits = await stubDestination(page)
    await page.goto(siteUrl('md-prevention', '/ro/'))
    const home = page.url()
    await page.getByRole('main').getByRole('link').first().waitFor()
    await page.goto(siteUrl('md-prevention', '/ro/fake-job-offers/'))
    await exitLink(page, 'ro').click()
    await expect(page).toHaveTitle('Weather')
    expect(visits).toEqual([destination('md-prevention', 'ro')])
    await page.goBack()
    // The page left is gone from history; earlier pages stay, as the safety page says.
    expect(page.url()).toBe(home)
  })

  for (const [name, press] of [
    [
      'Shift pressed three times',
      async (page: Page) => {
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift')
      },
    ],
    [
      'Esc pressed twice',
      async (page: Page) => {
        await page.keyboard.press('Escape')
        await page.keyboard.press('Escape')
      },
    ],
  ] as const) {
    test(`leaves with ${name}, blanking the page first`, async ({ page }) => {
      const visits = await stubDestination(page)
      const leaving = await watchLeaving(page)
      await page.goto(siteUrl('md-prevention', '/ro/lover-boy/'))
      const neutralTitle = await page.locator('[data-quick-exit]').getAttribute('data-neutral-title')
      expect(neutralTitle).toBeTruthy()
      await page.locator('body').click({ position: { x: 5, y: 300 } })
      await press(page)
      // As it starts to leave, the page already shows nothing of itself, under a neutral title.
      expect(await leaving.state).toEqual({ title: neutralTitle, uncovered: [], mainVisible: false })
      await expect(page).toHaveTitle('Weather')
      expect(visits).toEqual([destination('md-prevention', 'ro')])
    })
  }

  test('announces how many more presses of Shift leave', async ({ page }) => {
    await page.goto(siteUrl('md-prevention', '/ro/'))
    await page.keyboard.press('Shift')
    await expect(page.getByRole('status')).toContainText(/2/)
  })

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const visits = await stubDestination(page)
    await page.goto(siteUrl('md-prevention', '/ru/'))
    await exitLink(page, 'ru').click()
    await expect(page).toHaveTitle('Weather')
    expect(visits).toEqual([destination('md-prevention', 'ru')])
    await context.close()
  })

  test('stays visible on a small phone, at the end of a long page too', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    await page.goto(siteUrl('gr-prevention', '/ar/fake-job-offers/'))
    for (const y of [0, 100_000]) {
      await page.evaluate((top) => window.scrollTo(0, top), y)
      const box = await exitLink(page, 'ar').boundingBox()
      expect(box).not.toBeNull()
      expect(box!.y).toBeGreaterThanOrEqual(0)
      expect(box!.y + box!.height).toBeLessThanOrEqual(568)
      expect(box!.height).toBeGreaterThanOrEqual(44)
      // Nothing covers it: the element at its centre is the link or inside it.
      const onTop = await page.evaluate(([x, y]) => Boolean(document.elementFromPoint(x, y)?.closest('[data-quick-exit-link]')), [box!.x + box!.width / 2, box!.y + box!.height / 2])
      expect(onTop).toBe(true)
    }
    await context.close()
  })

  test('is not on demand-reduction or hub pages', async ({ page }) => {
    for (const [siteId, locale] of [
      ['hu-demand-reduction', 'hu'],
      ['hub', 'en'],
    ]) {
      await page.goto(siteUrl(siteId, `/${locale}/`))
      await expect(exitLink(page, locale)).toHaveCount(0)
      await expect(page.locator('[data-quick-exit]')).toHaveCount(0)
    }
  })
})
