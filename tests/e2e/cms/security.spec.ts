/**
 * The admin works under its Content-Security-Policy: no page a person uses (the dashboard, a
 * list, an edit form with Live Preview, the upload form) needs anything the policy blocks, and
 * every answer carries the security headers.
 */
import { expect, test, type Page } from '@playwright/test'
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

  await page.locator('table tbody tr a').first().click()
  await page.waitForURL(/\/admin\/collections\/pages\/\d+/)
  await page.getByRole('button', { name: 'Live Preview' }).click()
  await expect(page.frameLocator('iframe').locator('h1')).toBeVisible({ timeout: 30_000 })

  await page.goto(`${adminUrl}/admin/collections/media/create`)
  await expect(page.getByRole('note')).toContainText(en.victor('mediaPrivacyNotice'))

  expect(violations).toEqual([])
})
