'use client'
/**
 * Under the site's quick exit destination: the guidance (a neutral page in the visitor's language,
 * nothing personal, history not erased) and where an empty field leads in the language being
 * edited, for the country chosen in the form (shared/src/quickExit.ts, the same default the export
 * writes into the snapshot).
 */
import { useFormFields, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { isLocaleCode } from '@victor/shared'
import { defaultQuickExitUrl } from '@victor/shared/quickExit'
import { relationId } from '../utilities/relationId'
import { useAdminApi, useVictorT } from './adminApi'

export function QuickExitDefault() {
  const t = useVictorT()
  const api = useAdminApi()
  const { code: locale } = useLocale()
  const audience = useFormFields(([fields]) => fields.audience?.value)
  const countryId = useFormFields(([fields]) => relationId(fields.country?.value))
  const [country, setCountry] = useState<{ id: number | string; code: string | null } | null>(null)

  useEffect(() => {
    if (audience === 'hub' || countryId === null || country?.id === countryId) return
    let current = true
    void api<{ code?: string }>(`/countries/${encodeURIComponent(String(countryId))}?depth=0`).then(({ ok, json }) => {
      if (current) setCountry({ id: countryId, code: ok ? (json.code ?? null) : null })
    })
    return () => {
      current = false
    }
  }, [api, audience, countryId, country?.id])

  const code = audience === 'hub' || countryId === null ? null : country?.id === countryId ? country.code : undefined
  const url = code !== undefined && isLocaleCode(locale) ? defaultQuickExitUrl(code, locale) : null
  return (
    <div className="field-description field-description-quickExitUrl">
      <p>{t('siteQuickExitUrlHelp')}</p>
      {url && <p data-quick-exit-default>{t('siteQuickExitDefault', { url })}</p>}
    </div>
  )
}
