/**
 * Payload's own words where they would mislead the people of the campaign: its "locale" reads as
 * "site" or "area code" in several languages ("Publish all locales" is "publish all sites" in its
 * Arabic and "publish at all venues" in its Hungarian). Merged over Payload's translations.
 */
import type { AdminLanguage } from './index'

export interface Wording {
  version: { publishIn: string; publishAllLocales: string }
}

export const payloadWording: Record<AdminLanguage, Wording> = {
  en: { version: { publishIn: 'Publish in {{locale}}', publishAllLocales: 'Publish in all languages' } },
  el: { version: { publishIn: 'Δημοσίευση στη γλώσσα {{locale}}', publishAllLocales: 'Δημοσίευση σε όλες τις γλώσσες' } },
  bg: { version: { publishIn: 'Публикувай на {{locale}}', publishAllLocales: 'Публикувай на всички езици' } },
  ro: { version: { publishIn: 'Publicați în {{locale}}', publishAllLocales: 'Publicați în toate limbile' } },
  sl: { version: { publishIn: 'Objavi v jeziku {{locale}}', publishAllLocales: 'Objavi v vseh jezikih' } },
  rs: { version: { publishIn: 'Објави на језику {{locale}}', publishAllLocales: 'Објави на свим језицима' } },
  uk: { version: { publishIn: 'Опублікувати мовою {{locale}}', publishAllLocales: 'Опублікувати всіма мовами' } },
  ru: { version: { publishIn: 'Опубликовать на языке {{locale}}', publishAllLocales: 'Опубликовать на всех языках' } },
  hu: { version: { publishIn: 'Közzététel ezen a nyelven: {{locale}}', publishAllLocales: 'Közzététel minden nyelven' } },
  ar: { version: { publishIn: 'نشر باللغة {{locale}}', publishAllLocales: 'نشر بكل اللغات' } },
}
