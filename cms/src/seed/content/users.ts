/** One demo account per role, each opening the admin in that person's language. */
import type { LocaleCode } from '@victor/shared'
import type { Role } from '../../access/roles'
import type { AdminLanguage } from '../../i18n'

export interface SeedUser {
  email: string
  name: string
  role: Role
  language: AdminLanguage
  countries?: string[]
  locales?: LocaleCode[]
}

const editor = (code: string, language: AdminLanguage, country: string): SeedUser => ({
  email: `editor-${code}@victor.local`,
  name: `Editor ${country}`,
  role: 'editor',
  language,
  countries: [code.toUpperCase()],
})

const translator = (locale: LocaleCode, language: AdminLanguage): SeedUser => ({
  email: `translator-${locale}@victor.local`,
  name: `Translator (${locale})`,
  role: 'translator',
  language,
  locales: [locale],
})

export const users: SeedUser[] = [
  { email: 'admin@victor.local', name: 'Administrator', role: 'admin', language: 'en' },
  { email: 'coordinator@victor.local', name: 'Coordinator', role: 'coordinator', language: 'en' },
  { email: 'reviewer@victor.local', name: 'Reviewer', role: 'reviewer', language: 'en' },
  editor('gr', 'el', 'Greece'),
  editor('bg', 'bg', 'Bulgaria'),
  editor('ro', 'ro', 'Romania'),
  editor('md', 'ro', 'Moldova'),
  editor('ua', 'uk', 'Ukraine'),
  editor('rs', 'rs', 'Serbia'),
  editor('si', 'sl', 'Slovenia'),
  editor('hu', 'hu', 'Hungary'),
  translator('el', 'el'),
  translator('bg', 'bg'),
  translator('ro', 'ro'),
  translator('sl', 'sl'),
  translator('sr', 'rs'),
  translator('uk', 'uk'),
  translator('ru', 'ru'),
  translator('hu', 'hu'),
  translator('ar', 'ar'),
]
