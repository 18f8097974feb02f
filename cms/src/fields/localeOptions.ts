import { locales } from '@victor/shared'

/** Select options for content locales, each in its own language so everyone finds theirs. */
export const localeOptions = locales.map((locale) => ({
  label: `${locale.nativeName} (${locale.code})`,
  value: locale.code,
}))
