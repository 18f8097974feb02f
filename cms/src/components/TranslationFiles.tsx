'use client'
/**
 * On the dashboard, beside the translation tasks: the texts of the language being edited as an XLIFF
 * file for a translation agency's tools (a site's, or all; only those out of date, or all), and the
 * translated file back, saved as drafts in that language, with what was saved, skipped or refused and why.
 * The work is the API's (translations/endpoints.ts); this is its form.
 */
import { Button, toast } from '@payloadcms/ui'
import { useState } from 'react'
import { errorMessage, useVictorT } from './adminApi'

interface Report {
  applied: { id: string }[]
  skipped: { id: string; reason: string }[]
  refused: { id: string; reason: string }[]
}

export function TranslationFiles({ language, sites, apiRoute }: { language: string; sites: string[]; apiRoute: string }) {
  const t = useVictorT()
  const [site, setSite] = useState('')
  const [outdatedOnly, setOutdatedOnly] = useState(true)
  const [version, setVersion] = useState<'2.1' | '1.2'>('2.1')
  const [file, setFile] = useState<File | null>(null)
  const [report, setReport] = useState<Report | null>(null)
  const [busy, setBusy] = useState(false)

  const download = async () => {
    setBusy(true)
    const response = await fetch(`${apiRoute}/translations/export`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ targetLanguage: language, version, outdatedOnly, ...(site ? { site } : {}) }),
    })
    setBusy(false)
    if (!response.ok) return toast.error(errorMessage(await response.json().catch(() => ({})), t('xliffExportFailed')))
    const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? `victor-${language}.xlf`
    const link = document.createElement('a')
    link.href = URL.createObjectURL(await response.blob())
    link.download = name
    link.click()
    URL.revokeObjectURL(link.href)
  }

  const upload = async () => {
    if (!file) return
    setBusy(true)
    setReport(null)
    const response = await fetch(`${apiRoute}/translations/import`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/xliff+xml' }, body: await file.text() })
    const json = await response.json().catch(() => ({}))
    setBusy(false)
    if (!response.ok) return toast.error(errorMessage(json, t('xliffImportFailed')))
    setReport(json as Report)
  }

  return (
    <div className="victor-translation-files">
      <h3>{t('xliffPanelTitle')}</h3>
      <div className="victor-translation-files__row">
        <label>
          {t('xliffSite')}{' '}
          <select value={site} onChange={(event) => setSite(event.target.value)}>
            <option value="">{t('xliffAllSites')}</option>
            {sites.map((siteId) => (
              <option key={siteId} value={siteId}>
                {siteId}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={outdatedOnly} onChange={(event) => setOutdatedOnly(event.target.checked)} /> {t('xliffOutdatedOnly')}
        </label>
        <label>
          {t('xliffFormat')}{' '}
          <select value={version} onChange={(event) => setVersion(event.target.value as '2.1' | '1.2')}>
            <option value="2.1">XLIFF 2.1</option>
            <option value="1.2">XLIFF 1.2</option>
          </select>
        </label>
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void download()}>
          {t('xliffDownload')}
        </Button>
      </div>
      <div className="victor-translation-files__row">
        <label>
          {t('xliffImportFile')} <input type="file" accept=".xlf,.xliff,.xml" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </label>
        <Button buttonStyle="secondary" size="small" disabled={busy || !file} onClick={() => void upload()}>
          {t('xliffImport')}
        </Button>
      </div>
      {report && (
        <div role="status" className="victor-translation-files__report">
          <p>{t('xliffReport', { applied: report.applied.length, skipped: report.skipped.length, refused: report.refused.length })}</p>
          {[...report.refused, ...report.skipped].length > 0 && (
            <ul>
              {[...report.refused, ...report.skipped].map((outcome) => (
                <li key={outcome.id}>
                  <code>{outcome.id}</code>: {outcome.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
