/**
 * `pnpm --filter @victor/cms export [siteId ...] [--out <dir>]`: writes the snapshot of each site
 * (all when none is named) from published content, into <dir>/<siteId>/ (default: dist/snapshots).
 */
import path from 'node:path'
import { snapshotsRoot } from '@victor/shared/paths'
import { writeSiteSnapshot } from '../src/export/writeSiteSnapshot'
import { loadPayload } from './loadPayload'

const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const outRoot = path.resolve(outIndex >= 0 ? args[outIndex + 1] : snapshotsRoot())
const requested = args.filter((arg, index) => !arg.startsWith('--') && (outIndex < 0 || index !== outIndex + 1))

const payload = await loadPayload()
try {
  const siteIds = requested.length ? requested : (await payload.find({ collection: 'sites', depth: 0, pagination: false })).docs.map((site) => site.siteId)
  for (const siteId of siteIds) {
    const { snapshot } = await writeSiteSnapshot(payload, siteId, path.join(outRoot, siteId))
    payload.logger.info(`${siteId}: ${snapshot.pages.length} pages, ${snapshot.helplines.length} helplines, ${snapshot.media.length} files -> ${path.join(outRoot, siteId)}`)
  }
} catch (error) {
  console.error(`\nExport failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
