import type { Payload } from 'payload'
import { migrations } from './migrations'

/**
 * Brings an SQL database to the committed schema, without Payload's dev-mode prompt. MongoDB
 * needs no schema migrations, so it is left as it is.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  // The generated files type their arguments for the SQLite adapter; Payload's signature is generic.
  await payload.db.migrate({ migrations: migrations as never })
}
