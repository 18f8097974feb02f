'use client'
/**
 * Payload's Publish button, for the people who may publish this document: not for translators,
 * and not for editors when it is shown on a site for children, where a reviewer publishes (they
 * ask for review instead, see Review.tsx). The CMS refuses such a publish anyway.
 */
import { PublishButton as PayloadPublishButton, useAuth, useFormFields } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import { useEffect, useState } from 'react'
import { useAdminApi, whereQuery } from './adminApi'

export function PublishButton(props: PublishButtonClientProps) {
  const { user } = useAuth()
  const role = (user as { role?: string } | null)?.role
  const sites = useFormFields(([fields]) => fields.sites?.value) as unknown
  const api = useAdminApi()
  const [forChildren, setForChildren] = useState(false)
  const ids = JSON.stringify(Array.isArray(sites) ? sites.map((site) => (typeof site === 'object' && site ? (site as { id: unknown }).id : site)) : [])

  useEffect(() => {
    const list = JSON.parse(ids) as (number | string)[]
    if (role !== 'editor' || list.length === 0) return setForChildren(false)
    let current = true
    void api<{ totalDocs: number }>(`/sites?${whereQuery({ and: [{ id: { in: list.join(',') } }, { audience: { equals: 'prevention' } }] }).join('&')}&limit=0`).then(({ ok, json }) => {
      if (current) setForChildren(ok && json.totalDocs > 0)
    })
    return () => {
      current = false
    }
  }, [api, ids, role])

  if (role === 'translator' || forChildren) return null
  return <PayloadPublishButton {...props} />
}
