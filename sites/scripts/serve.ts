/**
 * Serves every built site at its own origin, as they will be on the web:
 *   http://<siteId>.localhost:<port>/  ->  <root>/<siteId>/
 *   http://widgets.localhost:<port>/   ->  the partner widgets, <root>/../widgets/ (src/widgets/publish.ts)
 *   http://localhost:<port>/           ->  an index of all sites
 * Each origin gets the security headers the static host must send (CSP, no referrer, no sniffing)
 * and HTML that no browser keeps on disk: a shared phone should not hold the pages in its cache.
 *
 *   pnpm --filter @victor/sites serve [root=../dist/sites] [port=4321]
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { builtSitesRoot } from '@victor/shared/paths'
import { fileURLToPath } from 'node:url'
import sirv from 'sirv'
import { widgetsDirFor } from '../src/widgets/publish'
import { FRAME_POLICY } from '@victor/shared/widgets'

/**
 * Each page carries its own strict CSP (with the hashes of its inline code) in a meta element;
 * the header adds what a meta element cannot say. Both apply, so neither may loosen the other.
 */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'none'; form-action 'none'; object-src 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
}

/**
 * The widgets origin is meant to be used from any other site: readable by their pages (CORS and
 * CORP), its iframe pages framable anywhere, and data that is never served stale.
 */
export const widgetHeaders: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': securityHeaders['Permissions-Policy'],
}

function widgetsHandler(root: string) {
  return sirv(root, {
    dev: true,
    etag: true,
    brotli: true,
    gzip: true,
    setHeaders: (res, pathname) => {
      for (const [name, value] of Object.entries(widgetHeaders)) res.setHeader(name, value)
      // Data and iframe pages change with every publish: revalidated each time (a 304 when unchanged).
      res.setHeader('Cache-Control', pathname.endsWith('.js') || pathname.endsWith('.css') ? 'public, max-age=300' : 'no-cache')
      if (pathname.endsWith('.html')) res.setHeader('Content-Security-Policy', FRAME_POLICY)
    },
  })
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

function indexPage(siteIds: string[], port: number): string {
  const items = siteIds.map((id) => `<li><a href="http://${id}.localhost:${port}/">${escapeHtml(id)}</a></li>`).join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>VICTOR sites</title></head><body><main><h1>VICTOR sites</h1><ul>${items}</ul></main></body></html>`
}

export function createSitesServer(root: string, port: number): http.Server {
  const handlers = new Map<string, ReturnType<typeof sirv>>()
  const handlerFor = (siteId: string) => {
    if (!handlers.has(siteId)) {
      handlers.set(
        siteId,
        sirv(path.join(root, siteId), {
          dev: true, // re-read files: a rebuilt site is served at once
          etag: true,
          brotli: true, // precompressed by src/lib/precompress.ts, as a static host would serve them
          gzip: true,
          setHeaders: (res, pathname) => {
            if (pathname.endsWith('.html') || pathname.endsWith('/')) res.setHeader('Cache-Control', 'no-store')
            else res.setHeader('Cache-Control', 'public, max-age=300')
          },
        }),
      )
    }
    return handlers.get(siteId)!
  }
  const sites = () =>
    fs.existsSync(root)
      ? fs
          .readdirSync(root)
          .filter((name) => fs.existsSync(path.join(root, name, 'index.html')))
          .sort()
      : []

  const widgets = widgetsHandler(widgetsDirFor(root))

  return http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase()
    if (host === 'widgets.localhost') {
      widgets(req, res, () => {
        res.statusCode = 404
        for (const [name, value] of Object.entries(widgetHeaders)) res.setHeader(name, value)
        res.setHeader('Content-Type', 'text/plain; charset=utf-8')
        res.end('Not found')
      })
      return
    }
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value)
    const siteId = host.endsWith('.localhost') ? host.slice(0, -'.localhost'.length) : null
    if (!siteId) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Cache-Control', 'no-store')
      res.setHeader('Content-Security-Policy', "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
      res.end(indexPage(sites(), port))
      return
    }
    if (!sites().includes(siteId)) {
      res.statusCode = 404
      res.setHeader('Content-Type', 'text/plain; charset=utf-8')
      res.end(`No site "${siteId}" has been built.`)
      return
    }
    handlerFor(siteId)(req, res, () => {
      const notFound = path.join(root, siteId, '404.html')
      res.statusCode = 404
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Cache-Control', 'no-store')
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found')
    })
  })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(process.argv[2] ?? builtSitesRoot())
  const port = Number(process.argv[3] ?? process.env.SITES_PORT ?? 4321)
  createSitesServer(root, port).listen(port, () => {
    console.log(`Sites served at http://localhost:${port}/ (each at http://<siteId>.localhost:${port}/) from ${root}`)
  })
}
