'use client'
/**
 * The REST API as the admin's own components call it: same origin, the person's session cookie,
 * their admin language for the messages that come back.
 */
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useCallback } from 'react'
import type { VictorKey } from '../i18n'

/** `{ status: { equals: 'open' } }` as a query string, the way Payload's REST API reads it. */
export function whereQuery(where: Record<string, unknown>, prefix = 'where'): string[] {
  return Object.entries(where).flatMap(([key, value]) =>
    Array.isArray(value)
      ? value.flatMap((item, index) =>
          typeof item === 'object' && item !== null ? whereQuery(item as Record<string, unknown>, `${prefix}[${key}][${index}]`) : [`${prefix}[${key}][${index}]=${encodeURIComponent(String(item))}`],
        )
      : typeof value === 'object' && value !== null
        ? whereQuery(value as Record<string, unknown>, `${prefix}[${key}]`)
        : [`${prefix}[${key}]=${encodeURIComponent(String(value))}`],
  )
}

export interface ApiError {
  message: string
  data?: { errors?: { path: string; message: string }[] }
}

export function useAdminApi() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  return useCallback(
    async <T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<{ ok: boolean; status: number; json: T & { errors?: ApiError[] } }> => {
      const response = await fetch(`${config.serverURL}${config.routes.api}${path}`, {
        method: init.method ?? 'GET',
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language, ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      })
      const json = (await response.json().catch(() => ({}))) as T & { errors?: ApiError[] }
      return { ok: response.ok, status: response.status, json }
    },
    [config.serverURL, config.routes.api, i18n.language],
  )
}

/** The first message of an error answer, with the field's own message when there is one. */
export const errorMessage = (json: { errors?: ApiError[] }, fallback: string) => json.errors?.[0]?.data?.errors?.[0]?.message ?? json.errors?.[0]?.message ?? fallback

/** Our own strings (the `victor` namespace) from Payload's client translation function. */
export function useVictorT() {
  const { t } = useTranslation()
  return useCallback((key: VictorKey, vars?: Record<string, unknown>) => (t as unknown as (key: string, vars?: Record<string, unknown>) => string)(`victor:${key}`, vars), [t])
}
