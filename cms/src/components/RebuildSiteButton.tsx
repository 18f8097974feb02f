'use client'
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

/** "Rebuild this site", in the sidebar of a site: queues a build from its published content. */
export function RebuildSiteButton() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const text = (key: string) => (t as unknown as (key: string) => string)(`victor:${key}`)
  if (!id) return null

  const rebuild = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/sites/${id}/rebuild`, { method: 'POST', credentials: 'include' })
      const body = (await response.json()) as { message?: string; errors?: { message: string }[] }
      if (response.ok) toast.success(body.message ?? '')
      else toast.error(body.errors?.[0]?.message ?? response.statusText)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type">
      <Button buttonStyle="secondary" disabled={busy} onClick={rebuild}>
        {text('siteRebuild')}
      </Button>
      <div className="field-description">{text('siteRebuildHelp')}</div>
    </div>
  )
}
