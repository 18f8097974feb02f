/**
 * Where a prevention site's quick exit leads when the site names no page of its own for a
 * language (the Sites collection's `quickExitUrl`): a neutral page that someone looking over the
 * visitor's shoulder would find ordinary, in the visitor's language, that shows nothing personal
 * (never a signed-in search or mail page). A national weather service is the first choice.
 * The CMS shows these defaults to editors and the export writes them into the snapshot, so the
 * sites only ever read `site.quickExitUrl`.
 *
 * The addresses are the well-known home pages of each service, written down from knowledge: they
 * were not fetched when this list was made (there was no internet access). Check them before a
 * site goes live, and prefer a site's own setting where a partner knows a better page.
 */
import type { LocaleCode } from './locales'

export interface NationalQuickExit {
  /** The national meteorological service's public home page. */
  url: string
  /** The languages a visitor in the country reads that page in. */
  languages: readonly LocaleCode[]
}

/** Per country code: the national meteorological service, for the country's own languages. */
export const NATIONAL_QUICK_EXITS: Readonly<Record<string, NationalQuickExit>> = {
  // Hellenic National Meteorological Service (EMY).
  GR: { url: 'https://www.emy.gr/', languages: ['el'] },
  // National Institute of Meteorology and Hydrology (NIMH).
  BG: { url: 'https://www.meteo.bg/', languages: ['bg'] },
  // National Meteorological Administration (ANM).
  RO: { url: 'https://www.meteoromania.ro/', languages: ['ro'] },
  // State Hydrometeorological Service; Russian is widely read in Moldova too.
  MD: { url: 'https://www.meteo.md/', languages: ['ro', 'ru'] },
  // Republic Hydrometeorological Service of Serbia (RHMZ).
  RS: { url: 'https://www.hidmet.gov.rs/', languages: ['sr'] },
  // Ukrainian Hydrometeorological Center; for Russian-speaking visitors in Ukraine too.
  UA: { url: 'https://www.meteo.gov.ua/', languages: ['uk', 'ru'] },
  // HungaroMet (formerly OMSZ).
  HU: { url: 'https://www.met.hu/', languages: ['hu'] },
  // Slovenian Environment Agency (ARSO), its weather pages.
  SI: { url: 'https://meteo.arso.gov.si/', languages: ['sl'] },
}

/** When nothing else fits (the hub, a country not listed yet): an international weather page in English. */
export const INTERNATIONAL_QUICK_EXIT = 'https://www.bbc.com/weather'

/**
 * Per language, for a visitor whose language is not the site's country's own (English on the
 * Greek site, Ukrainian on the Hungarian one): a weather page in that language, the weather
 * service of the partner country that speaks it. Every safety page tells visitors that a weather
 * page opens, so a language without one here (Arabic; Russian outside Moldova and Ukraine) gets
 * the country's own service rather than, say, a news site in that language.
 */
export const LANGUAGE_QUICK_EXITS: Readonly<Partial<Record<LocaleCode, string>>> = {
  en: INTERNATIONAL_QUICK_EXIT,
  el: NATIONAL_QUICK_EXITS.GR.url,
  bg: NATIONAL_QUICK_EXITS.BG.url,
  ro: NATIONAL_QUICK_EXITS.RO.url,
  sl: NATIONAL_QUICK_EXITS.SI.url,
  sr: NATIONAL_QUICK_EXITS.RS.url,
  uk: NATIONAL_QUICK_EXITS.UA.url,
  hu: NATIONAL_QUICK_EXITS.HU.url,
}

/**
 * The quick exit of a site of `country` (its code; none for the hub) in `locale` when the site sets
 * none: the country's weather service in the country's languages, else a page in the visitor's
 * language, else the country's service, else the international page.
 */
export function defaultQuickExitUrl(country: string | null | undefined, locale: LocaleCode): string {
  const national = country ? NATIONAL_QUICK_EXITS[country.toUpperCase()] : undefined
  if (national?.languages.includes(locale)) return national.url
  return LANGUAGE_QUICK_EXITS[locale] ?? national?.url ?? INTERNATIONAL_QUICK_EXIT
}

export type QuickExitProblem = 'not-a-url' | 'not-https' | 'same-site'

/**
 * What is wrong with a quick exit address, if anything: it must be a full https address (the
 * visitor leaves for a page no one on the network path can read or change) on another site than
 * the campaign site itself (`siteUrl`, its base address), or the exit would not leave at all.
 */
export function quickExitProblem(value: string, siteUrl?: string | null): QuickExitProblem | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'not-a-url'
  }
  if (url.protocol === 'http:') return 'not-https'
  if (url.protocol !== 'https:' || !url.hostname) return 'not-a-url'
  if (siteUrl) {
    try {
      if (new URL(siteUrl).hostname === url.hostname) return 'same-site'
    } catch {
      // The site's own address is checked by its own field.
    }
  }
  return null
}
