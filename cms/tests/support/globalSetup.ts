import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder with a migrated, seeded database (victor.db) and its uploads (media/). */
    seededTemplateDir: string
    /** Password of the demo accounts in that database. */
    demoPassword: string
  }
}

export const DEMO_PASSWORD = 'victor-demo-password-for-tests'

/** Seeds one database for the whole run; seeding takes seconds, copying it milliseconds. */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'victor-template-'))
  process.env.DATABASE_URL = `file:${path.join(dir, 'victor.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = 'victor-test-secret-not-for-production'
  process.env.VICTOR_JOBS_AUTORUN = 'false'
  process.env.DISABLE_PAYLOAD_HMR = 'true'

  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config')
  const { migrateDatabase } = await import('../../src/migrateDatabase')
  const { seed } = await import('../../src/seed')
  const payload = await getPayload({ config, cron: false, key: 'template' })
  await migrateDatabase(payload)
  await seed(payload, { password: DEMO_PASSWORD })
  await payload.destroy()

  project.provide('seededTemplateDir', dir)
  project.provide('demoPassword', DEMO_PASSWORD)
  return () => fs.rmSync(dir, { recursive: true, force: true })
}
