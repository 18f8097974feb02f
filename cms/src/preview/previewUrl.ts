/**
 * Where the admin shows a draft page: the Preview button opens the preview in a new tab; Live
 * Preview shows it beside the form and reloads it on every save (preview-refresh.js).
 */
import type { PayloadRequest } from 'payload'

/** `/preview/pages/<id>?locale=ro`: builds the preview and leads into it. */
export function pagePreviewPath(id: number | string, locale: string): string {
  return `/preview/pages/${encodeURIComponent(String(id))}?${new URLSearchParams({ locale })}`
}

/**
 * The same, absolute: Live Preview accepts messages from its frame only when its URL starts with
 * the frame's origin. The configured serverURL (PAYLOAD_PUBLIC_SERVER_URL) when set, else the address the admin was reached at.
 */
export function absolutePreviewUrl(pathAndQuery: string, req: PayloadRequest): string {
  const configured = req.payload.config.serverURL
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host')
  const origin = configured || (host ? `${req.headers.get('x-forwarded-proto') ?? 'http'}://${host}` : '')
  return origin ? new URL(pathAndQuery, origin).href : pathAndQuery
}

/** Where a served preview page reloads from when the document is saved; only a page preview address. */
export const RELOAD_PARAM = 'reload'
export const isPagePreviewPath = (value: string | null): value is string => !!value && /^\/preview\/pages\/[^/?#]+\?locale=[a-z]{2}(&site=[a-z0-9-]+)?$/.test(value)

/**
 * Adds the live-preview script to a preview page: same origin, so the page's own CSP
 * (script-src 'self') allows it; it does nothing outside the admin's Live Preview frame.
 */
export function withLiveRefresh(html: string, reloadFrom: string): string {
  if (!isPagePreviewPath(reloadFrom)) return html
  const tag = `<script src="/preview-refresh.js" data-reload="${reloadFrom.replaceAll('&', '&amp;')}"></script>`
  return html.includes('</body>') ? html.replace('</body>', `${tag}</body>`) : html + tag
}
