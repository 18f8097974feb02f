'use client'
/**
 * In the sidebar of reviewed content: each language the document's sites need, and where it stands
 * (not written, draft, waiting for review, published, published with changes not yet published;
 * behind the English text). The Publish button publishes the language on screen; here a language
 * that is live can be taken off the sites on its own, by whoever may publish it.
 */
import { Button, toast, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'
import type { LanguageState, LanguageStatus as Status } from '../publishing/languageStates'
import { errorMessage, useAdminApi, useVictorT } from './adminApi'

export function LanguageStatus() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const api = useAdminApi()
  const t = useVictorT()
  const router = useRouter()
  const [languages, setLanguages] = useState<Status[]>([])
  const [mayUnpublish, setMayUnpublish] = useState(false)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (id === undefined || !collectionSlug) return
    const { ok, json } = await api<{ languages: Status[]; mayUnpublish: boolean }>(`/${collectionSlug}/${id}/languages`)
    if (!ok) return
    setLanguages(json.languages)
    setMayUnpublish(json.mayUnpublish)
  }, [api, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load, lastUpdateTime])

  const unpublish = async (language: Status) => {
    setBusy(true)
    const { ok, json } = await api<{ message: string }>(`/${collectionSlug}/${id}/unpublish-language?locale=${language.code}`, { method: 'POST' })
    setBusy(false)
    setConfirming(null)
    if (!ok) return toast.error(errorMessage(json, t('languageUnpublishFailed', { language: language.name })))
    toast.success(json.message)
    await load()
    // The form and the publishing status read the document again.
    router.refresh()
  }

  if (id === undefined || languages.length === 0) return null
  return (
    <div className="field-type victor-language-status">
      <div className="field-label" id="victor-language-status-title">
        {t('languagesTitle')}
      </div>
      <ul aria-labelledby="victor-language-status-title">
        {languages.map((language) => (
          <li key={language.code} data-language={language.code} data-state={language.state}>
            <span lang={language.code}>{language.name}</span>: <span className={`victor-language-status__${language.state}`}>{t(`languageState_${language.state satisfies LanguageState}`)}</span>
            {language.outdated && <span className="field-description"> {t('languageOutdated')}</span>}
            {mayUnpublish && (language.state === 'published' || language.state === 'changed') && (
              <div className="victor-language-status__actions">
                {confirming === language.code ? (
                  <>
                    <p role="alert">{t('languageUnpublishConfirm', { language: language.name })}</p>
                    <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => void unpublish(language)}>
                      {t('languageUnpublishYes', { language: language.name })}
                    </Button>
                    <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => setConfirming(null)}>
                      {t('languageUnpublishKeep')}
                    </Button>
                  </>
                ) : (
                  <Button buttonStyle="secondary" size="small" onClick={() => setConfirming(language.code)}>
                    {t('languageUnpublishAction', { language: language.name })}
                  </Button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
