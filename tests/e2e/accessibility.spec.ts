/**
 * axe-core (WCAG 2.2 AA and best practice) over every kind of page of every audience, chosen from
 * the sites' own route model so a new kind of page is checked without editing this list: each
 * page kind (every CMS page and every fixed page) in the site's main language and in its
 * right-to-left language, a page shown in a fallback language, the language chooser at the
 * root and the 404 page.
 */
import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { getLocale, type LocaleCode } from '../../shared/src/locales'
import { localizedRoutes, routePath, type LocalizedRoute } from '../../sites/src/lib/model'
import { listStaticPages, resolveStaticDir } from '../../sites/src/lib/static-dir'
import { fixtureSnapshots } from '../support/demoSites'
import { e2eSites, siteUrl } from './support/sites'

const staticPages = listStaticPages(resolveStaticDir(path.resolve(import.meta.dirname, '../../sites')))

function pagesToCheck(siteId: string): { path: string; what: string }[] {
  const snapshot = JSON.parse(fs.readFileSync(path.join(fixtureSnapshots, siteId, 'snapshot.json'), 'utf8'))
  const routes = localizedRoutes(snapshot, staticPages)
  const kindOf = (route: LocalizedRoute) => (route.kind === 'cms' || route.kind === 'static' ? `${route.kind} ${route.path}` : route.kind)
  const rtl = snapshot.site.locales.find((code: LocaleCode) => getLocale(code).dir === 'rtl')
  const chosen = new Map<string, LocalizedRoute>()
  for (const locale of [snapshot.site.defaultLocale, rtl].filter(Boolean)) {
    for (const route of routes.filter((item) => item.locale === locale && !item.fallback)) chosen.set(`${kindOf(route)} (${locale})`, route)
  }
  const fallback = routes.find((route) => route.fallback)
  if (fallback) chosen.set(`${kindOf(fallback)} (${fallback.locale}, shown in ${fallback.contentLocale})`, fallback)
  return [{ path: '/', what: 'language chooser' }, { path: '/no-such-page/', what: '404' }, ...[...chosen].map(([what, route]) => ({ path: routePath(route.locale, route.path), what }))]
}

const checked = e2eSites.flatMap((siteId) => pagesToCheck(siteId).map((page) => ({ siteId, ...page })))

test('the pages checked cover every kind of page, right-to-left and fallback pages', () => {
  const kinds = new Set(checked.map(({ what }) => what.split(' ')[0]))
  for (const kind of ['home', 'cms', 'static', 'get-help', 'partners', 'info-desks', 'trainings', 'resources', 'news', 'news-item', 'campaigns', 'embed', '404', 'language']) {
    expect(kinds, kind).toContain(kind)
  }
  expect(checked.some(({ what }) => what.includes('(ar)'))).toBe(true)
  expect(checked.some(({ what }) => what.includes('shown in'))).toBe(true)
})

for (const { siteId, path: pathname, what } of checked) {
  test(`axe finds no WCAG 2.2 AA violation on ${siteId}${pathname} (${what})`, async ({ page }) => {
    // The language chooser leads on to the main language by itself: it stays put while checked.
    if (pathname === '/')
      await page.route(
        (url) => url.pathname !== '/',
        (route) => (route.request().isNavigationRequest() ? route.abort('aborted') : route.continue()),
      )
    const response = await page.goto(siteUrl(siteId, pathname))
    expect(response?.status()).toBe(what === '404' ? 404 : 200)
    expect(new URL(page.url()).pathname).toBe(pathname)
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  })
}
