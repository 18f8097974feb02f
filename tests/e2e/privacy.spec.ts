/**
 * No traces and no third parties: a visit leaves no cookie, no storage, no service worker, and
 * the browser never contacts any origin but the site's own.
 */
import { expect, test } from '@playwright/test'
import { e2eSites, siteUrl } from './support/sites'

for (const siteId of e2eSites) {
  test(`${siteId}: no cookie, no storage, no request to another origin`, async ({ page, context }) => {
    const origin = new URL(siteUrl(siteId)).origin
    const foreign: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.origin !== origin && url.protocol !== 'data:') foreign.push(request.url())
    })
    // The root leads to the site's main language with a meta refresh; start where it leads.
    await page.goto(siteUrl(siteId))
    await page.waitForURL(/\/[a-z]{2}\/$/)
    const links = await page.locator('a[href^="/"]').evaluateAll((anchors) => [...new Set(anchors.map((a) => (a as HTMLAnchorElement).pathname))].slice(0, 12))
    for (const path of links) {
      await page.goto(origin + path)
      await page.mouse.wheel(0, 2000)
    }
    expect(foreign).toEqual([])
    expect(await context.cookies()).toEqual([])
    const storage = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      caches: (await caches.keys()).length,
    }))
    expect(storage).toEqual({ local: 0, session: 0, databases: 0, workers: 0, caches: 0 })
  })
}
