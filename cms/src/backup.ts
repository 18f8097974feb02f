/**
 * Backups an operator can restore: the database, the uploaded files and the locally generated
 * secret, in one dated folder. SQLite is copied with `VACUUM INTO`, a consistent copy taken while
 * the CMS keeps running. A MongoDB database is backed up with MongoDB's own mongodump; this
 * then saves the uploads and the secret, and says so.
 */
import { sql } from '@payloadcms/db-sqlite'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import { databaseKind, sqliteFile } from './database'
import { dataDir, mediaDir } from './paths'

export const BACKUP_MANIFEST = 'backup.json'
const DATABASE_FILE = 'victor.db'
const SECRET_FILE = '.payload-secret'

export interface BackupManifest {
  createdAt: string
  database: 'sqlite' | 'mongodb'
  /** The latest migration applied: a restore needs code at least this recent. */
  migration: string | null
  /** Documents per collection when the backup was taken, to check a restore against. */
  documents: Record<string, number>
  mediaFiles: number
  secret: boolean
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

export async function backup(payload: Payload, outRoot: string, now = new Date()): Promise<{ dir: string; manifest: BackupManifest }> {
  const dir = path.join(path.resolve(outRoot), `victor-backup-${now.toISOString().replace(/[:.]/g, '-')}`)
  await fs.mkdir(dir, { recursive: true })
  const database = databaseKind(process.env.DATABASE_URL)
  if (database === 'sqlite') {
    const target = path.join(dir, DATABASE_FILE).replaceAll("'", "''")
    await (payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }).drizzle.run(sql.raw(`VACUUM INTO '${target}'`))
  }
  const mediaFiles = await copyTree(mediaDir(), path.join(dir, 'media'))
  const secret = await fs.copyFile(path.join(dataDir(), SECRET_FILE), path.join(dir, SECRET_FILE)).then(
    () => true,
    () => false,
  )
  const documents: Record<string, number> = {}
  for (const collection of payload.config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    documents[collection.slug] = (await payload.count({ collection: collection.slug as CollectionSlug, overrideAccess: true })).totalDocs
  }
  const { docs: migrations } = await payload.find({ collection: 'payload-migrations', sort: '-createdAt', limit: 1, overrideAccess: true })
  const manifest: BackupManifest = { createdAt: now.toISOString(), database, migration: (migrations[0]?.name as string | undefined) ?? null, documents, mediaFiles, secret }
  await fs.writeFile(path.join(dir, BACKUP_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  return { dir, manifest }
}

/**
 * Puts a backup back in place of the current database, uploads and secret, which are moved aside
 * (`<name>.before-restore-<time>`), never deleted. The CMS must be stopped meanwhile.
 */
export async function restore(dir: string, now = new Date()): Promise<{ movedAside: string[]; manifest: BackupManifest }> {
  const source = path.resolve(dir)
  const manifest = await fs.readFile(path.join(source, BACKUP_MANIFEST), 'utf8').then(
    (text) => JSON.parse(text) as BackupManifest,
    () => {
      throw new BackupError(`${source} is not a backup: it has no ${BACKUP_MANIFEST}`)
    },
  )
  const database = databaseKind(process.env.DATABASE_URL)
  if (manifest.database !== database) {
    throw new BackupError(`The backup holds a ${manifest.database} database but DATABASE_URL names ${database}; restore it where it was taken`)
  }
  const suffix = `.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`
  const movedAside: string[] = []
  const replace = async (from: string, to: string) => {
    if (await exists(to)) {
      await fs.rename(to, to + suffix)
      movedAside.push(to + suffix)
    }
    await fs.mkdir(path.dirname(to), { recursive: true })
    await fs.cp(from, to, { recursive: true })
  }
  if (database === 'sqlite') {
    const file = sqliteFile()
    // SQLite's side files belong to the database being replaced.
    for (const side of ['-wal', '-shm']) if (await exists(file + side)) await fs.rename(file + side, file + side + suffix)
    await replace(path.join(source, DATABASE_FILE), file)
  }
  await replace(path.join(source, 'media'), mediaDir())
  if (manifest.secret) await replace(path.join(source, SECRET_FILE), path.join(dataDir(), SECRET_FILE))
  return { movedAside, manifest }
}

async function copyTree(from: string, to: string): Promise<number> {
  if (!(await exists(from))) {
    await fs.mkdir(to, { recursive: true })
    return 0
  }
  await fs.cp(from, to, { recursive: true })
  return (await fs.readdir(to, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length
}

const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  )
