/** The period a campaign runs or an info desk is open, in the page's language. */
import type { TFunction } from 'i18next'
import { formatDate } from './i18n'

/** `<key>.period` (from … to …), or `<key>.periodOpenEnded` when there is no end date. */
export function formatPeriod(t: TFunction, key: 'campaigns' | 'infoDesk', from: string, until: string | null, locale: string): string {
  return until ? t(`${key}.period`, { from: formatDate(from, locale), until: formatDate(until, locale) }) : t(`${key}.periodOpenEnded`, { from: formatDate(from, locale) })
}
