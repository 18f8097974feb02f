/**
 * The demo sites for tests and measurements: rendered from the fixture snapshots (the demo content
 * as the CMS exports it) and served each at its own origin.
 */
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import { renderSites, widgetsDirFor } from '../../sites/scripts/build-lib'
import { createSitesServer } from '../../sites/scripts/serve'

export const fixtureSnapshots = path.resolve(import.meta.dirname, '..', 'fixtures', 'snapshots')

/** Builds the sites into outRoot/<siteId> (their widgets into outRoot/../widgets), unless a previous run left them there and reuse is asked. */
export async function buildDemoSites(outRoot: string, siteIds: readonly string[], { reuse = false } = {}): Promise<void> {
  if (reuse && siteIds.every((id) => fs.existsSync(path.join(outRoot, id, 'index.html')))) return
  const results = await renderSites(
    siteIds.map((siteId) => ({ snapshotDir: path.join(fixtureSnapshots, siteId), outDir: path.join(outRoot, siteId), widgetsDir: widgetsDirFor(outRoot) })),
    { quiet: true },
  )
  const failed = results.filter((result) => !result.ok)
  if (failed.length) throw new Error(`Site builds failed:\n${failed.map((result) => `${result.outDir}\n${result.log}`).join('\n')}`)
}

export async function serveSites(outRoot: string, port: number): Promise<http.Server> {
  const server = createSitesServer(outRoot, port)
  await new Promise<void>((resolve) => server.listen(port, resolve))
  return server
}
