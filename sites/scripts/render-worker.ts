/**
 * The renderer's worker (started by SiteRenderer in build-lib.ts): keeps the renderer's server
 * build loaded and renders one site per message, one at a time. A change to the sites' code
 * builds and loads a new renderer before the next render.
 * Message in: a WorkerRequest; out: a WorkerAnswer (build-lib.ts).
 */
import { existsSync, realpathSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { RenderOptions, RenderReport } from '../src/renderer/render-site'
import { publishWidgets } from '../src/widgets/publish'
import { buildRenderer, imageCacheDir, publishRelease, type RenderResult, type WorkerAnswer, type WorkerRequest } from './build-lib'

interface LoadedRenderer {
  id: string
  renderSite: (options: RenderOptions) => Promise<RenderReport>
  clientDir: string
  widgetsBundle: string
}
let loaded: LoadedRenderer | undefined

async function renderer(staticDir: string | undefined): Promise<LoadedRenderer & { log: string }> {
  const built = await buildRenderer({ staticDir })
  if (!built.ok) throw new Error(`The renderer could not be built:\n${built.output.slice(-6000)}`)
  if (loaded?.id !== built.id) {
    const entry = await import(pathToFileURL(path.join(built.dir, 'server', 'entry.mjs')).href)
    loaded = { id: built.id, renderSite: entry.renderSite, clientDir: path.join(built.dir, 'client'), widgetsBundle: path.join(built.dir, 'widgets') }
  }
  return { ...loaded, log: built.output ? `Built the renderer ${built.id}.\n` : '' }
}

/** What a killed render left beside the live site (its process is gone). */
async function removeAbandonedRenders(outDir: string) {
  const prefix = `${path.basename(outDir)}.rendering-`
  const names = await readdir(path.dirname(outDir)).catch(() => [])
  for (const name of names.filter((entry) => entry.startsWith(prefix))) {
    const pid = Number(name.slice(prefix.length))
    if (pid === process.pid || !isRunning(pid)) await rm(path.join(path.dirname(outDir), name), { recursive: true, force: true })
  }
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function handle({ snapshotDir, outDir, widgetsDir, staticDir }: WorkerRequest): Promise<RenderResult> {
  const { id, renderSite, clientDir, widgetsBundle, log } = await renderer(staticDir)
  const staging = `${outDir}.rendering-${process.pid}`
  await removeAbandonedRenders(outDir)
  try {
    const previousDir = existsSync(outDir) ? realpathSync(outDir) : undefined
    const report = await renderSite({ snapshotDir, outDir: staging, previousDir, clientDir, imageCacheDir: imageCacheDir(), rendererId: id })
    await publishRelease(staging, outDir)
    // The site is live from here on; the widgets origin's links and module are said apart.
    const widgets = widgetsDir
      ? await publishWidgets(widgetsDir, widgetsBundle, report.siteId, outDir).then(
          () => '',
          (error) => `The site is live, but its partner widgets could not be published to ${widgetsDir}: ${error instanceof Error ? error.message : String(error)}\n`,
        )
      : ''
    return { ok: true, ...report, log: log + report.log + widgets }
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    return { ok: false, log: `${log}${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nThe live site was left as it was.\n` }
  }
}

let queue = Promise.resolve()
process.on('message', (message: WorkerRequest) => {
  queue = queue.then(async () => {
    const answer: WorkerAnswer = { id: message.id, ...(await handle(message).catch((error) => ({ ok: false, log: String(error?.stack ?? error) }))) }
    process.send?.(answer)
  })
})
// The parent is gone: nothing more to render.
process.on('disconnect', () => process.exit(0))
