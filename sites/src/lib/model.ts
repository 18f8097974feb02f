/**
 * The site model: which URL paths a site has in which locale, in which language each one's
 * content is shown (its own, or a fallback with a visible notice), and the navigation. Pure
 * functions of a validated snapshot and the list of fixed MDX pages, shared by the pages, the
 * sitemap and the renderer's page keys.
 */
import { getLocale, type LocaleCode } from '@victor/shared'
import type { Snapshot, SnapshotPage } from '@victor/shared/snapshot'
import { STATIC_SLUGS } from './constants'

export type Audience = Snapshot['site']['audience']

export type RouteKind = 'home' | 'cms' | 'static' | 'get-help' | 'partners' | 'info-desks' | 'trainings' | 'resources' | 'news' | 'news-item' | 'campaigns' | 'embed'

export interface RouteDef {
  kind: RouteKind
  /** Path below /<locale>/, without slashes; '' for the home page. */
  path: string
  /** The CMS page id, news id or MDX slug behind this route. */
  ref?: string
  /** Locales in which the content exists in its own right. */
  locales: LocaleCode[]
}

export interface LocalizedRoute extends RouteDef {
  locale: LocaleCode
  /** The language the content is shown in: `locale`, or a fallback (then the page says so). */
  contentLocale: LocaleCode
  fallback: boolean
}

/** `static/<audience>/<locale>/<slug>`-style ids of the MDX files that exist. */
export type StaticPageIndex = ReadonlySet<string>

export const staticId = (audience: Audience, locale: string, slug: string) => `${audience}/${locale}/${slug}`

/**
 * The languages to try, in order, when content is missing in `locale`: the locale's own fallback
 * chain from @victor/shared (English), then the site's default locale, then its other locales.
 */
export function fallbackChain(snapshot: Snapshot, locale: LocaleCode): LocaleCode[] {
  const chain = [locale, ...(getLocale(locale).fallback as LocaleCode[]), snapshot.site.defaultLocale, ...snapshot.site.locales, 'en' as LocaleCode]
  return [...new Set(chain)]
}

/** Picks a localized value: the locale's own, else the first in the fallback chain, else any. */
export function pick<T>(snapshot: Snapshot, value: Partial<Record<string, T>> | undefined, locale: LocaleCode): { value: T; lang: LocaleCode } | undefined {
  if (!value) return undefined
  for (const code of fallbackChain(snapshot, locale)) {
    const found = value[code]
    if (found !== undefined && found !== null) return { value: found, lang: code }
  }
  const first = Object.entries(value).find(([, v]) => v !== undefined && v !== null)
  return first ? { value: first[1] as T, lang: first[0] as LocaleCode } : undefined
}

function pageLocales(page: SnapshotPage): LocaleCode[] {
  return Object.keys(page.translations).filter((code) => page.translations[code as LocaleCode]) as LocaleCode[]
}

/** Every route of the site, independent of locale (the contract keeps slugs off the fixed paths and unique). */
export function routeDefs(snapshot: Snapshot, staticPages: StaticPageIndex): RouteDef[] {
  const { site } = snapshot
  const all = site.locales
  const defs: RouteDef[] = []
  const home = snapshot.pages.find((page) => page.role === 'home')
  defs.push({ kind: 'home', path: '', ref: home?.id, locales: home ? pageLocales(home).filter((code) => all.includes(code)) : [...all] })
  if (home && defs[0].locales.length === 0) defs[0].locales = [...all]

  snapshot.pages.forEach((page) => {
    if (page.role === 'home') return
    const locales = pageLocales(page)
    if (locales.length) defs.push({ kind: 'cms', path: page.slug, ref: page.id, locales })
  })

  defs.push({ kind: 'get-help', path: 'get-help', locales: [...all] })
  if (site.audience === 'hub') {
    defs.push({ kind: 'partners', path: 'partners', locales: [...all] })
    defs.push({ kind: 'info-desks', path: 'info-desks', locales: [...all] })
    defs.push({ kind: 'trainings', path: 'trainings', locales: [...all] })
    defs.push({ kind: 'resources', path: 'resources', locales: [...all] })
    defs.push({ kind: 'news', path: 'news', locales: [...all] })
    defs.push({ kind: 'campaigns', path: 'campaigns', locales: [...all] })
    if (snapshot.embed?.sites.length) defs.push({ kind: 'embed', path: 'embed', locales: [...all] })
    snapshot.news.forEach((item) => {
      const locales = Object.keys(item.translations) as LocaleCode[]
      if (locales.length) defs.push({ kind: 'news-item', path: `news/${item.slug}`, ref: item.id, locales })
    })
  }
  for (const slug of STATIC_SLUGS[site.audience]) {
    const locales = (['en', ...all] as LocaleCode[]).filter((code, i, list) => list.indexOf(code) === i && staticPages.has(staticId(site.audience, code, slug)))
    if (locales.length) defs.push({ kind: 'static', path: slug, ref: slug, locales })
  }
  return defs
}

/** Every page of the site in every one of its locales, with the language its content is shown in. */
export function localizedRoutes(snapshot: Snapshot, staticPages: StaticPageIndex): LocalizedRoute[] {
  const out: LocalizedRoute[] = []
  for (const def of routeDefs(snapshot, staticPages)) {
    for (const locale of snapshot.site.locales) {
      const contentLocale = fallbackChain(snapshot, locale).find((code) => def.locales.includes(code)) ?? def.locales[0]
      out.push({ ...def, locale, contentLocale, fallback: contentLocale !== locale })
    }
  }
  return out
}

/** `/el/get-help/`: the path of a route in a locale, below the site's base. */
export function routePath(locale: string, path: string): string {
  return path ? `/${locale}/${path}/` : `/${locale}/`
}

/** Locales in which a route exists in its own right, that is, the hreflang alternates. */
export function alternateLocales(def: RouteDef, siteLocales: readonly LocaleCode[]): LocaleCode[] {
  return siteLocales.filter((code) => def.locales.includes(code))
}
