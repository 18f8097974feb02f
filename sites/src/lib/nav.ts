import type { TFunction } from 'i18next'
import type { LocaleCode } from '@victor/shared'
import type { Snapshot } from '@victor/shared/snapshot'
import { pick, type LocalizedRoute } from './model'

export interface NavItem {
  path: string
  label: string
  lang?: string
}

function has(routes: LocalizedRoute[], locale: string, path: string) {
  return routes.some((route) => route.locale === locale && route.path === path)
}

/** The main menu of a site, by audience. */
export function mainNav(snapshot: Snapshot, routes: LocalizedRoute[], locale: LocaleCode, t: TFunction): NavItem[] {
  const items: NavItem[] = [{ path: '', label: t('nav.home') }]
  const byRole = (role: Snapshot['pages'][number]['role']) => snapshot.pages.find((page) => page.role === role && has(routes, locale, page.slug))
  const audience = snapshot.site.audience
  if (audience === 'prevention') {
    items.push({ path: 'get-help', label: t('nav.getHelp') })
    if (has(routes, locale, 'safety')) items.push({ path: 'safety', label: t('nav.safety') })
  } else if (audience === 'demand-reduction') {
    const signs = byRole('recognise-signs')
    if (signs) items.push({ path: signs.slug, label: t('nav.recogniseSigns') })
    const report = byRole('how-to-report')
    if (report) items.push({ path: report.slug, label: t('nav.howToReport') })
    items.push({ path: 'get-help', label: t('nav.getHelp') })
  } else {
    items.push({ path: 'partners', label: t('nav.partners') })
    items.push({ path: 'info-desks', label: t('nav.infoDesks') })
    items.push({ path: 'trainings', label: t('nav.trainings') })
    items.push({ path: 'resources', label: t('nav.resources') })
    items.push({ path: 'news', label: t('nav.news') })
    items.push({ path: 'campaigns', label: t('nav.campaigns') })
    if (has(routes, locale, 'embed')) items.push({ path: 'embed', label: t('nav.embed') })
    for (const page of snapshot.pages.filter((page) => page.role === 'about' && has(routes, locale, page.slug))) {
      const title = pick(snapshot, page.translations, locale)
      if (title) items.push({ path: page.slug, label: title.value.title, lang: title.lang })
    }
  }
  return items
}

/** Pages of role "message" (topics), with their titles in the best language available. */
export function topics(snapshot: Snapshot, routes: LocalizedRoute[], locale: LocaleCode) {
  return snapshot.pages
    .filter((page) => page.role === 'message' && has(routes, locale, page.slug))
    .map((page) => {
      const translation = pick(snapshot, page.translations, locale)!
      return { path: page.slug, title: translation.value.title, summary: translation.value.summary, lang: translation.lang }
    })
}

/** The footer menu: the fixed pages that exist. */
export function footerNav(routes: LocalizedRoute[], locale: LocaleCode, t: TFunction): NavItem[] {
  const items: NavItem[] = []
  for (const [path, key] of [
    ['about', 'nav.about'],
    ['privacy', 'nav.privacy'],
    ['accessibility', 'nav.accessibility'],
    ['safety', 'nav.safety'],
  ] as const) {
    if (has(routes, locale, path)) items.push({ path, label: t(key) })
  }
  return items
}
