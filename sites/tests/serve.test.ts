import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { precompressSite } from '../src/lib/precompress'
import { createSitesServer } from '../scripts/serve'
import { widgetsDirFor } from '../src/widgets/publish'
import { FRAME_POLICY } from '@victor/shared/widgets'

let root: string
let server: http.Server
let port: number

/** A request with a chosen Host header, as a browser sends to <siteId>.localhost. */
function get(host: string, pathname: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: pathname, headers: { host: `${host}:${port}`, ...headers } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

beforeAll(async () => {
  // Sites in <tmp>/sites, the widgets beside them in <tmp>/widgets.
  root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'victor-serve-')), 'sites')
  for (const siteId of ['md-prevention', 'hub']) {
    fs.mkdirSync(path.join(root, siteId, 'ro'), { recursive: true })
    fs.writeFileSync(path.join(root, siteId, 'index.html'), `<!doctype html><title>${siteId}</title>${'<p>text</p>'.repeat(200)}`)
    fs.writeFileSync(path.join(root, siteId, 'ro', 'index.html'), `${siteId} ro`)
    fs.writeFileSync(path.join(root, siteId, '404.html'), `${siteId} not found`)
    await precompressSite(path.join(root, siteId))
  }
  const widgets = path.join(widgetsDirFor(root), 'v1')
  fs.mkdirSync(path.join(widgets, 'data', 'md-prevention'), { recursive: true })
  fs.writeFileSync(path.join(widgets, 'victor-widgets.js'), 'customElements.define("victor-x", class extends HTMLElement {})')
  fs.writeFileSync(path.join(widgets, 'data', 'md-prevention', 'ro.json'), '{"version":1}')
  fs.mkdirSync(path.join(widgets, 'frame'), { recursive: true })
  fs.writeFileSync(path.join(widgets, 'frame', 'card.html'), '<!doctype html><title>card</title>')
  server = createSitesServer(root, 0)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => {
  server?.close()
  fs.rmSync(path.dirname(root), { recursive: true, force: true })
})

describe('serving the built sites', () => {
  it('serves each site at its own origin', async () => {
    expect((await get('md-prevention.localhost', '/ro/')).body.toString()).toBe('md-prevention ro')
    expect((await get('hub.localhost', '/ro/')).body.toString()).toBe('hub ro')
  })

  it('lists the sites at localhost, and refuses a site that was not built', async () => {
    const index = await get('localhost', '/')
    expect(index.body.toString()).toContain('md-prevention.localhost')
    expect(index.body.toString()).toContain('hub.localhost')
    expect((await get('nowhere.localhost', '/')).status).toBe(404)
  })

  it("answers an unknown path with the site's own 404 page", async () => {
    const missing = await get('hub.localhost', '/en/nothing-here/')
    expect(missing.status).toBe(404)
    expect(missing.body.toString()).toBe('hub not found')
  })

  it('sends the security headers, and HTML that no browser stores', async () => {
    const page = await get('md-prevention.localhost', '/ro/')
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['cache-control']).toBe('no-store')
    expect(page.headers['set-cookie']).toBeUndefined()
  })

  it('sends the precompressed file when the browser accepts it', async () => {
    const page = await get('md-prevention.localhost', '/', { 'accept-encoding': 'br, gzip' })
    expect(page.headers['content-encoding']).toBe('br')
    expect(zlib.brotliDecompressSync(page.body).toString()).toContain('<title>md-prevention</title>')
    const raw = fs.statSync(path.join(root, 'md-prevention', 'index.html')).size
    expect(page.body.length).toBeLessThan(raw / 5)
  })

  it('serves the partner widgets at their own origin, readable and framable from any other, data never stale', async () => {
    const module = await get('widgets.localhost', '/v1/victor-widgets.js')
    expect(module.status).toBe(200)
    expect(module.headers['content-type']).toMatch(/javascript/)
    expect(module.headers['access-control-allow-origin']).toBe('*')
    expect(module.headers['cross-origin-resource-policy']).toBe('cross-origin')
    expect(module.headers['cache-control']).toBe('public, max-age=300')
    const data = await get('widgets.localhost', '/v1/data/md-prevention/ro.json')
    expect(JSON.parse(data.body.toString())).toEqual({ version: 1 })
    expect(data.headers['cache-control']).toBe('no-cache')
    expect(data.headers['access-control-allow-origin']).toBe('*')
    const frame = await get('widgets.localhost', '/v1/frame/card.html')
    expect(frame.headers['content-security-policy']).toBe(FRAME_POLICY)
    expect(frame.headers['x-frame-options']).toBeUndefined()
    const missing = await get('widgets.localhost', '/v1/data/nowhere/ro.json')
    expect(missing.status).toBe(404)
    expect(missing.headers['access-control-allow-origin']).toBe('*')
  })
})
