import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Window } from 'happy-dom'
import { SITE_WIDGETS_DIR } from '@victor/shared/widgets'
import { SiteRenderer } from '../scripts/build-lib'

export const sitesRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const fixturesDir = path.resolve(sitesRoot, '..', 'tests', 'fixtures', 'snapshots')
export const fixtureStaticDir = path.join(sitesRoot, 'tests', 'fixtures', 'static')

const made: string[] = []

export function tempDir(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `victor-${name}-`))
  made.push(dir)
  return dir
}

/** Removes the temporary folders this test file made (call in afterAll). */
export function removeTempDirs(): void {
  renderer?.close()
  renderer = undefined
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

export interface BuiltSite {
  siteId: string
  outDir: string
  snapshot: any
}

let renderer: SiteRenderer | undefined

/** The renderer of the fixture MDX pages, one per test file (closed by removeTempDirs). */
export function fixtureRenderer(): SiteRenderer {
  renderer ??= new SiteRenderer({ staticDir: fixtureStaticDir })
  return renderer
}

/** Renders a fixture (or any) snapshot into a temporary folder, as the CMS publishes; throws with the log on failure. */
export async function build(snapshotDir: string, outDir = path.join(tempDir(path.basename(snapshotDir)), 'site')): Promise<BuiltSite & { output: string }> {
  const result = await fixtureRenderer().render({ snapshotDir, outDir })
  if (!result.ok) throw new Error(`build of ${snapshotDir} failed:\n${result.log.slice(-4000)}`)
  const snapshot = JSON.parse(readFileSync(path.join(snapshotDir, 'snapshot.json'), 'utf8'))
  return { siteId: snapshot.site.siteId, outDir, snapshot, output: result.log }
}

/** Every page of a built site, as paths relative to its root ("el/get-help/index.html"); not the widgets' iframe pages. */
export function htmlFiles(outDir: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (dir === outDir && name === SITE_WIDGETS_DIR) continue
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (name.endsWith('.html')) out.push(path.relative(outDir, full).split(path.sep).join('/'))
    }
  }
  walk(outDir)
  return out.sort()
}

export function read(outDir: string, file: string): string {
  return readFileSync(path.join(outDir, file), 'utf8')
}

const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigation: { disableMainFrameNavigation: true } } as never,
})

/** Parses HTML into a document (no scripts run, nothing is fetched). */
export function parse(html: string): Document {
  const parser = new window.DOMParser()
  return parser.parseFromString(html, 'text/html') as unknown as Document
}
