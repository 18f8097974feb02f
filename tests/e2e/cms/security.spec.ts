/**
 * The admin works under its Content-Security-Policy: no page a person uses (the dashboard, a
 * list, an edit form with Live Preview, the upload form) needs anything the policy blocks, and
 * every answer carries the security headers.
 */
import { expect, test, type Page } from '@playwright/test'
import { createRequire } from 'node:module'
import path from 'node:path'
import { adminStrings, adminUrl, signIn } from '../support/admin'

/** Every violation the page reports, as the browser sees it. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI} at ${document.location.pathname}`),
    )
  })
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

test('the admin sends its security headers and needs nothing its policy blocks', async ({ page }) => {
  const violations = await watchViolations(page)
  const login = await page.request.get(`${adminUrl}/admin/login`)
  const headers = login.headers()
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/)
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'self'/)
  expect(headers['x-frame-options']).toBe('SAMEORIGIN')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('same-origin')
  expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/)
  const api = await page.request.get(`${adminUrl}/api/sites?limit=1`)
  expect(api.headers()['x-content-type-options']).toBe('nosniff')

  const en = await adminStrings('en')
  await signIn(page, 'admin@victor.local')
  await expect(page.locator('.dashboard')).toBeVisible()

  await page.goto(`${adminUrl}/admin/collections/pages`)
  await expect(page.locator('table')).toBeVisible()

  const { docs } = (await (await page.request.get(`${adminUrl}/api/pages?limit=1&depth=0&where[slug][equals]=how-to-report`)).json()) as { docs: { id: number }[] }
  await page.goto(`${adminUrl}/admin/collections/pages/${docs[0].id}?locale=en`)
  await expect(page.locator('input[name="title"]')).toBeVisible({ timeout: 60_000 })
  await page.getByRole('button', { name: 'Live Preview' }).click()
  await expect(page.frameLocator('iframe').locator('h1')).toBeVisible({ timeout: 30_000 })

  await page.goto(`${adminUrl}/admin/collections/media/create`)
  await expect(page.getByRole('note')).toContainText(en.victor('mediaPrivacyNotice'))

  expect(violations).toEqual([])
})

/** sharp from the CMS's own dependencies. */
const sharp = createRequire(path.resolve(import.meta.dirname, '..', '..', '..', 'cms', 'package.json'))('sharp') as typeof import('../../../cms/node_modules/sharp').default

test('a phone photo uploaded in the admin is stored and served without its location, turned upright', async ({ page }) => {
  // Every size is made and checked (one wider than the photo at the photo's own width, never enlarged).
  const photo = await sharp({ create: { width: 1000, height: 700, channels: 3, background: '#aa3322' } })
    .withExif({ IFD0: { Make: 'PhoneMaker' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '44/1 25/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '26/1 6/1 0/1' } })
    .jpeg()
    .toBuffer()
  const sideways = await sharp(photo).keepExif().withMetadata({ orientation: 6 }).jpeg().toBuffer()
  expect((await sharp(sideways).metadata()).exif).toBeDefined()

  const el = await adminStrings('el')
  await signIn(page, 'editor-gr@victor.local')
  await page.goto(`${adminUrl}/admin/collections/media/create`)
  await expect(page.getByRole('note')).toContainText(el.victor('mediaPrivacyNotice'))
  await page.locator('input[type="file"]').setInputFiles({ name: 'shelter-visit.jpg', mimeType: 'image/jpeg', buffer: sideways })
  await page.locator('input[name="alt"]').fill('A room with chairs')
  await page.getByRole('button', { name: el.payload('general:save'), exact: true }).click()
  await page.waitForURL(/\/admin\/collections\/media\/\d+/)

  const id = /media\/(\d+)/.exec(page.url())![1]
  const doc = (await (await page.request.get(`${adminUrl}/api/media/${id}`)).json()) as { url: string; width: number; height: number; sizes: Record<string, { url: string | null }> }
  expect(doc).toMatchObject({ width: 700, height: 1000 })
  const made = Object.entries(doc.sizes).filter(([, size]) => size.url)
  expect(made.map(([name]) => name).sort(), JSON.stringify(doc.sizes)).toEqual(['card', 'hero', 'share', 'thumbnail'])
  for (const url of [doc.url, ...made.map(([, size]) => size.url!)]) {
    const served = Buffer.from(await (await page.request.get(new URL(url, adminUrl).href)).body())
    const metadata = await sharp(served).metadata()
    expect({ exif: metadata.exif, orientation: metadata.orientation, icc: metadata.icc }, url).toEqual({ exif: undefined, orientation: undefined, icc: undefined })
  }
})
