/**
 * `pnpm restore <backup folder>`: stop the CMS first. Puts the backup's database, uploads and
 * secret in place; what was there is moved aside (printed), never deleted. The next `pnpm start`
 * applies any newer migrations.
 */
import path from 'node:path'
import { BackupError, restore } from '../src/backup'

const arg = process.argv.slice(2).find((value) => value !== '--')
if (!arg) {
  console.error('usage: pnpm restore <backup folder>')
  process.exit(2)
}
// pnpm runs this in cms/; a relative path means one relative to where the command was typed.
const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), arg)
try {
  const { movedAside, manifest } = await restore(dir)
  console.log(`Restored the backup of ${manifest.createdAt} from ${dir}.`)
  for (const file of movedAside) console.log(`  previous state kept at ${file}`)
} catch (error) {
  console.error(`\nRestore failed: ${error instanceof Error ? error.message : String(error)}${error instanceof BackupError ? '' : '\nNothing was moved aside yet unless listed above.'}\n`)
  process.exit(1)
}
