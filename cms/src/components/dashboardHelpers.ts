import type { I18nClient } from '@payloadcms/translations'
import { translate, type VictorKey } from '../i18n'

/** Payload calls Serbian (Cyrillic) `rs`; dates want its language tag. */
export const intlLocale = (language: string) => (language === 'rs' ? 'sr-Cyrl' : language)

export function dashboardText(i18n: I18nClient) {
  const t = (key: VictorKey, vars?: Record<string, unknown>) => translate(i18n.t as never, key, vars)
  const when = (value?: string | null) => (value ? new Date(value).toLocaleString(intlLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' }) : '')
  return { t, when }
}

export const roleOf = (user: unknown) => (user as { role?: string } | null | undefined)?.role ?? ''
