/**
 * Starts the CMS with one command, on a fresh machine or an existing one:
 *   1. settles the secret (generated and kept locally unless NODE_ENV=production, where it must be given),
 *   2. applies the committed migrations (no interactive prompt, ever),
 *   3. seeds the demo content into an empty database (VICTOR_SEED=false to skip; never in production),
 *      and in production (NODE_ENV=production) refuses unsafe settings (src/productionSafety.ts),
 *   4. builds the admin when its sources changed since the last build,
 *   5. exports every site's snapshot, renders the static sites (unchanged pages reused) and serves each at its own origin,
 *      http://<siteId>.localhost:4321/ (VICTOR_SITES=false to skip),
 *   6. runs Next: `next start` (default) or `next dev` (--dev).
 * With --build-only it only builds the admin.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { builtSitesRoot, dataDir, mediaDir, outputRoot, sitesPackage, snapshotsRoot } from '@victor/shared/paths'
import { localWidgetsUrl } from '@victor/shared/widgets'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dev = process.argv.includes('--dev')
const buildOnly = process.argv.includes('--build-only')
const port = process.env.PORT ?? '3000'
const sitesPort = process.env.SITES_PORT ?? '4321'
const withSites = !buildOnly && process.env.VICTOR_SITES !== 'false'
const nextBin = path.join(cmsDir, 'node_modules', '.bin', 'next')
const payloadBin = path.join(cmsDir, 'node_modules', '.bin', 'payload')
// The sites' scripts are TypeScript, run with tsx as this one is.
const withTsx = ['--import', import.meta.resolve('tsx')]

function fail(message: string): never {
  console.error(`\n${message}\n`)
  process.exit(1)
}

// 1. Secret and environment shared by every step. The Next server always runs with
// NODE_ENV=production; whether this is a production server is the operator's NODE_ENV.
const production = process.env.NODE_ENV === 'production'
const { productionAccountProblems, productionSettingProblems } = await import('../src/productionSafety')
const refuseToStart = (problems: string[]) => {
  if (problems.length) fail(`The CMS does not start in production (NODE_ENV=production) with these settings:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
}
if (production) refuseToStart(productionSettingProblems(process.env))
const { MissingSecretError, payloadSecret } = await import('../src/secret')
try {
  process.env.PAYLOAD_SECRET = payloadSecret({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? (dev ? 'development' : 'local') })
} catch (error) {
  if (error instanceof MissingSecretError) fail(error.message)
  throw error
}
Object.assign(process.env, { NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_CONFIG_PATH: 'src/payload.config.ts' })
// Absolute paths (shared/src/paths.ts), so the bundled server finds the same database, uploads and output as this script.
process.env.VICTOR_DATA_DIR = dataDir()
process.env.MEDIA_DIR = mediaDir()
process.env.VICTOR_OUTPUT_DIR = outputRoot()
// Where partners embed the widgets from.
process.env.VICTOR_WIDGETS_URL ??= localWidgetsUrl(sitesPort)

// 2 and 3. Schema and demo content, in this process, before the server starts; the snapshots for step 5.
if (!buildOnly) {
  const { loadPayload } = await import('./loadPayload')
  const payload = await loadPayload()
  if (production) {
    const problems = await productionAccountProblems(payload)
    if (problems.length) await payload.destroy()
    refuseToStart(problems)
  }
  const { totalDocs: accounts } = await payload.count({ collection: 'users' })
  if (accounts === 0 && !production && process.env.VICTOR_SEED !== 'false') {
    const { seedAndReport } = await import('./seedAndReport')
    await seedAndReport(payload)
  }
  if (withSites) {
    const { writeAllSnapshots } = await import('../src/export/writeSiteSnapshot')
    const snapshots = await writeAllSnapshots(payload, snapshotsRoot())
    payload.logger.info(`Exported ${snapshots.length} site snapshots to ${snapshotsRoot()}`)
  }
  await payload.destroy()
}

// 4. Build the admin when anything it is built from has changed.
/** A hash of the files (relative to cms/) the admin is built from, to skip builds nothing changed. */
function sourceHash(entries: string[]): string {
  const hash = createHash('sha256')
  const visit = (entry: string) => {
    const stat = fs.statSync(entry)
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry).sort()) if (child !== 'node_modules') visit(path.join(entry, child))
    } else hash.update(entry).update(fs.readFileSync(entry))
  }
  for (const entry of entries) {
    const full = path.resolve(cmsDir, entry)
    if (fs.existsSync(full)) visit(full)
  }
  return hash.digest('hex')
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { cwd: cmsDir, stdio: 'inherit', env })
  if (result.status !== 0) fail(`${path.basename(command)} ${args.join(' ')} failed (exit code ${result.status}).`)
}

if (!dev) {
  const stamp = path.join(cmsDir, '.next', 'victor-source-hash')
  const hash = sourceHash(['src', 'next.config.ts', 'package.json', 'tsconfig.json', '../shared/src', '../pnpm-lock.yaml'])
  const built = fs.existsSync(path.join(cmsDir, '.next', 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash
  if (!built) {
    console.log('Building the admin (takes a few minutes the first time)...')
    run(payloadBin, ['generate:importmap'], { ...process.env, NODE_ENV: 'production' })
    run(nextBin, ['build'], { ...process.env, NODE_ENV: 'production', VICTOR_JOBS_AUTORUN: 'false' })
    fs.writeFileSync(stamp, hash)
  }
}
if (buildOnly) process.exit(0)

// 5. The static sites, each at its own origin.
if (withSites) {
  // The renderer reuses every page whose content and code did not change (under a second for the
  // demo sites when nothing did), and builds itself again only when the sites' code changed.
  console.log('Rendering the static sites...')
  run(process.execPath, [...withTsx, path.join(sitesPackage(), 'scripts', 'build-sites.ts'), snapshotsRoot(), builtSitesRoot()])
  const sites = spawn(process.execPath, [...withTsx, path.join(sitesPackage(), 'scripts', 'serve.ts'), builtSitesRoot(), sitesPort], { stdio: 'inherit' })
  process.on('exit', () => sites.kill())
}

// 6. The server. The first request starts Payload, and with it the scheduled-publishing runner.
const server = spawn(nextBin, [dev ? 'dev' : 'start', '--port', port], {
  cwd: cmsDir,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: dev ? 'development' : 'production' },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))

const adminUrl = `http://localhost:${port}/admin`
for (let attempt = 0; attempt < 120; attempt++) {
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const response = await fetch(`http://localhost:${port}/api/sites?limit=0`).catch(() => null)
  if (response?.ok) {
    console.log(`\nVICTOR CMS is running: ${adminUrl} (demo accounts: admin@victor.local, editor-gr@victor.local, ...)`)
    if (withSites) console.log(`The sites: http://localhost:${sitesPort}/ (each at http://<siteId>.localhost:${sitesPort}/)`)
    console.log('')
    break
  }
}
