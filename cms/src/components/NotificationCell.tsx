'use client'
/**
 * A notification in its list: the message, leading to what it is about (the page, the build),
 * and marked read on the way there.
 */
import { Link, useConfig } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

export function NotificationCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { config } = useConfig()
  const { id, link, read } = rowData as { id: number | string; link?: string | null; read?: boolean }
  const markRead = () => {
    if (!read)
      void fetch(`${config.serverURL}${config.routes.api}/notifications/${id}`, {
        method: 'PATCH',
        credentials: 'include',
        keepalive: true,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ read: true }),
      })
  }
  const text = String(cellData ?? '')
  if (!link) return <span>{text}</span>
  return (
    <Link href={`${config.routes.admin}${link}`} onClick={markRead} className={read ? undefined : 'victor-notification--unread'}>
      {text}
    </Link>
  )
}
