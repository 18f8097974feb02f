/**
 * Builds one site from one snapshot folder into one output folder, by running `astro build` with
 * VICTOR_SNAPSHOT and VICTOR_OUT. The output is written to a temporary folder next to the target
 * and swapped in (atomically, see publishRelease) only when the build succeeded, so a failed
 * build never replaces a live site.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { lstat, mkdir, readdir, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { precompressSite } from './precompress.ts'

export const sitesRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const astroBin = path.join(sitesRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')

/**
 * @param {{ snapshotDir: string, outDir: string, staticDir?: string, quiet?: boolean, env?: Record<string,string> }} options
 * @returns {Promise<{ ok: boolean, code: number | null, output: string }>}
 */
export async function buildSite({ snapshotDir, outDir, staticDir, quiet = false, env = {} }) {
  const target = path.resolve(outDir)
  const snapshot = path.resolve(snapshotDir)
  const staging = `${target}.building-${process.pid}`
  await rm(staging, { recursive: true, force: true })
  await mkdir(path.dirname(target), { recursive: true })
  // Astro writes its intermediate server build to <cwd>/.astro when the output folder is not below
  // the working directory. A working directory of its own per build (inside the package, so the
  // build's chunks still resolve its dependencies) keeps builds of different sites, even
  // concurrent ones, from overwriting each other's chunks.
  const work = path.join(sitesRoot, 'node_modules', '.astro', 'builds', `${process.pid}-${Date.now()}`)
  await mkdir(work, { recursive: true })
  const child = spawn(process.execPath, [astroBin, 'build', '--root', sitesRoot], {
    cwd: work,
    env: {
      ...withoutViteVariables(process.env),
      ASTRO_TELEMETRY_DISABLED: '1',
      VICTOR_SNAPSHOT: snapshot,
      VICTOR_OUT: staging,
      ...(staticDir ? { VICTOR_STATIC_DIR: path.resolve(staticDir) } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const collect = (stream, sink) =>
    stream.on('data', (chunk) => {
      output += chunk
      if (!quiet) sink.write(chunk)
    })
  collect(child.stdout, process.stdout)
  collect(child.stderr, process.stderr)
  const code = await new Promise((resolve) => child.on('close', resolve))
  await rm(work, { recursive: true, force: true })
  if (code !== 0 || !existsSync(path.join(staging, 'index.html'))) {
    await rm(staging, { recursive: true, force: true })
    return { ok: false, code, output }
  }
  // As a static host or CDN would serve it: the weight that matters is the weight on the wire.
  precompressSite(staging)
  await publishRelease(staging, target)
  return { ok: true, code, output }
}

/**
 * Puts a built site live atomically: the live path is a symbolic link to a release folder, and
 * pointing it at the new release is a single rename(2), so every request sees either the old site
 * or the new one, never a mix or nothing. The previous release is kept for a rollback by hand.
 * @param {string} built  a complete site folder
 * @param {string} target the live path, e.g. dist/sites/<siteId>
 */
export async function publishRelease(built, target) {
  const releases = `${target}.releases`
  await mkdir(releases, { recursive: true })
  const release = path.join(releases, `${Date.now()}-${process.pid}`)
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
 * @param {NodeJS.ProcessEnv} env
 */
function withoutViteVariables(env) {
  const { BASE_URL, MODE, DEV, PROD, SSR, ...rest } = env
  return rest
}

/**
 * Builds several sites one after the other (one Astro build each; see build-performance.md).
 * @param {{ snapshotDir: string, outDir: string }[]} sites
 */
export async function buildSites(sites, options = {}) {
  const results = []
  for (const site of sites) {
    const started = Date.now()
    const result = await buildSite({ ...site, ...options })
    results.push({ ...site, ...result, ms: Date.now() - started })
    console.log(`${result.ok ? 'built' : 'FAILED'} ${site.snapshotDir} -> ${site.outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  return results
}
