/**
 * Renders one site from its snapshot into a folder, with the pages of the renderer's server build
 * (the same components a plain `astro build` uses). Given the previous release, a page whose key
 * is unchanged is linked from it instead of rendered, and a re-rendered page with the same bytes
 * keeps its compressed files: a one-page edit renders that page, not the site.
 *
 * A page's key covers everything it can show: the renderer (code, UI strings, MDX pages), the whole
 * snapshot except the bodies and edit times of other pages and news items (only their own page
 * shows those), the files behind its media, the route, the page's own record, and on the
 * trainings list the date.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Snapshot } from '@victor/shared/snapshot'
import { createSiteData, type SiteData } from '../lib/data'
import { routePath, type LocalizedRoute } from '../lib/model'
import { writeSiteFiles } from '../lib/site-files'
import { SITEMAP_FILE, SITEMAP_INDEX } from '../lib/sitemap'
import { readSnapshotDir } from '../lib/snapshot-file'
import { linkOrCopy, reuseFile, writeCompressedCopies, writeOrReuse } from '../lib/precompress'

export interface RenderOptions {
  snapshotDir: string
  /** A new, empty folder. */
  outDir: string
  /** The live release of the same site, to reuse unchanged pages from. */
  previousDir?: string
  /** The renderer's public files (favicon). */
  clientDir: string
  imageCacheDir: string
  /** Identifies the renderer build; a page rendered by another one is never reused. */
  rendererId: string
}

export interface RenderReport {
  siteId: string
  pages: number
  rendered: number
  reused: number
  log: string
}

export type RenderRequest = (pathname: string, locals: App.Locals) => Promise<Response>

/** Which key each page of a release was rendered with. */
export const RELEASE_MANIFEST = '.victor-release.json'
interface ReleaseManifest {
  rendererId: string
  pages: Record<string, string>
}

/** Pages rendered or written at once; compression runs in libuv's threads meanwhile. */
const PARALLEL = 8

export async function renderSite(render: RenderRequest, options: RenderOptions): Promise<RenderReport> {
  const started = performance.now()
  const { snapshot, location } = readSnapshotDir(options.snapshotDir)
  const site = await createSiteData(snapshot, location.mediaDir)
  const locals: App.Locals = { site: Promise.resolve(site) }
  const previous = readManifest(options.previousDir, options.rendererId)
  const keys = pageKeys(site, options.rendererId)
  // Always rendered: they show nothing a key would save much on.
  const pages: { pathname: string; key?: string }[] = [{ pathname: '/' }, { pathname: '/404/' }, { pathname: '/robots.txt' }]
  for (const [pathname, key] of keys) pages.push({ pathname, key })

  const manifest: ReleaseManifest = { rendererId: options.rendererId, pages: {} }
  let rendered = 0
  let reused = 0
  await inBatches(pages, async ({ pathname, key }) => {
    const file = outputFile(pathname)
    const target = path.join(options.outDir, file)
    const before = options.previousDir ? path.join(options.previousDir, file) : undefined
    if (key) manifest.pages[file] = key
    if (key && before && previous?.pages[file] === key && existsSync(before)) {
      await reuseFile(before, target)
      reused++
      return
    }
    const response = await render(pathname, locals)
    const expected = pathname === '/404/' ? 404 : 200
    if (response.status !== expected) throw new Error(`${pathname}: the page answered ${response.status}: ${(await response.text()).slice(0, 2000)}`)
    const body = withCspMeta(await response.text(), response.headers.get('content-security-policy'))
    rendered++
    await writeOrReuse(target, body, before)
  })

  const files = await writeSiteFiles(site, options.outDir, options.imageCacheDir, options.previousDir)
  for (const name of [SITEMAP_FILE, SITEMAP_INDEX]) await writeCompressedCopies(path.join(options.outDir, name), await readFile(path.join(options.outDir, name)))
  await linkTree(options.clientDir, options.outDir)
  await writeFile(path.join(options.outDir, RELEASE_MANIFEST), JSON.stringify(manifest))
  const ms = Math.round(performance.now() - started)
  return {
    siteId: snapshot.site.siteId,
    pages: pages.length,
    rendered,
    reused,
    log:
      `Renderer ${options.rendererId}; previous release: ${previous ? path.basename(options.previousDir!) : options.previousDir ? `${path.basename(options.previousDir)}, not reusable (another renderer)` : 'none'}\n` +
      `Rendered ${rendered} of ${pages.length} pages (${reused} unchanged, reused), ${files}, in ${ms} ms\n`,
  }
}

function pageKeys({ snapshot, routes, images, downloads }: SiteData, rendererId: string): Map<string, string> {
  const { generatedAt, ...content } = snapshot
  const shared = hash(
    rendererId,
    JSON.stringify({
      ...content,
      pages: content.pages.map((page) => ({ ...page, updatedAt: undefined, translations: mapValues(page.translations, (text) => ({ ...text, blocks: undefined })) })),
      news: content.news.map((item) => ({ ...item, translations: mapValues(item.translations, (text) => ({ ...text, html: undefined })) })),
    }),
    // The files behind the media list: picture names carry a hash of their bytes, downloads show their size.
    JSON.stringify([...images.values()].map((image) => image.share.file)),
    JSON.stringify([...downloads.values()].map((download) => [download.file, download.bytes])),
  )
  // Only the trainings list changes with the date (upcoming and past).
  const today = new Date().toISOString().slice(0, 10)
  const keys = new Map<string, string>()
  for (const route of routes) {
    keys.set(routePath(route.locale, route.path), hash(shared, JSON.stringify(route), JSON.stringify(ownRecord(snapshot, route) ?? null), route.kind === 'trainings' ? today : ''))
  }
  return keys
}

function ownRecord(snapshot: Snapshot, route: LocalizedRoute) {
  if (route.kind === 'cms' || route.kind === 'home') return snapshot.pages.find((page) => page.id === route.ref)
  if (route.kind === 'news-item') return snapshot.news.find((item) => item.id === route.ref)
  return undefined
}

function mapValues<T extends object, U>(record: T, map: (value: NonNullable<T[keyof T]>) => U): Record<string, U | null> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value == null ? null : map(value)]))
}

const hash = (...parts: string[]) => {
  const digest = createHash('sha256')
  for (const part of parts) digest.update(part).update('\0')
  return digest.digest('hex')
}

function readManifest(dir: string | undefined, rendererId: string): ReleaseManifest | undefined {
  if (!dir || !existsSync(path.join(dir, RELEASE_MANIFEST))) return undefined
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, RELEASE_MANIFEST), 'utf8')) as ReleaseManifest
    return manifest.rendererId === rendererId ? manifest : undefined
  } catch {
    return undefined
  }
}

/** `/el/get-help/` -> `el/get-help/index.html`; `/404/` -> `404.html`; files keep their name. */
export function outputFile(pathname: string): string {
  if (pathname === '/404/') return '404.html'
  if (pathname.endsWith('/')) return `${pathname.slice(1)}index.html`
  return pathname.slice(1)
}

/**
 * Astro puts the policy of a page rendered on demand into a header; a static file carries it as a
 * meta element, placed right after the charset declaration, before anything it governs.
 */
function withCspMeta(html: string, policy: string | null): string {
  if (!policy || (!html.startsWith('<!DOCTYPE') && !html.startsWith('<!doctype'))) return html
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html)
  if (!charset) throw new Error('A page without <meta charset="utf-8"> cannot carry its content security policy')
  const at = charset.index + charset[0].length
  return html.slice(0, at) + meta + html.slice(at)
}

/** Links every file below `from` into the same place below `to` (compressed copies included: see buildRenderer). */
async function linkTree(from: string, to: string) {
  for (const entry of await readdir(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const source = path.join(entry.parentPath, entry.name)
    await linkOrCopy(source, path.join(to, path.relative(from, source)))
  }
}

async function inBatches<T>(items: T[], work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += PARALLEL) await Promise.all(items.slice(i, i + PARALLEL).map(work))
}
