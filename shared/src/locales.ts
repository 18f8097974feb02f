/**
 * The one list of content locales. The CMS (Payload localization), the sites and the widgets all
 * read it, so adding a language is a change here and in the UI strings, nowhere else.
 */
export type TextDirection = 'ltr' | 'rtl'

export interface LocaleDefinition {
  /** BCP 47 language tag, also the URL prefix on the sites. */
  code: string
  /** The language's name in itself, for language switchers. */
  nativeName: string
  /** English name, for logs and developer tools. */
  englishName: string
  dir: TextDirection
  /** Locales tried in order when a text is missing in this one. Empty for the default locale. */
  fallback: readonly string[]
}

export const defaultLocale = 'en'

export const locales = [
  { code: 'en', nativeName: 'English', englishName: 'English', dir: 'ltr', fallback: [] },
  { code: 'el', nativeName: 'Ελληνικά', englishName: 'Greek', dir: 'ltr', fallback: ['en'] },
  { code: 'bg', nativeName: 'Български', englishName: 'Bulgarian', dir: 'ltr', fallback: ['en'] },
  { code: 'ro', nativeName: 'Română', englishName: 'Romanian', dir: 'ltr', fallback: ['en'] },
  { code: 'sl', nativeName: 'Slovenščina', englishName: 'Slovenian', dir: 'ltr', fallback: ['en'] },
  { code: 'sr', nativeName: 'Српски', englishName: 'Serbian', dir: 'ltr', fallback: ['en'] },
  { code: 'uk', nativeName: 'Українська', englishName: 'Ukrainian', dir: 'ltr', fallback: ['en'] },
  { code: 'ru', nativeName: 'Русский', englishName: 'Russian', dir: 'ltr', fallback: ['en'] },
  { code: 'hu', nativeName: 'Magyar', englishName: 'Hungarian', dir: 'ltr', fallback: ['en'] },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', dir: 'rtl', fallback: ['en'] },
] as const satisfies readonly LocaleDefinition[]

export type LocaleCode = (typeof locales)[number]['code']

export const localeCodes: LocaleCode[] = locales.map((locale) => locale.code)

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

export function getLocale(code: LocaleCode): LocaleDefinition {
  const locale = locales.find((candidate) => candidate.code === code)
  if (!locale) throw new Error(`Unknown locale "${code}". Known locales: ${localeCodes.join(', ')}`)
  return locale
}
