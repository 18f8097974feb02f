/**
 * The sitemap of one site (with the `sitemap` library): every page in its own language, with its
 * hreflang alternates. Pages shown in a fallback language are left out (they carry noindex).
 */
import { Readable } from 'node:stream'
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap'
import { alternateLocales } from './model'
import type { SiteModel } from './site-model'

export const SITEMAP_INDEX = 'sitemap-index.xml'
export const SITEMAP_FILE = 'sitemap-0.xml'

export async function sitemapFiles({ snapshot, routes, urls }: SiteModel): Promise<Record<string, string>> {
  const items = routes
    .filter((route) => !route.fallback)
    .map((route) => ({
      url: urls.absolute(urls.href(route.locale, route.path)),
      links: alternateLocales(route, snapshot.site.locales).map((lang) => ({ lang, url: urls.absolute(urls.href(lang, route.path)) })),
    }))
  const sitemap = new SitemapStream({ xmlns: { news: false, video: false, image: false, xhtml: true } })
  const index = new SitemapIndexStream()
  const [pages, list] = await Promise.all([streamToPromise(Readable.from(items).pipe(sitemap)), streamToPromise(Readable.from([{ url: urls.absolute(urls.asset(SITEMAP_FILE)) }]).pipe(index))])
  return { [SITEMAP_FILE]: pages.toString(), [SITEMAP_INDEX]: list.toString() }
}
