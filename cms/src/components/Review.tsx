'use client'
/**
 * Review of a page, campaign or news item where people work on it: "Request review" beside the
 * document's buttons for the people who write (in the language being edited), "Send back" with a
 * note for reviewers (who approve by publishing), and in the sidebar what waits and what the
 * reviewer said. The rules themselves are the CMS's (collections/ReviewRequests/hooks.ts).
 */
import { Button, Drawer, TextareaInput, toast, useAuth, useConfig, useDocumentInfo, useForm, useFormModified, useLocale, useModal, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { getLocale, type LocaleCode } from '@victor/shared'
import { errorMessage, useAdminApi, useVictorT, whereQuery } from './adminApi'

interface ReviewRequest {
  id: number | string
  locale: string
  status: 'open' | 'published' | 'sent-back' | 'withdrawn'
  note?: string | null
  response?: string | null
  requestedBy?: number | string | { id: number | string } | null
  requestedByName?: string | null
  resolvedByName?: string | null
  resolvedAt?: string | null
  createdAt: string
}

const CHANGED = 'victor:review-changed'
const idOf = (value: ReviewRequest['requestedBy']) => (value && typeof value === 'object' ? value.id : value)
const nativeName = (code: string) => getLocale(code as LocaleCode).nativeName

/** The requests for the document being edited, newest first; refreshed after every action here. */
function useReviewRequests() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const api = useAdminApi()
  const [requests, setRequests] = useState<ReviewRequest[]>([])
  const load = useCallback(async () => {
    if (id === undefined || !collectionSlug) return
    const query = whereQuery({ and: [{ 'document.relationTo': { equals: collectionSlug } }, { 'document.value': { equals: id } }] }).join('&')
    const { ok, json } = await api<{ docs: ReviewRequest[] }>(`/review-requests?${query}&sort=-createdAt&limit=50&depth=0`)
    if (ok) setRequests(json.docs)
    // A publish answers the requests: read them again after every save.
  }, [api, collectionSlug, id, lastUpdateTime])
  useEffect(() => {
    void load()
    window.addEventListener(CHANGED, load)
    return () => window.removeEventListener(CHANGED, load)
  }, [load])
  return requests
}

function NoteDrawer({ slug, title, label, required, onSend }: { slug: string; title: string; label: string; required?: boolean; onSend: (note: string) => Promise<boolean> }) {
  const t = useVictorT()
  const { closeModal } = useModal()
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const send = async () => {
    setBusy(true)
    try {
      if (await onSend(note.trim())) {
        setNote('')
        closeModal(slug)
      }
    } finally {
      setBusy(false)
    }
  }
  return (
    <Drawer slug={slug} title={title}>
      <div className="victor-note-drawer">
        <TextareaInput path={`${slug}-note`} label={label} required={required} value={note} onChange={(event) => setNote(event.target.value)} rows={5} />
        <div className="victor-note-drawer__buttons">
          <Button buttonStyle="primary" disabled={busy || (required && !note.trim())} onClick={send}>
            {t('reviewSend')}
          </Button>
          <Button buttonStyle="secondary" onClick={() => closeModal(slug)}>
            {t('reviewCancel')}
          </Button>
        </div>
      </div>
    </Drawer>
  )
}

const writes = ['admin', 'coordinator', 'editor', 'translator']
const reviews = ['admin', 'coordinator', 'reviewer']

/** Beside the document's buttons. */
export function ReviewActions() {
  const { id, collectionSlug, docPermissions } = useDocumentInfo()
  const { user } = useAuth()
  const { code: locale } = useLocale()
  const { submit } = useForm()
  const modified = useFormModified()
  const { openModal } = useModal()
  const { config } = useConfig()
  const api = useAdminApi()
  const t = useVictorT()
  const requests = useReviewRequests()
  const role = (user as { role?: string } | null)?.role ?? ''
  if (id === undefined || !collectionSlug) return null
  const languageName = nativeName(locale)
  const waitingHere = requests.find((request) => request.status === 'open' && request.locale === locale)
  const openOnes = requests.filter((request) => request.status === 'open')
  const changed = () => window.dispatchEvent(new Event(CHANGED))

  const request = async (note: string) => {
    // The reviewer reviews what is saved: the last keystrokes first.
    if (modified) {
      const saved = await submit({
        action: `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}?locale=${locale}&draft=true&depth=0`,
        method: 'PATCH',
        overrides: { _status: 'draft' },
        skipValidation: true,
        disableSuccessStatus: true,
      })
      // The form says what is wrong; nothing is asked for until the draft is saved.
      if (!saved?.res?.ok) return false
    }
    const { ok, json } = await api('/review-requests', { method: 'POST', body: { document: { relationTo: collectionSlug, value: id }, locale, note } })
    if (!ok) toast.error(errorMessage(json, t('actionFailed')))
    else {
      toast.success(t('reviewRequestSent', { language: languageName }))
      changed()
    }
    return ok
  }
  const answer = (requestId: number | string, body: Record<string, unknown>, done: string) => async () => {
    const { ok, json } = await api(`/review-requests/${requestId}`, { method: 'PATCH', body })
    if (!ok) toast.error(errorMessage(json, t('actionFailed')))
    else {
      toast.success(done)
      changed()
    }
    return ok
  }

  const mayRequest = writes.includes(role) && Boolean(docPermissions?.update)
  return (
    <div className="victor-review-actions">
      {mayRequest &&
        (waitingHere ? (
          String(idOf(waitingHere.requestedBy)) === String(user?.id) && (
            <Button buttonStyle="secondary" size="medium" onClick={answer(waitingHere.id, { status: 'withdrawn' }, t('reviewWithdrawn'))}>
              {t('reviewWithdraw', { language: languageName })}
            </Button>
          )
        ) : (
          <Button buttonStyle="primary" size="medium" id="action-request-review" onClick={() => openModal('victor-request-review')}>
            {t('reviewRequestAction')}
          </Button>
        ))}
      {reviews.includes(role) &&
        openOnes.map((open) => (
          <Button key={open.id} buttonStyle="secondary" size="medium" onClick={() => openModal(`victor-send-back-${open.id}`)}>
            {t('reviewSendBackAction', { language: nativeName(open.locale) })}
          </Button>
        ))}
      <NoteDrawer slug="victor-request-review" title={t('reviewRequestTitle', { language: languageName })} label={t('reviewNote')} onSend={request} />
      {openOnes.map((open) => (
        <NoteDrawer
          key={open.id}
          slug={`victor-send-back-${open.id}`}
          title={t('reviewSendBackTitle', { language: nativeName(open.locale), name: open.requestedByName ?? '-' })}
          label={t('reviewResponse')}
          required
          onSend={(response) => answer(open.id, { status: 'sent-back', response }, t('reviewSentBack'))()}
        />
      ))}
    </div>
  )
}

/** In the sidebar: for each language, the latest request: waiting, published, or what the reviewer said. */
export function ReviewPanel() {
  const t = useVictorT()
  const { i18n } = useTranslation()
  const requests = useReviewRequests()
  // The latest request in each language, whatever became of it (requests come newest first).
  const shown = requests.filter((request, index) => requests.findIndex((other) => other.locale === request.locale) === index)
  return (
    <div className="field-type victor-review-panel">
      <div className="field-label">{t('review')}</div>
      {shown.length === 0 ? (
        <p className="field-description">{t('reviewNone')}</p>
      ) : (
        <ul>
          {shown.map((request) => (
            <li key={request.id} className={`victor-review-panel__${request.status}`}>
              <strong>{t(`reviewStatus_${request.status}` as const)}</strong> ({nativeName(request.locale)}) · {new Date(request.resolvedAt ?? request.createdAt).toLocaleString(i18n.language)}
              <br />
              {t('reviewAskedBy', { name: request.requestedByName ?? '-' })}
              {request.note && <q className="victor-review-panel__note">{request.note}</q>}
              {request.status === 'sent-back' && request.response && (
                <p className="victor-review-panel__response">
                  {t('reviewAnsweredBy', { name: request.resolvedByName ?? '-' })} <q>{request.response}</q>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
