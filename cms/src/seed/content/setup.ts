/** Countries and sites of the partnership: the site matrix the demo starts from. */
import type { LocaleCode } from '@victor/shared'
import type { Audience } from '@victor/shared/vocabulary'
import type { SiteId } from './types'

type Localized = Partial<Record<LocaleCode, string>>

export interface SeedCountry {
  code: string
  role: 'origin' | 'destination' | 'both'
  languages: LocaleCode[]
  name: Localized
}

export const countries: SeedCountry[] = [
  {
    code: 'GR',
    role: 'both',
    languages: ['el', 'en', 'ar'],
    name: { en: 'Greece', el: 'Ελλάδα', bg: 'Гърция', ro: 'Grecia', sl: 'Grčija', sr: 'Грчка', uk: 'Греція', ru: 'Греция', hu: 'Görögország', ar: 'اليونان' },
  },
  {
    code: 'BG',
    role: 'origin',
    languages: ['bg', 'en'],
    name: { en: 'Bulgaria', el: 'Βουλγαρία', bg: 'България', ro: 'Bulgaria', sl: 'Bolgarija', sr: 'Бугарска', uk: 'Болгарія', ru: 'Болгария', hu: 'Bulgária', ar: 'بلغاريا' },
  },
  {
    code: 'RO',
    role: 'origin',
    languages: ['ro', 'en'],
    name: { en: 'Romania', el: 'Ρουμανία', bg: 'Румъния', ro: 'România', sl: 'Romunija', sr: 'Румунија', uk: 'Румунія', ru: 'Румыния', hu: 'Románia', ar: 'رومانيا' },
  },
  {
    code: 'MD',
    role: 'origin',
    languages: ['ro', 'ru', 'en'],
    name: { en: 'Moldova', el: 'Μολδαβία', bg: 'Молдова', ro: 'Republica Moldova', sl: 'Moldavija', sr: 'Молдавија', uk: 'Молдова', ru: 'Молдова', hu: 'Moldova', ar: 'مولدوفا' },
  },
  {
    code: 'UA',
    role: 'origin',
    languages: ['uk', 'ru', 'en'],
    name: { en: 'Ukraine', el: 'Ουκρανία', bg: 'Украйна', ro: 'Ucraina', sl: 'Ukrajina', sr: 'Украјина', uk: 'Україна', ru: 'Украина', hu: 'Ukrajna', ar: 'أوكرانيا' },
  },
  {
    code: 'RS',
    role: 'origin',
    languages: ['sr', 'en'],
    name: { en: 'Serbia', el: 'Σερβία', bg: 'Сърбия', ro: 'Serbia', sl: 'Srbija', sr: 'Србија', uk: 'Сербія', ru: 'Сербия', hu: 'Szerbia', ar: 'صربيا' },
  },
  {
    code: 'SI',
    role: 'destination',
    languages: ['sl', 'en'],
    name: { en: 'Slovenia', el: 'Σλοβενία', bg: 'Словения', ro: 'Slovenia', sl: 'Slovenija', sr: 'Словенија', uk: 'Словенія', ru: 'Словения', hu: 'Szlovénia', ar: 'سلوفينيا' },
  },
  {
    code: 'HU',
    role: 'destination',
    languages: ['hu', 'en'],
    name: { en: 'Hungary', el: 'Ουγγαρία', bg: 'Унгария', ro: 'Ungaria', sl: 'Madžarska', sr: 'Мађарска', uk: 'Угорщина', ru: 'Венгрия', hu: 'Magyarország', ar: 'المجر' },
  },
]

export interface SeedSite {
  siteId: SiteId
  audience: Audience
  country?: string
  locales: LocaleCode[]
  defaultLocale: LocaleCode
  name: Localized
}

/** Neutral names: a site for children must not alarm someone looking over their shoulder. */
const staySafe: Localized = {
  en: 'Stay safe',
  el: 'Μείνε ασφαλής',
  ar: 'ابقَ آمنًا',
  bg: 'Бъди в безопасност',
  ro: 'Fii în siguranță',
  ru: 'Будь в безопасности',
  uk: 'Будь у безпеці',
  sr: 'Буди безбедан',
}
const dontLookAway: Localized = { en: "Don't look away", el: 'Μην κάνετε τα στραβά μάτια', sl: 'Ne zatiskajte si oči', hu: 'Ne nézz félre!' }

const prevention = (siteId: SiteId, country: string, locales: LocaleCode[]): SeedSite => ({
  siteId,
  audience: 'prevention',
  country,
  locales,
  defaultLocale: locales[0],
  name: Object.fromEntries(locales.map((locale) => [locale, staySafe[locale]])),
})
const demandReduction = (siteId: SiteId, country: string, locales: LocaleCode[]): SeedSite => ({
  siteId,
  audience: 'demand-reduction',
  country,
  locales,
  defaultLocale: locales[0],
  name: Object.fromEntries(locales.map((locale) => [locale, dontLookAway[locale]])),
})

export const sites: SeedSite[] = [
  prevention('gr-prevention', 'GR', ['el', 'ar', 'en']),
  demandReduction('gr-demand-reduction', 'GR', ['el', 'en']),
  prevention('bg-prevention', 'BG', ['bg', 'en']),
  prevention('ro-prevention', 'RO', ['ro', 'en']),
  prevention('md-prevention', 'MD', ['ro', 'ru', 'en']),
  prevention('ua-prevention', 'UA', ['uk', 'ru', 'en']),
  prevention('rs-prevention', 'RS', ['sr', 'en']),
  demandReduction('si-demand-reduction', 'SI', ['sl', 'en']),
  demandReduction('hu-demand-reduction', 'HU', ['hu', 'en']),
  {
    siteId: 'hub',
    audience: 'hub',
    locales: ['en', 'el', 'bg', 'ro', 'sl', 'sr', 'uk', 'ru', 'hu'],
    defaultLocale: 'en',
    name: {
      en: 'VICTOR partnership',
      el: 'Σύμπραξη VICTOR',
      bg: 'Партньорство VICTOR',
      ro: 'Parteneriatul VICTOR',
      sl: 'Partnerstvo VICTOR',
      sr: 'Партнерство VICTOR',
      uk: 'Партнерство VICTOR',
      ru: 'Партнёрство VICTOR',
      hu: 'VICTOR partnerség',
    },
  },
]

/** Where each site is served locally by `pnpm start`; production addresses are set in the admin. */
export const localBaseUrl = (siteId: string): string => `http://${siteId}.localhost:4321/`
