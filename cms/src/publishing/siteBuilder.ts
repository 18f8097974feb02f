/**
 * How a site is built and put live: export its snapshot from published content, then build it with
 * the sites package, which swaps the new output in only when the build succeeded. Tests replace the
 * builder through `config.custom.siteBuilder`.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import type { Payload } from 'payload'
import { writeSiteSnapshot } from '../export/writeSiteSnapshot'
import { cmsDir } from '../paths'

export type SiteBuilder = (payload: Payload, siteId: string) => Promise<{ log: string }>

export class SiteBuildFailed extends Error {
  constructor(
    message: string,
    readonly log: string,
  ) {
    super(message)
    this.name = 'SiteBuildFailed'
  }
}

/** Where snapshots (`snapshots/<siteId>`) and built sites (`sites/<siteId>`) go. */
export const outputRoot = (): string => process.env.VICTOR_OUTPUT_DIR ?? path.resolve(cmsDir, '..', 'dist')

/** The sites package; given by `pnpm start`, since the bundled admin server cannot derive it. */
export const sitesPackage = (): string => process.env.VICTOR_SITES_PACKAGE ?? path.resolve(cmsDir, '..', 'sites')

/**
 * Builds a site from a snapshot folder with the sites package, in a child process (the CMS never
 * loads Astro); the output replaces `outDir` only when the build succeeds.
 */
export async function runSiteBuild(snapshotDir: string, outDir: string, env: Record<string, string> = {}): Promise<{ ok: boolean; log: string }> {
  const script = path.join(sitesPackage(), 'scripts', 'build-site.mjs')
  const child = spawn(process.execPath, [script, snapshotDir, outDir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { ok: code === 0, log: code === 0 ? log : `${log}\nexit code ${code}` }
}

export const buildWithAstro: SiteBuilder = async (payload, siteId) => {
  const snapshotDir = path.join(outputRoot(), 'snapshots', siteId)
  const exportStarted = Date.now()
  const snapshot = await writeSiteSnapshot(payload, siteId, snapshotDir)
  const summary = `Snapshot: ${snapshot.pages.length} pages, ${snapshot.helplines.length} helplines, ${snapshot.media.length} files, exported in ${Date.now() - exportStarted} ms\n`
  const { ok, log } = await runSiteBuild(snapshotDir, path.join(outputRoot(), 'sites', siteId))
  if (!ok) throw new SiteBuildFailed(`The build of ${siteId} failed; the live site was left as it was.`, summary + log)
  return { log: summary + log }
}

export function siteBuilderOf(payload: Payload): SiteBuilder {
  return (payload.config.custom?.siteBuilder as SiteBuilder | undefined) ?? buildWithAstro
}
