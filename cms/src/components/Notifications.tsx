'use client'
/**
 * In the admin's header: how many notifications wait unread, leading to the list, and a message
 * on screen for each new one (a publish that went live or failed, a page sent back) while the
 * person works anywhere in the admin.
 */
import { Link, toast, useAuth, useConfig } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'
import { useAdminApi, useVictorT, whereQuery } from './adminApi'

interface Notification {
  id: number | string
  message: string
  kind: string
  link?: string | null
  createdAt: string
}

const EVERY_MS = 10_000

export function Notifications() {
  const { user } = useAuth()
  const { config } = useConfig()
  const api = useAdminApi()
  const t = useVictorT()
  const [unread, setUnread] = useState(0)
  const since = useRef(new Date().toISOString())

  useEffect(() => {
    if (!user) return
    let stopped = false
    const check = async () => {
      const { ok, json } = await api<{ docs: Notification[]; totalDocs: number }>(`/notifications?${whereQuery({ read: { equals: false } }).join('&')}&sort=-createdAt&limit=10&depth=0`)
      if (!ok || stopped) return
      setUnread(json.totalDocs)
      const fresh = json.docs.filter((item) => item.createdAt > since.current)
      if (fresh.length) since.current = fresh[0].createdAt
      for (const item of fresh.reverse()) (item.kind === 'build-failed' || item.kind === 'review-sent-back' ? toast.error : toast.success)(item.message)
    }
    void check()
    const timer = setInterval(() => void check(), EVERY_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [api, user])

  if (!user) return null
  const href = `${config.routes.admin}/collections/notifications?${whereQuery({ read: { equals: false } }).join('&')}`
  return (
    <Link href={href} className="victor-notifications" aria-label={t('notificationsUnread', { count: unread })}>
      <svg className="victor-notifications__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      <span className="victor-notifications__label">{t('notifications')}</span>
      {unread > 0 && <span className="victor-notifications__count">{unread}</span>}
    </Link>
  )
}
