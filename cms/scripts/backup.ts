/**
 * `pnpm backup [--out <dir>]` (default: backups/ at the repository root): a dated folder with the
 * database (SQLite; for MongoDB use mongodump), the uploads and the local secret. Safe while the
 * CMS runs. Keep backups somewhere else too: they hold the secret and every account's data.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { backup } from '../src/backup'
import { loadPayload } from './loadPayload'

const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
// pnpm runs this in cms/; a relative path means one relative to where the command was typed.
const outRoot = outIndex >= 0 && args[outIndex + 1] ? path.resolve(process.env.INIT_CWD ?? process.cwd(), args[outIndex + 1]) : path.join(repoRoot, 'backups')

const payload = await loadPayload()
try {
  const { dir, manifest } = await backup(payload, outRoot)
  const total = Object.values(manifest.documents).reduce((sum, count) => sum + count, 0)
  console.log(`Backup written to ${dir}: ${total} documents, ${manifest.mediaFiles} uploaded files${manifest.secret ? ', the secret' : ''}.`)
  if (manifest.database === 'mongodb') console.log('The MongoDB database itself is not in it: back it up with mongodump.')
} catch (error) {
  console.error(`\nBackup failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
