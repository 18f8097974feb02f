import path from 'node:path'
import { fileURLToPath } from 'node:url'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export { dataDir, mediaDir } from '@victor/shared/paths'

export const migrationsDir = path.join(cmsDir, 'src', 'migrations')

export { cmsDir }
