/**
 * Building and publishing sites. The renderer (the codebase built once in server mode, kept loaded
 * in a worker) renders each site from its snapshot; output goes to a fresh folder next to the
 * target and is swapped in (atomically, see publishRelease) only when it succeeded, so a failed
 * build never replaces a live site.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs'
import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises'
import type { Socket } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { precompressSite } from '../src/lib/precompress'
import { bundleWidgets } from '../src/widgets/bundle'

export { widgetsDirFor } from '../src/widgets/publish'

export const sitesRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const astroBin = path.join(sitesRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')

export interface BuildResult {
  ok: boolean
  code: number | null
  output: string
}

/** With `widgetsDir`, the site's partner widgets are published there too (see src/widgets/publish.ts). */
export interface RenderRequest {
  snapshotDir: string
  outDir: string
  widgetsDir?: string
}

export interface RenderResult {
  ok: boolean
  log: string
  siteId?: string
  pages?: number
  rendered?: number
  reused?: number
}

/** What SiteRenderer sends its worker (scripts/render-worker.ts), and what it answers. */
export interface WorkerRequest extends RenderRequest {
  id: number
  staticDir?: string
}
export type WorkerAnswer = RenderResult & { id: number }

interface RendererOptions {
  staticDir?: string
  quiet?: boolean
}

/**
 * A plain `astro build` of one site (the codebase's static mode): for developers and as the
 * benchmark's baseline. Published sites are rendered by the renderer (see SiteRenderer).
 */
export async function buildStaticSite({
  snapshotDir,
  outDir,
  staticDir,
  quiet = false,
  env = {},
}: RendererOptions & { snapshotDir: string; outDir: string; env?: Record<string, string> }): Promise<BuildResult> {
  const target = path.resolve(outDir)
  const staging = `${target}.building-${process.pid}`
  await rm(staging, { recursive: true, force: true })
  await mkdir(path.dirname(target), { recursive: true })
  const { code, output } = await runAstroBuild({ VICTOR_SNAPSHOT: path.resolve(snapshotDir), VICTOR_OUT: staging, ...staticDirEnv(staticDir), ...env }, quiet)
  if (code !== 0 || !existsSync(path.join(staging, 'index.html'))) {
    await rm(staging, { recursive: true, force: true })
    return { ok: false, code, output }
  }
  // As a static host or CDN would serve it: the weight that matters is the weight on the wire.
  await precompressSite(staging)
  await publishRelease(staging, target)
  return { ok: true, code, output }
}

const staticDirEnv = (staticDir: string | undefined): Record<string, string> => (staticDir ? { VICTOR_STATIC_DIR: path.resolve(staticDir) } : {})

/** Runs `astro build` of the sites package in a child process. */
async function runAstroBuild(env: Record<string, string>, quiet: boolean): Promise<{ code: number | null; output: string }> {
  // Astro writes its intermediate server build to <cwd>/.astro when the output folder is not below
  // the working directory. A working directory of its own per build (inside the package, so the
  // build's chunks still resolve its dependencies) keeps concurrent builds from overwriting each
  // other's chunks.
  const work = path.join(sitesRoot, 'node_modules', '.astro', 'builds', `${process.pid}-${Date.now()}`)
  await mkdir(work, { recursive: true })
  const child = spawn(process.execPath, [astroBin, 'build', '--root', sitesRoot], {
    cwd: work,
    env: { ...withoutViteVariables(process.env), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const collect = (stream: NodeJS.ReadableStream, sink: NodeJS.WritableStream) =>
    stream.on('data', (chunk) => {
      output += chunk
      if (!quiet) sink.write(chunk)
    })
  collect(child.stdout, process.stdout)
  collect(child.stderr, process.stderr)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  await rm(work, { recursive: true, force: true })
  return { code, output }
}

// Both inside the package, so the renderer's chunks resolve its dependencies; the benchmark moves them to start cold.
const rendererRoot = () => path.resolve(process.env.VICTOR_RENDERER_ROOT ?? path.join(sitesRoot, 'node_modules', '.astro', 'renderer'))
/** Converted pictures, content-addressed, so shared by every site and build (src/lib/images.ts). */
export const imageCacheDir = () => path.resolve(process.env.VICTOR_IMAGE_CACHE_DIR ?? path.join(sitesRoot, 'node_modules', '.astro', 'images'))

/** The renderer's sources, relative to the sites package. */
export const RENDERER_SOURCES: string[] = ['src', 'public', 'astro.config.ts', 'package.json', '../shared/src', '../pnpm-lock.yaml']

/**
 * What the renderer is built from: the sites' code, UI strings, MDX pages and dependencies, by
 * content (paths relative to the package and bytes; not edit times). `root` is the sites package
 * (a copy of it in the tests).
 */
export function rendererSourceHash(staticDir?: string, root: string = sitesRoot): string {
  const hash = createHash('sha256')
  const add = (entry: string) => {
    if (!existsSync(entry)) return
    if (statSync(entry).isDirectory()) {
      // Not caches that tools keep beside the sources (vitest's run times in shared/src/node_modules).
      for (const name of readdirSync(entry).sort()) if (name !== 'node_modules' && !name.startsWith('.')) add(path.join(entry, name))
    } else hash.update(path.relative(root, entry)).update(readFileSync(entry))
  }
  for (const entry of RENDERER_SOURCES) add(path.join(root, entry))
  if (staticDir) add(path.resolve(staticDir))
  return hash.digest('hex').slice(0, 16)
}

/** Builds the renderer (the codebase in server mode) unless a build of the same sources exists. */
export async function buildRenderer({ staticDir, quiet = true }: RendererOptions = {}): Promise<{ ok: boolean; id: string; dir: string; output: string }> {
  const id = rendererSourceHash(staticDir)
  const dir = path.join(rendererRoot(), id)
  if (existsSync(path.join(dir, 'server', 'entry.mjs'))) {
    // In use: marked, so removeOldRenderers leaves it alone.
    const now = new Date()
    utimesSync(dir, now, now)
    return { ok: true, id, dir, output: '' }
  }
  const staging = `${dir}.building-${process.pid}`
  await rm(staging, { recursive: true, force: true })
  const { code, output } = await runAstroBuild({ VICTOR_RENDERER: '1', VICTOR_OUT: staging, ...staticDirEnv(staticDir) }, quiet)
  if (code !== 0 || !existsSync(path.join(staging, 'server', 'entry.mjs'))) {
    await rm(staging, { recursive: true, force: true })
    return { ok: false, id, dir, output }
  }
  // The public files every site gets (favicon), compressed once here rather than at every render.
  await precompressSite(path.join(staging, 'client'))
  await bundleWidgets(path.join(staging, 'widgets'))
  // Another process may have built the same sources meanwhile, and may be using them: keep theirs.
  await rename(staging, dir).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error
    await rm(staging, { recursive: true, force: true })
  })
  await removeOldRenderers(id)
  return { ok: true, id, dir, output }
}

/** Renderers of other sources not built for a day (a running worker keeps the one it loaded in memory). */
async function removeOldRenderers(keep: string) {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000
  for (const name of await readdir(rendererRoot())) {
    const dir = path.join(rendererRoot(), name)
    if (name !== keep && !name.includes('.building-') && statSync(dir).mtimeMs < dayAgo) await rm(dir, { recursive: true, force: true })
  }
}

/**
 * Renders sites in a worker process that keeps the renderer loaded between requests
 * (scripts/render-worker.ts): no bundling and no start-up cost per site or per publish. Each
 * request renders into a fresh folder, reusing the live release's unchanged pages, and swaps it
 * in atomically; a failure leaves the live site as it was.
 */
export class SiteRenderer {
  #child: ChildProcess | undefined = undefined
  #pending = new Map<number, (answer: RenderResult) => void>()
  #next = 0
  readonly staticDir: string | undefined
  readonly quiet: boolean
  constructor({ staticDir, quiet = true }: RendererOptions = {}) {
    this.staticDir = staticDir ? path.resolve(staticDir) : undefined
    this.quiet = quiet
  }

  render({ snapshotDir, outDir, widgetsDir }: RenderRequest): Promise<RenderResult> {
    const child = this.#worker()
    const id = ++this.#next
    // Waiting for an answer keeps the process alive; an idle renderer does not.
    child.channel?.ref()
    return new Promise((resolve) => {
      this.#pending.set(id, resolve)
      const request: WorkerRequest = { id, snapshotDir: path.resolve(snapshotDir), outDir: path.resolve(outDir), widgetsDir: widgetsDir && path.resolve(widgetsDir), staticDir: this.staticDir }
      child.send(request)
    })
  }

  close() {
    this.#child?.disconnect()
    this.#child = undefined
  }

  /** The worker's process id, while it runs. */
  get pid(): number | undefined {
    return this.#child?.pid
  }

  #worker(): ChildProcess {
    if (this.#child) return this.#child
    const child = fork(path.join(sitesRoot, 'scripts', 'render-worker.ts'), [], {
      // The worker is TypeScript, run with tsx like every script of the workspace.
      execArgv: ['--import', import.meta.resolve('tsx')],
      env: { ...withoutViteVariables(process.env), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    let output = ''
    const collect = (stream: NodeJS.ReadableStream | null, sink: NodeJS.WritableStream) =>
      stream?.on('data', (chunk) => {
        output = (output + chunk).slice(-20000)
        if (!this.quiet) sink.write(chunk)
      })
    collect(child.stdout, process.stdout)
    collect(child.stderr, process.stderr)
    child.on('message', (message: WorkerAnswer) => {
      this.#pending.get(message.id)?.(message)
      this.#pending.delete(message.id)
      if (this.#pending.size === 0) child.channel?.unref()
    })
    child.on('exit', (code, signal) => {
      if (this.#child === child) this.#child = undefined
      for (const resolve of this.#pending.values())
        resolve({
          ok: false,
          log: `${output}
The renderer stopped (${signal ?? `exit code ${code}`}); the live site was left as it was.`,
        })
      this.#pending.clear()
    })
    // The renderer must not keep a script that is done alive.
    // With stdio 'pipe' the child's streams are sockets, which can be unref'd.
    for (const handle of [child, child.channel, child.stdout as Socket | null, child.stderr as Socket | null]) handle?.unref()
    this.#child = child
    return child
  }
}

let releaseCount = 0

/** When the release live at `target` was published (its folder is named by that time); null when none is. */
export async function liveSince(target: string): Promise<Date | null> {
  const release = await readlink(target).catch(() => null)
  const published = release ? Number(path.basename(release).split('-')[0]) : NaN
  return Number.isFinite(published) ? new Date(published) : null
}

/**
 * Puts a built site live atomically: the live path is a symbolic link to a release folder, and
 * pointing it at the new release is a single rename(2), so every request sees either the old site
 * or the new one, never a mix or nothing. The previous release is kept for a rollback by hand.
 * `built` is a complete site folder, `target` the live path (e.g. dist/sites/<siteId>).
 */
export async function publishRelease(built: string, target: string): Promise<void> {
  const releases = `${target}.releases`
  await mkdir(releases, { recursive: true })
  // Unique even for two publishes in one millisecond; names sort in publishing order.
  const release = path.join(releases, `${Date.now()}-${process.pid}-${String(++releaseCount).padStart(6, '0')}`)
  await rename(built, release)
  const link = `${target}.link-${process.pid}`
  await rm(link, { force: true })
  await symlink(path.relative(path.dirname(target), release), link, 'dir')
  const current = await lstat(target).catch(() => null)
  if (current && !current.isSymbolicLink()) {
    // Output of an older layout, a plain folder: moved aside once, then links from now on.
    const old = `${target}.old-${process.pid}`
    await rename(target, old)
    await rename(link, target)
    await rm(old, { recursive: true, force: true })
  } else {
    await rename(link, target)
  }
  const names = (await readdir(releases)).sort()
  for (const name of names.slice(0, -2)) await rm(path.join(releases, name), { recursive: true, force: true })
}

/**
 * Vitest and Vite put their own import.meta.env values (BASE_URL, MODE, ...) into process.env; a
 * build started from inside them would take BASE_URL as its base path instead of the site's.
 */
function withoutViteVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { BASE_URL, MODE, DEV, PROD, SSR, ...rest } = env
  return rest
}

/** Renders several sites one after the other with one renderer. */
export async function renderSites(sites: RenderRequest[], options: RendererOptions = {}): Promise<(RenderResult & RenderRequest & { ms: number })[]> {
  const renderer = new SiteRenderer(options)
  const results: (RenderResult & RenderRequest & { ms: number })[] = []
  try {
    for (const site of sites) {
      const started = Date.now()
      const result = await renderer.render(site)
      results.push({ ...site, ...result, ms: Date.now() - started })
      console.log(`${result.ok ? 'rendered' : 'FAILED'} ${site.snapshotDir} -> ${site.outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      if (!result.ok && !options.quiet) console.log(result.log)
    }
  } finally {
    renderer.close()
  }
  return results
}
