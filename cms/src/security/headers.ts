/**
 * The admin's and API's security headers, in one place: `next.config.ts` sends the fixed ones on
 * every answer, `proxy.ts` the admin's Content-Security-Policy with a fresh nonce per page (Next
 * puts the nonce on its own inline scripts). The admin loads nothing from another origin, so
 * 'self' is all it needs; Payload styles elements inline, hence 'unsafe-inline' for styles only.
 * Live Preview frames the CMS's own /preview pages: frame-src and frame-ancestors 'self'; the
 * Widgets view frames the widgets origin's iframe pages.
 */
export interface HeaderOptions {
  /** The public address of the CMS (PAYLOAD_PUBLIC_SERVER_URL), when known. */
  serverUrl?: string
  /** The widgets origin (VICTOR_WIDGETS_URL), whose iframe pages the Widgets view previews. */
  widgetsUrl?: string
  development?: boolean
}

export function securityHeaders({ serverUrl }: HeaderOptions = {}): { key: string; value: string }[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(serverUrl?.startsWith('https://') ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
  ]
}

export function adminContentSecurityPolicy(nonce: string, { development, widgetsUrl }: HeaderOptions = {}): string {
  return [
    "default-src 'self'",
    // React needs eval only in development. (Zod probes for eval when it parses: keep it out of
    // the admin's browser code, as fields/slugRules.ts does.)
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    `frame-src 'self'${widgetsUrl ? ` ${new URL(widgetsUrl).origin}` : ''}`,
    "frame-ancestors 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}
