/**
 * pnpm --filter @victor/sites build:sites -- [snapshotsDir] [outDir] [siteId ...]
 * Builds every site found in snapshotsDir/<siteId>/snapshot.json (default: ../dist/snapshots,
 * where the CMS export writes them) into outDir/<siteId> (default: ../dist/sites), one after
 * the other with one renderer, and publishes their partner widgets beside them (outDir/../widgets).
 * Naming siteIds builds only those. Exits 1 when any build failed.
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { builtSitesRoot, snapshotsRoot } from '@victor/shared/paths'
import { renderSites } from './build-lib'
import { widgetsDirFor } from '../src/widgets/publish'

const args = process.argv.slice(2).filter((arg) => arg !== '--')
const snapshotsDir = path.resolve(args[0] ?? snapshotsRoot())
const outRoot = path.resolve(args[1] ?? builtSitesRoot())
const only = new Set(args.slice(2))
if (!existsSync(snapshotsDir)) {
  console.error(`No snapshots folder at ${snapshotsDir}`)
  process.exit(2)
}
const sites = readdirSync(snapshotsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(snapshotsDir, entry.name, 'snapshot.json')))
  .filter((entry) => only.size === 0 || only.has(entry.name))
  .map((entry) => ({ snapshotDir: path.join(snapshotsDir, entry.name), outDir: path.join(outRoot, entry.name), widgetsDir: widgetsDirFor(outRoot) }))
if (sites.length === 0) {
  console.error(`No snapshot found in ${snapshotsDir}`)
  process.exit(2)
}
const results = await renderSites(sites, { quiet: false })
const failed = results.filter((result) => !result.ok)
console.log(`${results.length - failed.length} of ${results.length} sites built into ${outRoot}`)
process.exit(failed.length ? 1 : 0)
