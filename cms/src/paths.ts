import path from 'node:path'
import { fileURLToPath } from 'node:url'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The CMS's git-ignored data folder: SQLite database, locally generated secret. */
export const dataDir = (): string => process.env.VICTOR_DATA_DIR ?? path.join(cmsDir, 'data')

/** Uploaded files (the top-level media/ folder). */
export const mediaDir = (): string => process.env.MEDIA_DIR ?? path.resolve(cmsDir, '..', 'media')

export const migrationsDir = path.join(cmsDir, 'src', 'migrations')

export { cmsDir }
