/**
 * UI strings of the public sites and widgets (buttons, labels, safety texts): one i18next resource
 * file per locale beside this module (`en.json` is the reference; translators add `el.json`,
 * `ar.json`, ...). A locale without a file, or a key missing in a locale's file, falls back to
 * English, so a page never shows a bare key.
 */
import { createInstance, type i18n as I18n } from 'i18next'
import en from './en.json' with { type: 'json' }

export const uiReferenceLocale = 'en'

/** The strings of one locale, or undefined when nobody has translated them yet. */
export async function loadUiStrings(locale: string): Promise<Record<string, unknown> | undefined> {
  if (locale === uiReferenceLocale) return en
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) return undefined
  try {
    const module = (await import(`./${locale}.json`, { with: { type: 'json' } })) as { default: Record<string, unknown> }
    return module.default
  } catch {
    return undefined
  }
}

/** An i18next instance for one locale, with English as the fallback for every missing key. */
export async function createUiI18n(locale: string): Promise<I18n> {
  const strings = await loadUiStrings(locale)
  const instance = createInstance()
  await instance.init({
    lng: locale,
    fallbackLng: uiReferenceLocale,
    resources: {
      [uiReferenceLocale]: { translation: en },
      ...(strings && locale !== uiReferenceLocale ? { [locale]: { translation: strings } } : {}),
    },
    // The pages escape on output; escaping here would double-escape.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  })
  return instance
}
