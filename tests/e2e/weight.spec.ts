/**
 * A prevention page on a first mobile visit, over a slow prepaid connection: everything the
 * first view needs (HTML, CSS, scripts, fonts, the images in view) weighs at most 25 KB on the wire.
 */
import { expect, test } from '@playwright/test'
import { siteUrl } from './support/sites'

const BUDGET_BYTES = 25 * 1024

for (const path of ['/ro/', '/ro/fake-job-offers/', '/ru/lover-boy/']) {
  test(`md-prevention${path} weighs at most 25 KB over the wire`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    const transferred = new Map<string, number>()
    cdp.on('Network.loadingFinished', (event) => transferred.set(event.requestId, event.encodedDataLength))
    await page.goto(siteUrl('md-prevention', path), { waitUntil: 'networkidle' })
    const total = [...transferred.values()].reduce((sum, bytes) => sum + bytes, 0)
    test.info().annotations.push({ type: 'bytes', description: String(total) })
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES)
    await context.close()
  })
}
