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

/** The admin address of the document a review request is about, in its language. */
export function requestedDocumentUrl(adminRoute: string, request: { locale: string; document: unknown }): { href: string; id: number | string } {
  const document = request.document as { relationTo: string; value: number | string | { id: number | string } }
  const id = typeof document.value === 'object' ? document.value.id : document.value
  return { href: `${adminRoute}/collections/${document.relationTo}/${id}?locale=${request.locale}`, id }
}
