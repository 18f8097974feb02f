import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DatabaseAdapterObj } from 'payload'
import { dataDir, migrationsDir } from './paths'
import { migrations } from './migrations'

/** How long to look for a MongoDB server before giving up with a clear error. */
export const MONGO_SERVER_SELECTION_TIMEOUT_MS = 5_000

export type DatabaseKind = 'sqlite' | 'mongodb'

export function databaseKind(url: string | undefined): DatabaseKind {
  if (!url || url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(`DATABASE_URL must start with "file:" (embedded SQLite), "mongodb://" or "mongodb+srv://"; got "${redactUrl(url)}".`)
}

/** The URL with any password hidden, safe to print. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')
}

export function defaultSqliteUrl(): string {
  return `file:${path.join(dataDir(), 'victor.db')}`
}

/** The SQLite file the adapter opens: DATABASE_URL's, or the default one when it is unset or empty. */
export function sqliteFile(url = process.env.DATABASE_URL): string {
  const resolved = sqliteUrl(url)
  return resolved.startsWith('file://') ? fileURLToPath(resolved) : path.resolve(resolved.slice('file:'.length))
}

const sqliteUrl = (url: string | undefined) => url || defaultSqliteUrl()

/**
 * The database is chosen by DATABASE_URL: unset or `file:` is embedded SQLite (one machine),
 * `mongodb://` or `mongodb+srv://` is MongoDB (a replica set or managed service, past one machine).
 * The SQL schema comes from the committed migrations, never from a dev-mode push.
 */
export function databaseAdapter(url = process.env.DATABASE_URL): DatabaseAdapterObj {
  if (databaseKind(url) === 'mongodb') {
    return mongooseAdapter({
      url: url!,
      connectOptions: { serverSelectionTimeoutMS: MONGO_SERVER_SELECTION_TIMEOUT_MS },
    })
  }
  return sqliteAdapter({
    client: { url: sqliteUrl(url) },
    push: false,
    migrationDir: migrationsDir,
    prodMigrations: migrations,
  })
}
