/**
 * Publishing as a communications officer does it, on the CMS started with `pnpm start` (fresh
 * database, demo content; tests/e2e/support/start-cms.ts): a change published in the admin is on
 * its site within seconds and no other site is rebuilt; Live Preview shows a draft beside the
 * form, rendered by the sites' own code, and the draft reaches no public site.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { adminUrl as admin, signIn as signInAs } from '../support/admin'
import { CMS_E2E } from '../support/cms'

test.describe.configure({ mode: 'serial' })

const siteUrl = (siteId: string, pathname: string) => `http://${siteId}.localhost:${CMS_E2E.sitesPort}${pathname}`
const sitesDir = path.join(CMS_E2E.output, 'sites')
/** Which release each live site points at. */
const releases = () =>
  Object.fromEntries(
    fs
      .readdirSync(sitesDir)
      .filter((name) => fs.lstatSync(path.join(sitesDir, name)).isSymbolicLink())
      .map((name) => [name, fs.readlinkSync(path.join(sitesDir, name))]),
  )

const signIn = (page: Page) => signInAs(page, 'coordinator@victor.local')

async function openHowToReport(page: Page) {
  const response = await page.request.get(`${admin}/api/pages?where[slug][equals]=how-to-report&where[sites.siteId][equals]=hu-demand-reduction&depth=0&locale=en`)
  const id = (await response.json()).docs[0].id
  await page.goto(`${admin}/admin/collections/pages/${id}?locale=en`)
  await expect(page.locator('input[name="title"]')).toBeVisible({ timeout: 60_000 })
}

async function liveHeading(page: Page, siteId: string, pathname: string) {
  await page.goto(siteUrl(siteId, pathname))
  return page.locator('h1').textContent()
}

test.setTimeout(120_000)

test('a change published in the admin is live on its site within seconds, and no other site is rebuilt', async ({ page, context }) => {
  await signIn(page)
  await openHowToReport(page)
  const before = releases()
  expect(Object.keys(before).length).toBe(10)
  const title = `How to report exploitation (${Date.now() % 100000})`
  await page.fill('input[name="title"]', title)
  await page.getByRole('button', { name: 'Publish in English' }).click()
  const published = Date.now()

  const site = await context.newPage()
  await expect.poll(() => liveHeading(site, 'hu-demand-reduction', '/en/how-to-report/'), { timeout: 15_000, intervals: [250] }).toBe(title)
  expect(Date.now() - published).toBeLessThan(10_000)

  const after = releases()
  expect(after['hu-demand-reduction']).not.toBe(before['hu-demand-reduction'])
  for (const siteId of Object.keys(before).filter((id) => id !== 'hu-demand-reduction')) expect(after[siteId], siteId).toBe(before[siteId])
})

test('Live Preview shows the draft as its site will, beside the form, and no public site gets it', async ({ page, context }) => {
  await signIn(page)
  const site = await context.newPage()
  const liveTitle = await liveHeading(site, 'hu-demand-reduction', '/en/how-to-report/')
  const before = releases()
  const since = new Date().toISOString()
  await openHowToReport(page)
  await page.getByRole('button', { name: 'Live Preview' }).click()
  const preview = page.frameLocator('iframe')
  await expect(preview.locator('h1')).toBeVisible({ timeout: 30_000 })
  // The site's own layout: its help band with the country's helplines.
  await expect(preview.getByRole('region', { name: 'Helplines' })).toBeVisible()

  const draft = `A draft title (${Date.now() % 100000})`
  await page.fill('input[name="title"]', draft)
  // Autosave every 2 s, then the preview renders the site again with the draft.
  await expect(preview.locator('h1')).toHaveText(draft, { timeout: 20_000 })
  // Said to be a preview, never to be mistaken for the live site.
  await expect(preview.getByRole('status')).toHaveText(/Preview, not live/)

  // The draft is saved (the preview shows it). A build it wrongly asked for would be queued within
  // the build loop's settle time (750 ms) and live about a second later: wait well past both.
  await site.waitForTimeout(5_000)
  const builds = await page.request.get(`${admin}/api/site-builds?where[createdAt][greater_than]=${encodeURIComponent(since)}&depth=0&limit=100`)
  expect(builds.status()).toBe(200)
  expect((await builds.json()).docs).toEqual([])
  expect(releases()).toEqual(before)
  // Every language of the page on its site, and every page of every site, still without the draft.
  for (const [siteId, release] of Object.entries(before)) {
    const root = path.resolve(sitesDir, release)
    for (const file of fs
      .readdirSync(root, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.html'))) {
      expect(fs.readFileSync(path.join(root, file), 'utf8'), `${siteId}/${file}`).not.toContain(draft)
    }
  }
  expect(await liveHeading(site, 'hu-demand-reduction', '/en/how-to-report/')).toBe(liveTitle)
  await expect(site.locator('.preview-band')).toHaveCount(0)
})
