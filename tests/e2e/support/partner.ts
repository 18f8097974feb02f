/**
 * A partner's own website for the widget tests: another origin than the platform's
 * (http://127.0.0.1:<port>, not *.localhost), in another language than the widgets, with a strict
 * Content-Security-Policy that allows only the widgets origin, exactly as the README tells
 * partners to write it. Each page is registered with the HTML a partner would paste.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { localWidgetsUrl } from '../../../shared/src/widgets'
import { SITES_PORT } from './sites'

export const widgetsOrigin = localWidgetsUrl(SITES_PORT)

/** The directives the README gives partners, and no 'unsafe-inline' anywhere. */
export const partnerPolicy = (widgets: string, { trustedTypes = true } = {}) =>
  [
    "default-src 'self'",
    `script-src 'self' ${widgets}`,
    `connect-src 'self' ${widgets}`,
    `img-src 'self' ${widgets}`,
    `frame-src ${widgets}`,
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    // No HTML-parsing sinks at all on the page: the module builds its DOM without them.
    ...(trustedTypes ? ["require-trusted-types-for 'script'", "trusted-types 'none'"] : []),
  ].join('; ')

export interface PartnerSite {
  origin: string
  /** Serves `body` at `path` in a page whose language is `lang`, under `policy`. */
  page(path: string, body: string, options?: { lang?: string; policy?: string }): string
  close(): Promise<void>
}

export async function startPartnerSite(widgets = widgetsOrigin): Promise<PartnerSite> {
  const pages = new Map<string, { html: string; policy: string }>()
  const server = http.createServer((req, res) => {
    const page = pages.get(req.url ?? '')
    if (!page) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page.policy, 'Cache-Control': 'no-store' }).end(page.html)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    page(path, body, { lang = 'en', policy = partnerPolicy(widgets) } = {}) {
      pages.set(path, {
        policy,
        html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>A partner's page</title></head><body><h1>Our organisation</h1><main>${body}</main></body></html>`,
      })
      return origin + path
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** GET from the sites server as a browser would ask `host` (Node cannot resolve *.localhost). */
export function getFromSites(host: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: SITES_PORT, path, headers: { host: `${host}:${SITES_PORT}`, ...headers } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}
