import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Snapshot } from '@victor/shared/snapshot'
import { mediaDir } from '../paths'
import { BuildProblems, type BuildProblem } from '../publishing/buildFailure'
import { recordSiteContents, type SiteContents } from './siteContents'
import { exportSite } from './siteSnapshot'

/**
 * Writes `<outDir>/snapshot.json` and copies the original of every picture and file it refers to
 * into `<outDir>/media/`: everything a site build needs, and nothing else.
 */
export async function writeSiteSnapshot(payload: Payload, siteId: string, outDir: string): Promise<{ snapshot: Snapshot; contents: SiteContents }> {
  const { snapshot, contents } = await exportSite(payload, siteId)
  // Unchanged content keeps its time of generation, so an unchanged snapshot stays byte-identical.
  const previous = await fs.readFile(path.join(outDir, 'snapshot.json'), 'utf8').then(JSON.parse, () => null)
  if (previous && JSON.stringify({ ...previous, generatedAt: snapshot.generatedAt }) === JSON.stringify(snapshot)) {
    snapshot.generatedAt = previous.generatedAt
  }
  await writeSnapshot(snapshot, outDir)
  await recordSiteContents(payload, siteId, contents, 'merge')
  return { snapshot, contents }
}

/** `<outDir>/snapshot.json` and the files it refers to in `<outDir>/media/`, replacing what was there. */
export async function writeSnapshot(snapshot: Snapshot, outDir: string): Promise<void> {
  await fs.rm(outDir, { recursive: true, force: true })
  await fs.mkdir(path.join(outDir, 'media'), { recursive: true })
  const missing: BuildProblem[] = []
  for (const item of snapshot.media) {
    await fs.copyFile(path.join(mediaDir(), item.file), path.join(outDir, 'media', item.file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
      missing.push({ collection: 'media', documentId: item.id, field: 'filename', message: `${item.file} is not in ${mediaDir()}` })
    })
  }
  if (missing.length) throw new BuildProblems('files', missing)
  await fs.writeFile(path.join(outDir, 'snapshot.json'), `${JSON.stringify(snapshot, null, 2)}\n`)
}

/** Every site, each into `<outRoot>/<siteId>/`. */
export async function writeAllSnapshots(payload: Payload, outRoot: string): Promise<Snapshot[]> {
  const { docs } = await payload.find({ collection: 'sites', depth: 0, pagination: false, overrideAccess: false })
  const snapshots: Snapshot[] = []
  for (const site of docs) snapshots.push((await writeSiteSnapshot(payload, site.siteId, path.join(outRoot, site.siteId))).snapshot)
  return snapshots
}
