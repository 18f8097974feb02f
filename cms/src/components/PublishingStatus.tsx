'use client'
/**
 * In the sidebar of everything the sites show: whether the latest change went live on each site it
 * affects. Follows the builds of this document while they run and says, with a message, when each
 * one ends: live at what time, or not updated, why and where (the record and field at fault).
 */
import { getTranslation } from '@payloadcms/translations'
import { toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'
import { fieldLabels } from '../utilities/fieldLabels'
import { useAdminApi, useVictorT, whereQuery } from './adminApi'

interface Build {
  id: number | string
  status: 'queued' | 'running' | 'succeeded' | 'failed'
  site: { id: number | string; siteId: string; baseUrl?: string } | number | string
  finishedAt?: string | null
  createdAt: string
  reason?: 'content' | 'files' | 'render' | null
  problems?: { collection: string; documentId: string; locale?: string | null; field?: string | null }[] | null
}

const pending = (build: Build) => build.status === 'queued' || build.status === 'running'
const siteOf = (build: Build) => (typeof build.site === 'object' ? build.site : { id: build.site, siteId: String(build.site), baseUrl: undefined })

export function PublishingStatus() {
  const { id, collectionSlug, lastUpdateTime, hasPublishedDoc } = useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const api = useAdminApi()
  const t = useVictorT()
  const [builds, setBuilds] = useState<Build[]>([])
  // Builds that had ended when the document was opened; any other that ends is announced once.
  const ended = useRef<Set<string> | null>(null)
  const time = (value?: string | null) => (value ? new Date(value).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }) : '')
  const admin = config.routes.admin

  const load = useCallback(async (): Promise<Build[]> => {
    if (id === undefined || !collectionSlug) return []
    const query = whereQuery({ documents: { equals: { relationTo: collectionSlug, value: id } } }).join('&')
    const fields = ['site', 'status', 'finishedAt', 'createdAt', 'reason', 'problems'].map((name) => `select[${name}]=true`).join('&')
    const { ok, json } = await api<{ docs: Build[] }>(`/site-builds?${query}&${fields}&sort=-createdAt&limit=40&depth=1`)
    if (!ok) return []
    const latest = new Map<string, Build>()
    for (const build of json.docs) if (!latest.has(String(siteOf(build).id))) latest.set(String(siteOf(build).id), build)
    const current = [...latest.values()].sort((a, b) => siteOf(a).siteId.localeCompare(siteOf(b).siteId))
    const finished = current.filter((build) => !pending(build))
    if (ended.current === null) ended.current = new Set(finished.map((build) => String(build.id)))
    for (const build of finished) {
      if (ended.current.has(String(build.id))) continue
      ended.current.add(String(build.id))
      const site = siteOf(build).siteId
      if (build.status === 'succeeded') toast.success(t('publishingToastLive', { site, time: time(build.finishedAt) }))
      else toast.error(t('publishingToastFailed', { site, reason: t(`siteBuildReason_${build.reason ?? 'render'}` as const) }))
    }
    setBuilds(current)
    return current
  }, [api, collectionSlug, id, t])

  // After every save: the build it asked for appears at once; follow it until it ends.
  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = async (rounds: number) => {
      const current = await load()
      if (!stopped && rounds > 0 && current.some(pending)) timer = setTimeout(() => void poll(rounds - 1), 1500)
    }
    void poll(200)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [load, lastUpdateTime])

  if (id === undefined) return null
  return (
    <div className="field-type victor-publishing-status" aria-live="polite">
      <div className="field-label">{t('publishingTitle')}</div>
      {builds.length === 0 ? (
        <p className="field-description">{t(hasPublishedDoc ? 'publishingUnchanged' : 'publishingNone')}</p>
      ) : (
        <ul>
          {builds.map((build) => {
            const site = siteOf(build)
            const name = site.baseUrl ? (
              <a href={site.baseUrl} target="_blank" rel="noreferrer">
                {site.siteId}
              </a>
            ) : (
              site.siteId
            )
            return (
              <li key={build.id} className={`victor-publishing-status__${build.status}`}>
                <strong>{name}</strong>:{' '}
                {build.status === 'succeeded'
                  ? t('publishingLive', { time: time(build.finishedAt) })
                  : build.status === 'failed'
                    ? t('publishingFailed', { time: time(build.finishedAt), reason: t(`siteBuildReason_${build.reason ?? 'render'}` as const) })
                    : t(`publishing_${build.status as 'queued' | 'running'}` as const)}
                {build.status === 'failed' && (
                  <>
                    {(build.problems ?? []).map((problem, index) => (
                      <div key={index} className="victor-publishing-status__problem">
                        <a href={`${admin}/collections/${problem.collection}/${problem.documentId}${problem.locale ? `?locale=${problem.locale}` : ''}`}>
                          {getTranslation(getEntityConfig({ collectionSlug: problem.collection as never })?.labels?.singular ?? problem.collection, i18n)} {problem.documentId}
                        </a>
                        {problem.field && ` · ${fieldLabels(getEntityConfig({ collectionSlug: problem.collection as never })?.fields, problem.field, i18n)}`}
                        {problem.locale && ` (${problem.locale})`}
                      </div>
                    ))}
                    <a href={`${admin}/collections/site-builds/${build.id}`}>{t('publishingOpenBuild')}</a>
                  </>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
