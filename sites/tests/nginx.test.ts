/**
 * The production nginx configuration (scripts/nginx-config.ts) serves the built sites exactly as the
 * local server does (scripts/serve.ts): a real nginx and serve.ts are started on the same folder, and
 * every answer is compared: status, body, the security headers, caching, precompressed variants, the
 * 404 page. Needs Debian's nginx with the brotli_static module (`.ci/run` installs them).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net, { type AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FRAME_POLICY } from '@victor/shared/widgets'
import { precompressSite } from '../src/lib/precompress'
import { widgetsDirFor } from '../src/widgets/publish'
import { nginxConfig, siteHostsFromSnapshots } from '../scripts/nginx-config'
import { createSitesServer, securityHeaders, widgetHeaders } from '../scripts/serve'

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

function get(port: number, host: string, pathname: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: pathname, headers: { host, ...headers } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })

let dir: string
let sitesRoot: string
let local: http.Server
let localPort: number
let nginx: ChildProcess
let nginxPort: number
let upstream: http.Server
const upstreamSaw: http.IncomingHttpHeaders[] = []

/** Puts a release live as the renderer does: the site's path is a link to its release folder. */
function putLive(siteId: string, release: string) {
  const live = path.join(sitesRoot, siteId)
  const next = `${live}.next-link`
  fs.symlinkSync(release, next)
  fs.renameSync(next, live)
}

async function writeRelease(siteId: string, name: string, text: string) {
  const release = path.join(sitesRoot, `${siteId}.releases`, name)
  fs.mkdirSync(path.join(release, 'ro'), { recursive: true })
  fs.mkdirSync(path.join(release, '_astro'), { recursive: true })
  fs.writeFileSync(path.join(release, 'index.html'), `<!doctype html><title>${siteId}</title>${`<p>${text}</p>`.repeat(200)}`)
  fs.writeFileSync(path.join(release, 'ro', 'index.html'), `${siteId} ro ${text}`)
  fs.writeFileSync(path.join(release, '404.html'), `${siteId} not found`)
  fs.writeFileSync(path.join(release, '_astro', 'site.css'), `body{color:#111}${'.a{margin:0}'.repeat(300)}`)
  fs.writeFileSync(path.join(release, 'sitemap-index.xml'), '<?xml version="1.0"?><sitemapindex/>')
  await precompressSite(release)
  return release
}

async function waitFor(port: number) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await get(port, 'nowhere.localhost', '/')
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  throw new Error(`nginx did not answer on port ${port}: ${fs.readFileSync(path.join(dir, 'error.log'), 'utf8')}`)
}

beforeAll(async () => {
  if (!fs.existsSync(NGINX) || !fs.existsSync(BROTLI_MODULE)) {
    throw new Error(`This test runs nginx: install Debian's nginx-light and libnginx-mod-http-brotli-static (apt-get install nginx-light libnginx-mod-http-brotli-static), or set NGINX_PATH.`)
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'victor-nginx-'))
  // nginx's workers run as "nobody" when it is started as root: they must be able to read the files.
  fs.chmodSync(dir, 0o755)
  sitesRoot = path.join(dir, 'sites')
  const snapshots = path.join(dir, 'snapshots')
  for (const siteId of ['md-prevention', 'hub']) {
    putLive(siteId, await writeRelease(siteId, '1', 'first'))
    fs.mkdirSync(path.join(snapshots, siteId), { recursive: true })
    fs.writeFileSync(path.join(snapshots, siteId, 'snapshot.json'), JSON.stringify({ site: { siteId, baseUrl: `https://${siteId}.localhost:4321/` } }))
  }
  const widgets = path.join(widgetsDirFor(sitesRoot), 'v1')
  fs.mkdirSync(path.join(widgets, 'data', 'md-prevention'), { recursive: true })
  fs.mkdirSync(path.join(widgets, 'frame'), { recursive: true })
  fs.writeFileSync(path.join(widgets, 'victor-widgets.js'), 'customElements.define("victor-x", class extends HTMLElement {})')
  fs.writeFileSync(path.join(widgets, 'data', 'md-prevention', 'ro.json'), '{"version":1}')
  fs.writeFileSync(path.join(widgets, 'frame', 'card.html'), '<!doctype html><title>card</title>')

  local = createSitesServer(sitesRoot, 0)
  await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve))
  localPort = (local.address() as AddressInfo).port

  // A stand-in for the CMS behind the proxy: it answers with what it was sent.
  upstream = http.createServer((req, res) => {
    upstreamSaw.push(req.headers)
    res.end(`cms ${req.url}`)
  })
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  const cms = { host: 'admin.localhost', upstream: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}` }

  nginxPort = await freePort()
  fs.writeFileSync(path.join(dir, 'victor.conf'), nginxConfig({ sitesRoot, sites: siteHostsFromSnapshots(snapshots), widgetsHost: 'widgets.localhost', cms, port: nginxPort }))
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'temp', name)};`
  fs.mkdirSync(path.join(dir, 'temp'))
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `load_module ${BROTLI_MODULE};
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events {}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
    include ${path.join(dir, 'victor.conf')};
}
`,
  )
  const check = spawnSync(NGINX, ['-t', '-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx refused the generated configuration:\n${check.stderr}`)
  nginx = spawn(NGINX, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' })
  await waitFor(nginxPort)
})

afterAll(async () => {
  nginx?.kill('SIGTERM')
  local?.close()
  upstream?.close()
  if (nginx && nginx.exitCode === null) await new Promise((resolve) => nginx.once('exit', resolve))
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

/** What must be the same whichever server answers. */
function comparable({ status, headers, body }: Answer) {
  const named = (names: string[]) => Object.fromEntries(names.map((name) => [name, headers[name.toLowerCase()]]))
  const encoding = headers['content-encoding']
  const decoded = encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'gzip' ? zlib.gunzipSync(body) : body
  return {
    status,
    body: decoded.toString(),
    // nginx names the charset of text types sirv leaves unnamed, and calls JavaScript by its older type.
    contentType: headers['content-type']
      ?.replace(/\s+/g, '')
      .toLowerCase()
      .replace(/;charset=utf-8$/, '')
      .replace('application/javascript', 'text/javascript'),
    ...named(['Cache-Control', 'Content-Encoding', 'Set-Cookie', 'X-Frame-Options', ...Object.keys(securityHeaders), ...Object.keys(widgetHeaders)]),
  }
}

const requests: [host: string, pathname: string, encodings?: string][] = [
  ['md-prevention.localhost', '/'],
  ['md-prevention.localhost', '/', 'br, gzip'],
  ['md-prevention.localhost', '/', 'gzip'],
  ['md-prevention.localhost', '/ro/'],
  ['md-prevention.localhost', '/ro/index.html'],
  ['md-prevention.localhost', '/_astro/site.css', 'br'],
  ['md-prevention.localhost', '/sitemap-index.xml'],
  ['hub.localhost', '/ro/'],
  ['hub.localhost', '/en/nothing-here/'],
  ['hub.localhost', '/_astro/missing.css'],
  ['widgets.localhost', '/v1/victor-widgets.js', 'gzip'],
  ['widgets.localhost', '/v1/data/md-prevention/ro.json'],
  ['widgets.localhost', '/v1/frame/card.html'],
]

describe('the nginx configuration for production', () => {
  it.each(requests)('answers %s%s (%s) as the local server does', async (host, pathname, encodings) => {
    const headers: Record<string, string> = encodings ? { 'accept-encoding': encodings } : {}
    const fromNginx = comparable(await get(nginxPort, host, pathname, headers))
    expect(fromNginx).toEqual(comparable(await get(localPort, `${host}:${localPort}`, pathname, headers)))
  })

  it('sends the sites their security headers and HTML no browser keeps, and the precompressed file', async () => {
    const page = await get(nginxPort, 'md-prevention.localhost', '/', { 'accept-encoding': 'br' })
    expect(page.status).toBe(200)
    expect(page.headers['content-encoding']).toBe('br')
    expect(page.headers['cache-control']).toBe('no-store')
    expect(page.headers['content-security-policy']).toBe(securityHeaders['Content-Security-Policy'])
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    const widgetsFrame = await get(nginxPort, 'widgets.localhost', '/v1/frame/card.html')
    expect(widgetsFrame.headers['content-security-policy']).toBe(FRAME_POLICY)
    expect(widgetsFrame.headers['access-control-allow-origin']).toBe('*')
  })

  it("answers an unknown path with the site's own 404 page, and an unknown host with nothing", async () => {
    const missing = await get(nginxPort, 'hub.localhost', '/en/nothing-here/')
    expect(missing.status).toBe(404)
    expect(missing.body.toString()).toBe('hub not found')
    expect(missing.headers['cache-control']).toBe('no-store')
    expect(missing.headers['x-content-type-options']).toBe('nosniff')
    expect((await get(nginxPort, 'elsewhere.example', '/')).status).toBe(404)
  })

  it('serves a new release the moment it is put live', async () => {
    putLive('hub', await writeRelease('hub', '2', 'second'))
    expect((await get(nginxPort, 'hub.localhost', '/ro/')).body.toString()).toBe('hub ro second')
  })

  it('passes the admin through to the CMS with the host and scheme the person used', async () => {
    const answer = await get(nginxPort, 'admin.localhost', '/admin/login')
    expect(answer.body.toString()).toBe('cms /admin/login')
    expect(upstreamSaw.at(-1)).toMatchObject({ host: 'admin.localhost', 'x-forwarded-proto': 'http', 'x-forwarded-host': 'admin.localhost' })
  })

  it('with TLS: a configuration nginx accepts, HTTP/2 and strict transport security on every host', () => {
    const certificate = path.join(dir, 'tls.pem')
    const key = path.join(dir, 'tls.key')
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=victor.test', '-keyout', key, '-out', certificate], { encoding: 'utf8' })
    expect(made.status, made.stderr).toBe(0)
    const config = nginxConfig({
      sitesRoot,
      sites: [{ siteId: 'hub', host: 'hub.example.org' }],
      widgetsHost: 'widgets.example.org',
      cms: { host: 'admin.example.org', upstream: 'http://127.0.0.1:3000' },
      tls: { certificate, key },
      port: 8443,
    })
    expect(config.match(/listen 8443 ssl http2/g)).toHaveLength(4)
    expect(config.match(/Strict-Transport-Security/g)!.length).toBeGreaterThanOrEqual(4)
    expect(config).toContain('return 301 https://$host$request_uri;')
    fs.writeFileSync(path.join(dir, 'victor.conf'), config)
    const check = spawnSync(NGINX, ['-t', '-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' })
    expect(check.status, check.stderr).toBe(0)
  })

  it('refuses a host name or site id that would break the configuration', () => {
    expect(() => nginxConfig({ sitesRoot, sites: [{ siteId: 'hub', host: 'hub.example.org; evil' }], widgetsHost: 'w.example.org' })).toThrow(/not a plain host name/)
    expect(() => nginxConfig({ sitesRoot, sites: [{ siteId: '../etc', host: 'x.example.org' }], widgetsHost: 'w.example.org' })).toThrow(/not a plain name/)
  })
})
