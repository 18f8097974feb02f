/**
 * Reads a snapshot directory (snapshot.json + media/) and validates it against the contract in
 * @victor/shared. Used by astro.config (fail early, with every bad path named), by the content
 * loader and by the build scripts. Node only.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseSnapshot, type Snapshot } from '@victor/shared/snapshot'

export const SNAPSHOT_FILE = 'snapshot.json'
export const MEDIA_DIR = 'media'

export interface SnapshotLocation {
  dir: string
  file: string
  mediaDir: string
}

export function locateSnapshot(dirOrFile: string): SnapshotLocation {
  const resolved = path.resolve(dirOrFile)
  const file = resolved.endsWith('.json') ? resolved : path.join(resolved, SNAPSHOT_FILE)
  const dir = path.dirname(file)
  return { dir, file, mediaDir: path.join(dir, MEDIA_DIR) }
}

/** Reads and validates; throws a SnapshotError naming every wrong path, or an Error for a missing/unreadable file. */
export function readSnapshotDir(dirOrFile: string): { snapshot: Snapshot; location: SnapshotLocation } {
  const location = locateSnapshot(dirOrFile)
  if (!existsSync(location.file)) throw new Error(`No snapshot at ${location.file} (set VICTOR_SNAPSHOT to a folder holding snapshot.json and media/)`)
  let data: unknown
  try {
    data = JSON.parse(readFileSync(location.file, 'utf8'))
  } catch (error) {
    throw new Error(`${location.file} is not valid JSON: ${(error as Error).message}`, { cause: error })
  }
  const snapshot = parseSnapshot(data, location.file)
  const missing = snapshot.media.map((item, index) => ({ item, index })).filter(({ item }) => !existsSync(path.join(location.mediaDir, item.file)))
  if (missing.length) {
    throw new Error(`${location.file} is not a valid site snapshot:\n${missing.map(({ item, index }) => `  - media[${index}].file: "${item.file}" is not in ${location.mediaDir}`).join('\n')}`)
  }
  return { snapshot, location }
}

/** The snapshot directory of this build, from VICTOR_SNAPSHOT. */
export function snapshotDirFromEnv(): string {
  const dir = process.env.VICTOR_SNAPSHOT
  if (!dir) throw new Error('VICTOR_SNAPSHOT is not set: it must name a snapshot folder (snapshot.json + media/)')
  return dir
}
