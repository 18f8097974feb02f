/**
 * How a site is built and put live: export its snapshot from published content, build it with the
 * sites package in a child process (the CMS never loads Astro), which swaps the new output in only
 * when the build succeeded. Tests replace the builder through `config.custom.siteBuilder`.
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

export const buildWithAstro: SiteBuilder = async (payload, siteId) => {
  const snapshotDir = path.join(outputRoot(), 'snapshots', siteId)
  const outDir = path.join(outputRoot(), 'sites', siteId)
  const exportStarted = Date.now()
  const snapshot = await writeSiteSnapshot(payload, siteId, snapshotDir)
  const exportMs = Date.now() - exportStarted
  const script = path.join(sitesPackage(), 'scripts', 'build-site.mjs')
  const child = spawn(process.execPath, [script, snapshotDir, outDir], { stdio: ['ignore', 'pipe', 'pipe'] })
  let log = `Snapshot: ${snapshot.pages.length} pages, ${snapshot.helplines.length} helplines, ${snapshot.media.length} files, exported in ${exportMs} ms\n`
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (code !== 0) throw new SiteBuildFailed(`The build of ${siteId} failed (exit code ${code}); the live site was left as it was.`, log)
  return { log }
}

export function siteBuilderOf(payload: Payload): SiteBuilder {
  return (payload.config.custom?.siteBuilder as SiteBuilder | undefined) ?? buildWithAstro
}
