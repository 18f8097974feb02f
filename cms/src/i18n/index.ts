/**
 * The admin in every partner language. Payload ships all of them but Greek (see payload-el.ts);
 * the labels and messages of our own collections are in translations/<language>.json, English the
 * reference, and reach Payload as its custom `victor` namespace.
 */
import { t as payloadT, type TFunction } from '@payloadcms/translations'
import { ar } from '@payloadcms/translations/languages/ar'
import { bg } from '@payloadcms/translations/languages/bg'
import { en } from '@payloadcms/translations/languages/en'
import { hu } from '@payloadcms/translations/languages/hu'
import { ro } from '@payloadcms/translations/languages/ro'
import { rs } from '@payloadcms/translations/languages/rs'
import { ru } from '@payloadcms/translations/languages/ru'
import { sl } from '@payloadcms/translations/languages/sl'
import { uk } from '@payloadcms/translations/languages/uk'
import { payloadWording, type Wording } from './payloadWording'
import { isLocaleCode, type LocaleCode } from '@victor/shared'
import { el } from './payload-el'
import arStrings from './translations/ar.json'
import bgStrings from './translations/bg.json'
import elStrings from './translations/el.json'
import enStrings from './translations/en.json'
import huStrings from './translations/hu.json'
import roStrings from './translations/ro.json'
import ruStrings from './translations/ru.json'
import slStrings from './translations/sl.json'
import srStrings from './translations/sr.json'
import ukStrings from './translations/uk.json'

export type VictorKey = keyof typeof enStrings
type Strings = Partial<Record<VictorKey, string>>

/** Admin languages by Payload's key. Payload calls Serbian (Cyrillic) `rs`; content calls it `sr`. */
export const adminLanguages = { en, el, bg, ro, sl, rs, uk, ru, hu, ar }
export type AdminLanguage = keyof typeof adminLanguages

/** The admin language of a content locale: the same code, but for Serbian. */
export const adminLanguageOf = (locale: LocaleCode): AdminLanguage => (locale === 'sr' ? 'rs' : locale)

const stringsByLanguage: Record<AdminLanguage, Strings> = {
  en: enStrings,
  el: elStrings,
  bg: bgStrings,
  ro: roStrings,
  sl: slStrings,
  rs: srStrings,
  uk: ukStrings,
  ru: ruStrings,
  hu: huStrings,
  ar: arStrings,
}

/** Custom translations for Payload's i18n config (ours, and Payload's words we change); a missing string falls back to English. */
export const victorTranslations = Object.fromEntries(
  Object.entries(stringsByLanguage).map(([language, strings]) => [language, { ...payloadWording[language as AdminLanguage], victor: { ...enStrings, ...strings } }]),
) as Record<AdminLanguage, Wording & { victor: Record<VictorKey, string> }>

/**
 * The admin language a request asks for, as Payload reads it (the `payload-lng` cookie set at
 * sign-in, then Accept-Language), for answers given before Payload has read the request. It also
 * takes Serbian by its standard code `sr`, which Payload calls `rs`.
 */
export function requestLanguage(headers: Headers): AdminLanguage {
  const cookie = /(?:^|;\s*)payload-lng=([^;]+)/.exec(headers.get('cookie') ?? '')?.[1]
  if (cookie && Object.hasOwn(adminLanguages, cookie)) return cookie as AdminLanguage
  const asked = (headers.get('accept-language') ?? '')
    .split(',')
    .map((part) => {
      const [tag, quality] = part.trim().split(';q=')
      return { base: tag.split('-')[0].toLowerCase(), quality: quality === undefined ? 1 : Number(quality) }
    })
    .filter(({ quality }) => quality > 0)
    .sort((a, b) => b.quality - a.quality)
  for (const { base } of asked) {
    const language = isLocaleCode(base) ? adminLanguageOf(base) : base
    if (Object.hasOwn(adminLanguages, language)) return language as AdminLanguage
  }
  return 'en'
}

/** One of our messages in a given admin language, with Payload's interpolation of `{{vars}}`. */
export function translateTo(language: AdminLanguage, key: VictorKey, vars?: Record<string, unknown>): string {
  return payloadT({ key: `victor:${key}`, translations: victorTranslations[language] as never, vars })
}

export function translate(t: TFunction, key: VictorKey, vars?: Record<string, unknown>): string {
  return (t as unknown as (key: string, vars?: Record<string, unknown>) => string)(`victor:${key}`, vars)
}

/** A label Payload resolves in the signed-in person's admin language. */
export const label =
  (key: VictorKey) =>
  ({ t }: { t: TFunction }): string =>
    translate(t, key)

export const labels = (singular: VictorKey, plural: VictorKey) => ({
  singular: label(singular),
  plural: label(plural),
})

/**
 * The same text in every admin language, for the few places Payload takes no label function, or
 * evaluates it once for everyone (the label of a rich text field: shown in the language of
 * whoever opened a page with it first).
 */
export function staticLabel(key: VictorKey): Record<string, string> {
  return Object.fromEntries(Object.entries(victorTranslations).map(([language, { victor }]) => [language, victor[key]]))
}
