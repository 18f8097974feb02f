/** Grouping by country for the pages that list items of several countries (the hub's). */
import { countryName } from './i18n'

export interface CountryGroup<T> {
  code: string
  /** The country's name in `locale`. */
  name: string
  items: T[]
}

/** Items grouped by country, the groups in the alphabetical order of the countries' names in `locale`. */
export function groupByCountry<T extends { country: string }>(items: T[], locale: string): CountryGroup<T>[] {
  return [...new Set(items.map((item) => item.country))]
    .map((code) => ({ code, name: countryName(code, locale), items: items.filter((item) => item.country === code) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
}
