/** UI strings for the pages: i18next over the shared resources, English fallback. */
import type { TFunction } from 'i18next'
import { createUiI18n } from '@victor/shared/i18n'
import { getLocale, locales, type LocaleCode } from '@victor/shared'

const instances = new Map<string, Promise<TFunction>>()

export function getT(locale: string): Promise<TFunction> {
  let t = instances.get(locale)
  if (!t) {
    t = createUiI18n(locale).then((instance) => instance.t)
    instances.set(locale, t)
  }
  return t
}

export function localeDef(code: string) {
  return getLocale(code as LocaleCode)
}

export function nativeName(code: string): string {
  return locales.find((locale) => locale.code === code)?.nativeName ?? code
}

/** `lang`/`dir` attributes for text in `lang` inside a page in `pageLocale` (none when equal). */
export function langAttrs(lang: string | undefined, pageLocale: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (!lang || lang === pageLocale) return {}
  const def = locales.find((locale) => locale.code === lang)
  return { lang, dir: def?.dir ?? 'ltr' }
}

/** The name of a language in the page's language, e.g. "English" on an English page, "Αγγλικά" on a Greek one. */
export function languageName(code: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale, 'en'], { type: 'language' }).of(code) ?? nativeName(code)
  } catch {
    return nativeName(code)
  }
}

export function countryName(code: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale, 'en'], { type: 'region' }).of(code.toUpperCase()) ?? code
  } catch {
    return code
  }
}

export function formatDate(iso: string, locale: string): string {
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`)
  try {
    return new Intl.DateTimeFormat([locale, 'en'], { dateStyle: 'long', timeZone: 'UTC' }).format(date)
  } catch {
    return iso.slice(0, 10)
  }
}

export function formatList(items: string[], locale: string): string {
  try {
    return new Intl.ListFormat([locale, 'en'], { style: 'long', type: 'conjunction' }).format(items)
  } catch {
    return items.join(', ')
  }
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return new Intl.NumberFormat([locale, 'en'], { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit ? 1 : 0 }).format(value)
}
